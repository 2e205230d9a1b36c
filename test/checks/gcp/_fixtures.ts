import type { Resource, ResourceType } from '../../../src/model/resource.js';
import type {
  BackupdrBackupPlanConfig, BackupdrPlanAssociationConfig, BackupdrVaultConfig, BigqueryDatasetConfig, IamServiceAccountConfig, KmsKeyRingConfig, LoggingBucketConfig, LoggingMetricConfig, LoggingSinkConfig,
  MonitoringAlertPolicyConfig, OsconfigPatchDeploymentConfig, PubsubTopicConfig, RedisInstanceConfig, SecretmanagerSecretConfig, ComputeDiskConfig, ComputeFirewallConfig, ComputeForwardingRuleConfig, ComputeInstanceConfig, ComputeNetworkConfig,
  ComputeResourcePolicyConfig, ComputeSslPolicyConfig, ComputeSubnetworkConfig, ComputeTargetProxyConfig, ContainerClusterConfig, KmsCryptoKeyConfig,
  ResourcemanagerProjectConfig, SqlInstanceConfig, StorageBucketConfig,
} from '../../../src/model/types/gcp/index.js';
import { makeResource } from '../../helpers/check-tester.js';

/** Complete, compliant-leaning GCP configs for check tests; each test overrides what it exercises. */

export const PHI = { phi: 'true' };
export const PROJECT = 'phi-prod';
export const KEY = 'projects/phi-prod/locations/us-central1/keyRings/r/cryptoKeys/k';
const C = `//compute.googleapis.com/projects/${PROJECT}`;
export const NET = `${C}/global/networks/phi-vpc`;

type Over<T extends ResourceType> = Partial<Omit<Resource<T>, 'type' | 'config'>>;
const gcp = <T extends ResourceType>(type: T, config: Resource<T>['config'], id: string, over: Over<T>) =>
  makeResource(type, config, { id, name: id.slice(id.lastIndexOf('/') + 1), account: PROJECT, region: 'us-central1', ...over });

export const bucket = (c: Partial<StorageBucketConfig> = {}, over: Over<'gcp.storage.bucket'> = {}) =>
  gcp('gcp.storage.bucket', { defaultKmsKeyName: KEY, uniformBucketLevelAccess: true, publicAccessPrevention: 'enforced', versioningEnabled: true, retentionPolicy: null, softDeleteRetentionSeconds: 604800, storageClass: 'STANDARD', locationType: 'region', iamBindings: [], ...c }, '//storage.googleapis.com/phi-bucket', over);

export const disk = (c: Partial<ComputeDiskConfig> = {}, over: Over<'gcp.compute.disk'> = {}) =>
  gcp('gcp.compute.disk', { kmsKeyName: KEY, sizeGb: 100, resourcePolicies: [], users: [], ...c }, `${C}/zones/us-central1-a/disks/d1`, over);

export const instance = (c: Partial<ComputeInstanceConfig> = {}, over: Over<'gcp.compute.instance'> = {}) =>
  gcp('gcp.compute.instance', { status: 'RUNNING', networkInterfaces: [{ network: NET, subnetwork: `${C}/regions/us-central1/subnetworks/s1`, externalIps: [], hasAccessConfig: false, networkIp: '10.128.0.2' }], metadata: {}, disks: [], serviceAccounts: [], shieldedSecureBoot: true, shieldedVtpm: true, shieldedIntegrityMonitoring: true, networkTags: [], ...c }, `${C}/zones/us-central1-a/instances/vm1`, over);

export const firewall = (c: Partial<ComputeFirewallConfig> = {}, over: Over<'gcp.compute.firewall'> = {}) =>
  gcp('gcp.compute.firewall', { network: NET, direction: 'INGRESS', disabled: false, priority: 1000, sourceRanges: ['10.0.0.0/8'], allowed: [{ protocol: 'tcp', ports: [[22, 22]] }], denied: [], targetTags: [], targetServiceAccounts: [], sourceTags: [], sourceServiceAccounts: [], destinationRanges: [], logConfigEnabled: true, ...c }, `${C}/global/firewalls/fw1`, over);

export const network = (c: Partial<ComputeNetworkConfig> = {}, over: Over<'gcp.compute.network'> = {}) =>
  gcp('gcp.compute.network', { autoCreateSubnetworks: false, legacyIpv4Range: null, peerings: [], peeringStates: [], ...c }, NET, over);

export const subnetwork = (c: Partial<ComputeSubnetworkConfig> = {}, over: Over<'gcp.compute.subnetwork'> = {}) =>
  gcp('gcp.compute.subnetwork', { network: NET, ipCidrRange: '10.0.0.0/24', privateIpGoogleAccess: true, flowLogsEnabled: true, purpose: 'PRIVATE', ...c }, `${C}/regions/us-central1/subnetworks/s1`, over);

export const sslPolicy = (c: Partial<ComputeSslPolicyConfig> = {}, over: Over<'gcp.compute.ssl-policy'> = {}) =>
  gcp('gcp.compute.ssl-policy', { minTlsVersion: 'TLS_1_2', profile: 'MODERN', customFeatures: [], ...c }, `${C}/global/sslPolicies/tls12`, over);

export const targetProxy = (c: Partial<ComputeTargetProxyConfig> = {}, over: Over<'gcp.compute.target-proxy'> = {}) =>
  gcp('gcp.compute.target-proxy', { kind: 'https', sslPolicy: `${C}/global/sslPolicies/tls12`, target: `${C}/global/urlMaps/m`, ...c }, `${C}/global/targetHttpsProxies/p1`, over);

export const forwardingRule = (c: Partial<ComputeForwardingRuleConfig> = {}, over: Over<'gcp.compute.forwarding-rule'> = {}) =>
  gcp('gcp.compute.forwarding-rule', { target: `${C}/global/targetHttpsProxies/p1`, targetKind: 'targetHttpsProxies', ipAddress: '34.1.2.3', portRange: '443-443', loadBalancingScheme: 'EXTERNAL_MANAGED', network: null, ...c }, `${C}/global/forwardingRules/fr1`, over);

export const resourcePolicy = (c: Partial<ComputeResourcePolicyConfig> = {}, over: Over<'gcp.compute.resource-policy'> = {}) =>
  gcp('gcp.compute.resource-policy', { snapshotSchedule: { maxRetentionDays: 35, storageLocations: ['us'] }, ...c }, `${C}/regions/us-central1/resourcePolicies/daily`, over);

export const sqlInstance = (c: Partial<SqlInstanceConfig> = {}, over: Over<'gcp.sql.instance'> = {}) =>
  gcp('gcp.sql.instance', {
    databaseVersion: 'POSTGRES_16', kmsKeyName: KEY, ipv4Enabled: false, privateNetwork: NET, authorizedNetworks: [], sslMode: 'ENCRYPTED_ONLY', requireSsl: null,
    backupEnabled: true, pointInTimeRecoveryEnabled: true, binaryLogEnabled: false, backupLocation: 'us-east1', retainedBackups: 30, region: 'us-central1', ...c,
  }, `//cloudsql.googleapis.com/projects/${PROJECT}/instances/db1`, over);

export const cryptoKey = (c: Partial<KmsCryptoKeyConfig> = {}, over: Over<'gcp.kms.crypto-key'> = {}) =>
  gcp('gcp.kms.crypto-key', { purpose: 'ENCRYPT_DECRYPT', rotationPeriodSeconds: 90 * 86400, nextRotationTime: '2027-01-01T00:00:00Z', primaryState: 'ENABLED', protectionLevel: 'SOFTWARE', iamBindings: [], ...c }, `//cloudkms.googleapis.com/${KEY}`, over);

export const dataset = (c: Partial<BigqueryDatasetConfig> = {}, over: Over<'gcp.bigquery.dataset'> = {}) =>
  gcp('gcp.bigquery.dataset', { defaultKmsKeyName: KEY, accessMembers: ['projectOwners'], iamBindings: [{ role: 'roles/bigquery.dataOwner', members: ['projectOwners'], condition: null }], ...c }, `//bigquery.googleapis.com/projects/${PROJECT}/datasets/ds1`, over);

export const cluster = (c: Partial<ContainerClusterConfig> = {}, over: Over<'gcp.container.cluster'> = {}) =>
  gcp('gcp.container.cluster', { network: NET, subnetwork: null, privateNodes: true, masterAuthorizedNetworks: ['10.0.0.0/8'], databaseEncryptionKey: KEY, legacyAbac: false, ...c }, `//container.googleapis.com/projects/${PROJECT}/locations/us-central1/clusters/gke1`, over);

export const vault = (c: Partial<BackupdrVaultConfig> = {}, over: Over<'gcp.backupdr.vault'> = {}) =>
  gcp('gcp.backupdr.vault', { minimumEnforcedRetentionSeconds: 30 * 86400, effectiveTime: null, state: 'ACTIVE', accessRestriction: 'WITHIN_ORGANIZATION', ...c }, `//backupdr.googleapis.com/projects/${PROJECT}/locations/us-central1/backupVaults/v1`, over);

export const project = (c: Partial<ResourcemanagerProjectConfig> = {}, over: Over<'gcp.resourcemanager.project'> = {}) =>
  gcp('gcp.resourcemanager.project', {
    projectNumber: '123', lifecycleState: 'ACTIVE', ancestors: ['projects/123', 'organizations/9'], iamBindings: [], auditConfigs: [], ancestorIamPolicies: [{ node: 'organizations/9', bindings: [], auditConfigs: [] }],
    enabledServices: [], computeMetadata: {}, vmOsLoginOverrides: [], securityHealthAnalytics: { state: 'ENABLED', setOn: 'organizations/9' }, vmThreatDetection: { state: 'ENABLED', setOn: 'organizations/9' }, inheritedSinks: [],
    orgPolicyConstraints: [], orgPolicyAncestorsVisible: true, ...c,
  }, '//cloudresourcemanager.googleapis.com/projects/123', { name: PROJECT, region: 'global', ...over });

export const keyRing = (c: Partial<KmsKeyRingConfig> = {}, over: Over<'gcp.kms.key-ring'> = {}) =>
  gcp('gcp.kms.key-ring', { location: 'us-central1', iamBindings: [], ...c }, `//cloudkms.googleapis.com/projects/${PROJECT}/locations/us-central1/keyRings/r`, over);

export const sink = (c: Partial<LoggingSinkConfig> = {}, over: Over<'gcp.logging.sink'> = {}) =>
  gcp('gcp.logging.sink', {
    owner: 'projects/123', destination: 'storage.googleapis.com/phi-audit-logs', destinationId: '//storage.googleapis.com/phi-audit-logs', filter: '', disabled: false, includeChildren: false, exclusions: [], ...c,
  }, '//logging.googleapis.com/projects/123/sinks/all-logs', { region: 'global', ...over });

export const logBucket = (c: Partial<LoggingBucketConfig> = {}, over: Over<'gcp.logging.bucket'> = {}) =>
  gcp('gcp.logging.bucket', { retentionDays: 400, locked: true, lifecycleState: 'ACTIVE', ...c }, '//logging.googleapis.com/projects/123/locations/global/buckets/audit', { region: 'global', ...over });

export const logMetric = (filter: string, c: Partial<LoggingMetricConfig> = {}, over: Over<'gcp.logging.metric'> = {}) =>
  gcp('gcp.logging.metric', { filter, disabled: false, metricType: 'logging.googleapis.com/user/watch', ...c }, `//logging.googleapis.com/projects/${PROJECT}/metrics/watch`, { region: 'global', ...over });

export const alertPolicy = (c: Partial<MonitoringAlertPolicyConfig> = {}, over: Over<'gcp.monitoring.alert-policy'> = {}) =>
  gcp('gcp.monitoring.alert-policy', {
    displayName: 'watch', enabled: true, conditionFilters: ['metric.type="logging.googleapis.com/user/watch" AND resource.type="global"'], logMatchFilters: [], notificationChannels: [`projects/${PROJECT}/notificationChannels/1`], ...c,
  }, `//monitoring.googleapis.com/projects/${PROJECT}/alertPolicies/1`, { region: 'global', ...over });

export const serviceAccount = (c: Partial<IamServiceAccountConfig> = {}, over: Over<'gcp.iam.service-account'> = {}) =>
  gcp('gcp.iam.service-account', { email: `app@${PROJECT}.iam.gserviceaccount.com`, uniqueId: '1001', disabled: false, keys: [], ...c }, `//iam.googleapis.com/projects/${PROJECT}/serviceAccounts/1001`, { region: 'global', ...over });

export const backupPlan = (c: Partial<BackupdrBackupPlanConfig> = {}, over: Over<'gcp.backupdr.backup-plan'> = {}) =>
  gcp('gcp.backupdr.backup-plan', {
    rules: [{ ruleId: 'daily', recurrenceType: 'DAILY', hourlyFrequency: undefined, daysOfWeek: [], backupRetentionDays: 35 }], backupVault: 'projects/phi-backup/locations/us-central1/backupVaults/v1',
    resourceType: 'compute.googleapis.com/Instance', state: 'ACTIVE', ...c,
  }, `//backupdr.googleapis.com/projects/${PROJECT}/locations/us-central1/backupPlans/daily`, over);

export const planAssociation = (c: Partial<BackupdrPlanAssociationConfig> = {}, over: Over<'gcp.backupdr.plan-association'> = {}) =>
  gcp('gcp.backupdr.plan-association', {
    resource: `projects/${PROJECT}/zones/us-central1-a/instances/vm1`, resourceType: 'compute.googleapis.com/Instance', backupPlan: `projects/${PROJECT}/locations/us-central1/backupPlans/daily`,
    dataSource: 'projects/phi-backup/locations/us-central1/backupVaults/v1/dataSources/ds1', state: 'ACTIVE', ...c,
  }, `//backupdr.googleapis.com/projects/${PROJECT}/locations/us-central1/backupPlanAssociations/vm1`, over);

export const patchDeployment = (c: Partial<OsconfigPatchDeploymentConfig> = {}, over: Over<'gcp.osconfig.patch-deployment'> = {}) =>
  gcp('gcp.osconfig.patch-deployment', {
    instanceFilter: { all: true, groupLabels: [], zones: [], instances: [], instanceNamePrefixes: [] }, recurringFrequency: 'WEEKLY', state: 'ACTIVE', endTime: null, ...c,
  }, `//osconfig.googleapis.com/projects/${PROJECT}/patchDeployments/weekly`, { region: 'global', ...over });

export const redisInstance = (c: Partial<RedisInstanceConfig> = {}, over: Over<'gcp.redis.instance'> = {}) =>
  gcp('gcp.redis.instance', { transitEncryptionMode: 'SERVER_AUTHENTICATION', ...c }, `//redis.googleapis.com/projects/${PROJECT}/locations/us-central1/instances/cache1`, over);

export const secret = (c: Partial<SecretmanagerSecretConfig> = {}, over: Over<'gcp.secretmanager.secret'> = {}) =>
  gcp('gcp.secretmanager.secret', { rotationPeriodSeconds: 30 * 86400, nextRotationTime: '2027-01-01T00:00:00Z', topics: [`projects/${PROJECT}/topics/rotate`], ...c }, `//secretmanager.googleapis.com/projects/${PROJECT}/secrets/db-password`, { region: 'global', ...over });

export const topic = (c: Partial<PubsubTopicConfig> = {}, over: Over<'gcp.pubsub.topic'> = {}) =>
  gcp('gcp.pubsub.topic', { kmsKeyName: KEY, ...c }, `//pubsub.googleapis.com/projects/${PROJECT}/topics/t1`, { region: 'global', ...over });
