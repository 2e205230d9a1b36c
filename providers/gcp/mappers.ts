import { setOwn } from '../../src/lib/objects.js';
import type { ConfigOf, ResourceType } from '../../src/model/resource.js';
import { sinkDestinationId, type FirewallRule } from '../../src/model/types/gcp/index.js';
import type { Json } from './struct.js';
import { arr, bool, computeName, knownBool, durationSeconds, kmsKeyName, labels, num, obj, str, strings, type JsonObject } from './values.js';

/** How one CAI asset type becomes one canonical resource type. */
export interface AssetMapper<T extends ResourceType = ResourceType> {
  readonly assetType: string;
  readonly resourceType: T;
  /** Service label for gaps and the resource source (`storage`, `compute`...). */
  readonly service: string;
  /** `assetName`: the asset's full resource name (some APIs' own `name` is a bare id). */
  map(data: JsonObject, assetName?: string): { readonly config: ConfigOf<T>; readonly tags: Readonly<Record<string, string>> };
}

function mapper<const T extends ResourceType>(m: AssetMapper<T>): AssetMapper<T> {
  return m;
}

const nameList = (v: Json | undefined): string[] => strings(v).flatMap((s) => computeName(s) ?? []);

function firewallRules(v: Json | undefined): FirewallRule[] {
  return arr(v).map((r) => {
    const o = obj(r);
    const ports = strings(o.ports).flatMap((p): [number, number][] => {
      const [from, to] = p.split('-').map(Number);
      return from === undefined || Number.isNaN(from) ? [] : [[from, to === undefined || Number.isNaN(to) ? from : to]];
    });
    return { protocol: (str(o.IPProtocol) ?? 'all').toLowerCase(), ports };
  });
}

const metadataItems = (v: Json | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const item of arr(obj(v).items)) {
    const o = obj(item);
    const key = str(o.key);
    if (key) setOwn(out, key, typeof o.value === 'string' ? o.value : '');
  }
  return out;
};

export const STORAGE_BUCKET_MAPPER = mapper({
  assetType: 'storage.googleapis.com/Bucket', resourceType: 'gcp.storage.bucket', service: 'storage',
  map: (d) => {
    const iam = obj(d.iamConfiguration);
    // `bucketPolicyOnly` is the legacy name of uniform bucket-level access; the API still returns both.
    const ubla = iam.uniformBucketLevelAccess ?? iam.bucketPolicyOnly;
    const retention = d.retentionPolicy === undefined ? null : obj(d.retentionPolicy);
    const pap = str(iam.publicAccessPrevention);
    return {
      tags: labels(d.labels),
      config: {
        defaultKmsKeyName: kmsKeyName(obj(d.encryption).defaultKmsKeyName),
        uniformBucketLevelAccess: bool(obj(ubla).enabled),
        publicAccessPrevention: pap === 'enforced' ? 'enforced' : pap === 'unspecified' ? 'unspecified' : 'inherited',
        versioningEnabled: bool(obj(d.versioning).enabled),
        retentionPolicy: retention ? { retentionPeriodSeconds: num(retention.retentionPeriod) ?? 0, isLocked: bool(retention.isLocked) } : null,
        softDeleteRetentionSeconds: d.softDeletePolicy === undefined ? null : (num(obj(d.softDeletePolicy).retentionDurationSeconds) ?? null) || null,
        storageClass: str(d.storageClass),
        locationType: str(d.locationType),
        iamBindings: undefined,
      },
    };
  },
});

export const COMPUTE_DISK_MAPPER = mapper({
  assetType: 'compute.googleapis.com/Disk', resourceType: 'gcp.compute.disk', service: 'compute',
  map: (d) => ({
    tags: labels(d.labels),
    config: { kmsKeyName: kmsKeyName(obj(d.diskEncryptionKey).kmsKeyName), sizeGb: num(d.sizeGb), resourcePolicies: nameList(d.resourcePolicies), users: nameList(d.users) },
  }),
});

export const COMPUTE_INSTANCE_MAPPER = mapper({
  assetType: 'compute.googleapis.com/Instance', resourceType: 'gcp.compute.instance', service: 'compute',
  map: (d) => ({
    tags: labels(d.labels),
    config: {
      status: str(d.status),
      networkInterfaces: arr(d.networkInterfaces).map((n) => {
        const o = obj(n);
        const access = arr(o.accessConfigs).map(obj);
        return { network: computeName(str(o.network)), subnetwork: computeName(str(o.subnetwork)), externalIps: access.flatMap((a) => str(a.natIP) ?? []), hasAccessConfig: access.length > 0, networkIp: str(o.networkIP) };
      }),
      metadata: metadataItems(d.metadata),
      disks: arr(d.disks).flatMap((x) => computeName(str(obj(x).source)) ?? []),
      serviceAccounts: arr(d.serviceAccounts).flatMap((x) => str(obj(x).email) ?? []),
      // Compute returns every Shielded VM flag explicitly; no shieldedInstanceConfig at all = not a Shielded VM.
      shieldedSecureBoot: d.shieldedInstanceConfig === undefined ? null : bool(obj(d.shieldedInstanceConfig).enableSecureBoot),
      shieldedVtpm: d.shieldedInstanceConfig === undefined ? null : bool(obj(d.shieldedInstanceConfig).enableVtpm),
      shieldedIntegrityMonitoring: d.shieldedInstanceConfig === undefined ? null : bool(obj(d.shieldedInstanceConfig).enableIntegrityMonitoring),
      networkTags: strings(obj(d.tags).items),
    },
  }),
});

export const COMPUTE_FIREWALL_MAPPER = mapper({
  assetType: 'compute.googleapis.com/Firewall', resourceType: 'gcp.compute.firewall', service: 'compute',
  map: (d) => ({
    tags: {},
    config: {
      network: computeName(str(d.network)) ?? undefined,
      direction: str(d.direction) === 'EGRESS' ? 'EGRESS' : 'INGRESS',
      disabled: bool(d.disabled),
      priority: num(d.priority) ?? 1000,
      sourceRanges: strings(d.sourceRanges),
      allowed: firewallRules(d.allowed),
      denied: firewallRules(d.denied),
      targetTags: strings(d.targetTags),
      targetServiceAccounts: strings(d.targetServiceAccounts),
      sourceTags: strings(d.sourceTags),
      sourceServiceAccounts: strings(d.sourceServiceAccounts),
      destinationRanges: strings(d.destinationRanges),
      logConfigEnabled: bool(obj(d.logConfig).enable),
    },
  }),
});

export const COMPUTE_NETWORK_MAPPER = mapper({
  assetType: 'compute.googleapis.com/Network', resourceType: 'gcp.compute.network', service: 'compute',
  map: (d) => ({
    tags: {},
    config: {
      // Compute writes autoCreateSubnetworks for every VPC network; only legacy networks lack it (and carry IPv4Range).
      autoCreateSubnetworks: knownBool(d.autoCreateSubnetworks),
      legacyIpv4Range: str(d.IPv4Range) ?? null,
      peerings: arr(d.peerings).flatMap((p) => computeName(str(obj(p).network)) ?? []),
      peeringStates: arr(d.peerings).flatMap((p) => {
        const network = computeName(str(obj(p).network));
        return network ? [{ network, state: str(obj(p).state) }] : [];
      }),
    },
  }),
});

export const COMPUTE_SUBNETWORK_MAPPER = mapper({
  assetType: 'compute.googleapis.com/Subnetwork', resourceType: 'gcp.compute.subnetwork', service: 'compute',
  map: (d) => ({
    tags: {},
    config: {
      network: computeName(str(d.network)) ?? undefined,
      ipCidrRange: str(d.ipCidrRange),
      privateIpGoogleAccess: bool(d.privateIpGoogleAccess),
      flowLogsEnabled: d.logConfig !== undefined ? bool(obj(d.logConfig).enable) : bool(d.enableFlowLogs),
      purpose: str(d.purpose) ?? 'PRIVATE',
    },
  }),
});

export const COMPUTE_SSL_POLICY_MAPPER = mapper({
  assetType: 'compute.googleapis.com/SslPolicy', resourceType: 'gcp.compute.ssl-policy', service: 'compute',
  map: (d) => ({ tags: {}, config: { minTlsVersion: str(d.minTlsVersion) ?? 'TLS_1_0', profile: str(d.profile) ?? 'COMPATIBLE', customFeatures: strings(d.customFeatures) } }),
});

export const COMPUTE_TARGET_HTTPS_PROXY_MAPPER = mapper({
  assetType: 'compute.googleapis.com/TargetHttpsProxy', resourceType: 'gcp.compute.target-proxy', service: 'compute',
  map: (d) => ({ tags: {}, config: { kind: 'https', sslPolicy: computeName(str(d.sslPolicy)), target: computeName(str(d.urlMap)) } }),
});

export const COMPUTE_TARGET_SSL_PROXY_MAPPER = mapper({
  assetType: 'compute.googleapis.com/TargetSslProxy', resourceType: 'gcp.compute.target-proxy', service: 'compute',
  map: (d) => ({ tags: {}, config: { kind: 'ssl', sslPolicy: computeName(str(d.sslPolicy)), target: computeName(str(d.service)) } }),
});

export const COMPUTE_BACKEND_SERVICE_MAPPER = mapper({
  assetType: 'compute.googleapis.com/BackendService', resourceType: 'gcp.compute.backend-service', service: 'compute',
  map: (d) => ({
    tags: {},
    config: {
      protocol: str(d.protocol) ?? 'HTTP',
      loadBalancingScheme: str(d.loadBalancingScheme) ?? 'EXTERNAL',
      backendGroups: arr(d.backends).flatMap((b) => computeName(str(obj(b).group)) ?? []),
      logConfigEnabled: bool(obj(d.logConfig).enable),
    },
  }),
});

function forwardingRule(assetType: string) {
  return mapper({
    assetType, resourceType: 'gcp.compute.forwarding-rule', service: 'compute',
    map: (d) => {
      const target = computeName(str(d.target));
      const kind = target ? (/\/(target[A-Za-z]+|serviceAttachments|backendServices)\/[^/]+$/.exec(target)?.[1] ?? null) : null;
      return {
        tags: labels(d.labels),
        config: { target, targetKind: kind, ipAddress: str(d.IPAddress), portRange: str(d.portRange) ?? null, loadBalancingScheme: str(d.loadBalancingScheme) ?? 'EXTERNAL', network: computeName(str(d.network)) },
      };
    },
  });
}

export const COMPUTE_FORWARDING_RULE_MAPPER = forwardingRule('compute.googleapis.com/ForwardingRule');
export const COMPUTE_GLOBAL_FORWARDING_RULE_MAPPER = forwardingRule('compute.googleapis.com/GlobalForwardingRule');

export const COMPUTE_RESOURCE_POLICY_MAPPER = mapper({
  assetType: 'compute.googleapis.com/ResourcePolicy', resourceType: 'gcp.compute.resource-policy', service: 'compute',
  map: (d) => {
    const s = d.snapshotSchedulePolicy === undefined ? null : obj(d.snapshotSchedulePolicy);
    return {
      tags: {},
      config: { snapshotSchedule: s ? { maxRetentionDays: num(obj(s.retentionPolicy).maxRetentionDays) ?? null, storageLocations: strings(obj(s.snapshotProperties).storageLocations) } : null },
    };
  },
});

export const SQL_INSTANCE_MAPPER = mapper({
  assetType: 'sqladmin.googleapis.com/Instance', resourceType: 'gcp.sql.instance', service: 'sql',
  map: (d) => {
    const settings = obj(d.settings);
    const ip = obj(settings.ipConfiguration);
    // ipv4Enabled is a BoolValue: absent (or no ipConfiguration at all) is the API default, a public IP.
    const publicIp = ip.ipv4Enabled === undefined ? true : bool(ip.ipv4Enabled);
    const backup = obj(settings.backupConfiguration);
    return {
      tags: labels(settings.userLabels),
      config: {
        databaseVersion: str(d.databaseVersion),
        kmsKeyName: kmsKeyName(obj(d.diskEncryptionConfiguration).kmsKeyName),
        ipv4Enabled: publicIp,
        privateNetwork: computeName(str(ip.privateNetwork)),
        authorizedNetworks: arr(ip.authorizedNetworks).flatMap((n) => str(obj(n).value) ?? []),
        sslMode: str(ip.sslMode) ?? null,
        requireSsl: ip.requireSsl === undefined ? null : bool(ip.requireSsl),
        backupEnabled: bool(backup.enabled),
        pointInTimeRecoveryEnabled: bool(backup.pointInTimeRecoveryEnabled),
        binaryLogEnabled: bool(backup.binaryLogEnabled),
        backupLocation: str(backup.location) ?? null,
        retainedBackups: num(obj(backup.backupRetentionSettings).retainedBackups) ?? null,
        region: str(d.region),
      },
    };
  },
});

export const KMS_CRYPTO_KEY_MAPPER = mapper({
  assetType: 'cloudkms.googleapis.com/CryptoKey', resourceType: 'gcp.kms.crypto-key', service: 'kms',
  map: (d) => {
    const primary = d.primary === undefined ? null : obj(d.primary);
    return {
      tags: labels(d.labels),
      config: {
        purpose: str(d.purpose),
        rotationPeriodSeconds: durationSeconds(d.rotationPeriod) ?? null,
        nextRotationTime: str(d.nextRotationTime) ?? null,
        primaryState: primary ? (str(primary.state) ?? null) : null,
        protectionLevel: str(primary?.protectionLevel) ?? str(obj(d.versionTemplate).protectionLevel) ?? 'SOFTWARE',
        iamBindings: undefined,
      },
    };
  },
});

export const KMS_KEY_RING_MAPPER = mapper({
  assetType: 'cloudkms.googleapis.com/KeyRing', resourceType: 'gcp.kms.key-ring', service: 'kms',
  map: (d) => ({ tags: {}, config: { location: /\/locations\/([^/]+)\//.exec(str(d.name) ?? '')?.[1], iamBindings: undefined } }),
});

export const BIGQUERY_DATASET_MAPPER = mapper({
  assetType: 'bigquery.googleapis.com/Dataset', resourceType: 'gcp.bigquery.dataset', service: 'bigquery',
  map: (d) => ({
    tags: labels(d.labels),
    config: {
      defaultKmsKeyName: kmsKeyName(obj(d.defaultEncryptionConfiguration).kmsKeyName),
      // A dataset always has an access list (at least its owners): absent means not returned, not empty.
      accessMembers: d.access === undefined ? undefined : arr(d.access).flatMap((a) => {
        const o = obj(a);
        const prefixed = ([['userByEmail', 'user'], ['groupByEmail', 'group'], ['domain', 'domain']] as const).flatMap(([field, prefix]) => {
          const v = str(o[field]);
          return v ? [`${prefix}:${v}`] : [];
        });
        const m = str(o.iamMember) ?? str(o.specialGroup) ?? prefixed[0];
        return m ? [m] : [];
      }),
      iamBindings: undefined,
    },
  }),
});

export const REDIS_INSTANCE_MAPPER = mapper({
  assetType: 'redis.googleapis.com/Instance', resourceType: 'gcp.redis.instance', service: 'redis',
  // The Redis API documents an unset transitEncryptionMode as TLS disabled (and proto3 JSON omits the zero value).
  map: (d) => ({ tags: labels(d.labels), config: { transitEncryptionMode: str(d.transitEncryptionMode) ?? 'DISABLED' } }),
});

export const SECRETMANAGER_SECRET_MAPPER = mapper({
  assetType: 'secretmanager.googleapis.com/Secret', resourceType: 'gcp.secretmanager.secret', service: 'secretmanager',
  map: (d) => {
    // `rotation` is omitted when the secret has no rotation policy. The API documents rotationPeriod as input-only:
    // a policy without it in the response may still recur, so its period is unknown, not absent.
    const rotation = d.rotation === undefined ? null : obj(d.rotation);
    return {
      tags: labels(d.labels),
      config: {
        rotationPeriodSeconds: rotation === null ? null : durationSeconds(rotation.rotationPeriod),
        nextRotationTime: str(rotation?.nextRotationTime) ?? null,
        topics: arr(d.topics).flatMap((t) => str(obj(t).name) ?? []),
      },
    };
  },
});

export const PUBSUB_TOPIC_MAPPER = mapper({
  assetType: 'pubsub.googleapis.com/Topic', resourceType: 'gcp.pubsub.topic', service: 'pubsub',
  map: (d) => ({ tags: labels(d.labels), config: { kmsKeyName: kmsKeyName(d.kmsKeyName) } }),
});

export const CONTAINER_CLUSTER_MAPPER = mapper({
  assetType: 'container.googleapis.com/Cluster', resourceType: 'gcp.container.cluster', service: 'container',
  map: (d) => {
    const man = obj(d.masterAuthorizedNetworksConfig);
    const enc = obj(d.databaseEncryption);
    const net = obj(d.networkConfig);
    return {
      tags: labels(d.resourceLabels),
      config: {
        network: computeName(str(net.network)),
        subnetwork: computeName(str(net.subnetwork)),
        privateNodes: bool(obj(d.privateClusterConfig).enablePrivateNodes),
        masterAuthorizedNetworks: bool(man.enabled) ? arr(man.cidrBlocks).flatMap((c) => str(obj(c).cidrBlock) ?? []) : null,
        databaseEncryptionKey: str(enc.state) === 'ENCRYPTED' ? (str(enc.keyName) ?? null) : null,
        legacyAbac: bool(obj(d.legacyAbac).enabled),
      },
    };
  },
});

export const BACKUPDR_VAULT_MAPPER = mapper({
  assetType: 'backupdr.googleapis.com/BackupVault', resourceType: 'gcp.backupdr.vault', service: 'backupdr',
  map: (d) => ({
    tags: labels(d.labels),
    config: {
      minimumEnforcedRetentionSeconds: durationSeconds(d.backupMinimumEnforcedRetentionDuration) ?? null,
      effectiveTime: str(d.effectiveTime) ?? null,
      state: str(d.state),
      accessRestriction: str(d.accessRestriction) ?? null,
    },
  }),
});

/** `projects/P/sinks/S` (or `organizations/...`, `folders/...`) -> the node it is set on. */
const ownerOf = (name: string | undefined): string | undefined => /^((?:projects|folders|organizations|billingAccounts)\/[^/]+)\//.exec(name ?? '')?.[1];

export const LOGGING_SINK_MAPPER = mapper({
  assetType: 'logging.googleapis.com/LogSink', resourceType: 'gcp.logging.sink', service: 'logging',
  // The sink's own `name` is its bare id; the asset name says where it is set.
  map: (d, assetName = '') => ({
    tags: {},
    config: {
      owner: ownerOf(assetName.replace(/^\/\/logging\.googleapis\.com\//, '')) ?? ownerOf(str(d.name)),
      destination: str(d.destination),
      destinationId: str(d.destination) === undefined ? undefined : sinkDestinationId(str(d.destination) ?? ''),
      // proto3 JSON omits empty strings and false: no filter is the "every log entry" filter.
      filter: typeof d.filter === 'string' ? d.filter : d.filter === undefined ? '' : undefined,
      disabled: bool(d.disabled),
      includeChildren: bool(d.includeChildren),
      exclusions: arr(d.exclusions).flatMap((e) => (bool(obj(e).disabled) ? [] : [str(obj(e).filter) ?? ''])),
    },
  }),
});

export const LOGGING_BUCKET_MAPPER = mapper({
  assetType: 'logging.googleapis.com/LogBucket', resourceType: 'gcp.logging.bucket', service: 'logging',
  map: (d) => ({ tags: {}, config: { retentionDays: num(d.retentionDays), locked: bool(d.locked), lifecycleState: str(d.lifecycleState) } }),
});

export const LOGGING_METRIC_MAPPER = mapper({
  assetType: 'logging.googleapis.com/LogMetric', resourceType: 'gcp.logging.metric', service: 'logging',
  map: (d) => {
    // `name` is the metric id (`projects/P/metrics/ID` in some exports); alert policies cite logging.googleapis.com/user/ID.
    const id = str(d.name)?.replace(/^projects\/[^/]+\/metrics\//, '');
    return { tags: {}, config: { filter: str(d.filter), disabled: bool(d.disabled), metricType: str(obj(d.metricDescriptor).type) ?? (id ? `logging.googleapis.com/user/${id}` : undefined) } };
  },
});

export const MONITORING_ALERT_POLICY_MAPPER = mapper({
  assetType: 'monitoring.googleapis.com/AlertPolicy', resourceType: 'gcp.monitoring.alert-policy', service: 'monitoring',
  map: (d) => {
    const conditions = arr(d.conditions).map(obj);
    // `enabled` is a BoolValue, encoded as a plain boolean (or `{value}` by some exporters).
    const enabled = typeof d.enabled === 'boolean' ? d.enabled : d.enabled !== undefined && d.enabled !== null && typeof obj(d.enabled).value === 'boolean' ? (obj(d.enabled).value as boolean) : undefined;
    return {
      tags: labels(d.userLabels),
      config: {
        displayName: str(d.displayName),
        enabled,
        conditionFilters: conditions.flatMap((c) => [
          str(obj(c.conditionThreshold).filter), str(obj(c.conditionAbsent).filter), str(obj(c.conditionMonitoringQueryLanguage).query),
          str(obj(c.conditionPrometheusQueryLanguage).query), str(obj(c.conditionSql).query),
        ].flatMap((f) => f ?? [])),
        logMatchFilters: conditions.flatMap((c) => str(obj(c.conditionMatchedLog).filter) ?? []),
        notificationChannels: strings(d.notificationChannels),
      },
    };
  },
});

export const IAM_SERVICE_ACCOUNT_MAPPER = mapper({
  assetType: 'iam.googleapis.com/ServiceAccount', resourceType: 'gcp.iam.service-account', service: 'iam',
  map: (d) => ({ tags: {}, config: { email: str(d.email), uniqueId: str(d.uniqueId), disabled: bool(d.disabled), keys: undefined } }),
});

export const OSCONFIG_PATCH_DEPLOYMENT_MAPPER = mapper({
  assetType: 'osconfig.googleapis.com/PatchDeployment', resourceType: 'gcp.osconfig.patch-deployment', service: 'osconfig',
  map: (d) => {
    const f = obj(d.instanceFilter);
    const recurring = d.recurringSchedule === undefined ? null : obj(d.recurringSchedule);
    return {
      tags: {},
      config: {
        instanceFilter: {
          all: bool(f.all),
          groupLabels: arr(f.groupLabels).map((g) => labels(obj(g).labels)),
          zones: strings(f.zones),
          instances: strings(f.instances),
          instanceNamePrefixes: strings(f.instanceNamePrefixes),
        },
        recurringFrequency: recurring ? (str(recurring.frequency) ?? undefined) : null,
        state: str(d.state),
        endTime: recurring ? (str(recurring.endTime) ?? null) : null,
      },
    };
  },
});

export const BACKUPDR_BACKUP_PLAN_MAPPER = mapper({
  assetType: 'backupdr.googleapis.com/BackupPlan', resourceType: 'gcp.backupdr.backup-plan', service: 'backupdr',
  map: (d) => ({
    tags: labels(d.labels),
    config: {
      rules: d.backupRules === undefined ? undefined : arr(d.backupRules).map((r) => {
        const o = obj(r);
        const s = obj(o.standardSchedule);
        return { ruleId: str(o.ruleId), recurrenceType: str(s.recurrenceType), hourlyFrequency: num(s.hourlyFrequency), daysOfWeek: strings(s.daysOfWeek), backupRetentionDays: num(o.backupRetentionDays) };
      }),
      backupVault: str(d.backupVault),
      resourceType: str(d.resourceType),
      state: str(d.state),
    },
  }),
});

export const BACKUPDR_PLAN_ASSOCIATION_MAPPER = mapper({
  assetType: 'backupdr.googleapis.com/BackupPlanAssociation', resourceType: 'gcp.backupdr.plan-association', service: 'backupdr',
  map: (d) => ({
    tags: {},
    config: { resource: str(d.resource), resourceType: str(d.resourceType), backupPlan: str(d.backupPlan), dataSource: str(d.dataSource) ?? null, state: str(d.state) },
  }),
});

/** Resource asset types mapped one-to-one, sorted by asset type. */
export const ASSET_MAPPERS: readonly AssetMapper[] = [
  BACKUPDR_BACKUP_PLAN_MAPPER,
  BACKUPDR_PLAN_ASSOCIATION_MAPPER,
  BACKUPDR_VAULT_MAPPER,
  BIGQUERY_DATASET_MAPPER,
  KMS_CRYPTO_KEY_MAPPER,
  KMS_KEY_RING_MAPPER,
  COMPUTE_BACKEND_SERVICE_MAPPER,
  COMPUTE_DISK_MAPPER,
  COMPUTE_FIREWALL_MAPPER,
  COMPUTE_FORWARDING_RULE_MAPPER,
  COMPUTE_GLOBAL_FORWARDING_RULE_MAPPER,
  COMPUTE_INSTANCE_MAPPER,
  COMPUTE_NETWORK_MAPPER,
  COMPUTE_RESOURCE_POLICY_MAPPER,
  COMPUTE_SSL_POLICY_MAPPER,
  COMPUTE_SUBNETWORK_MAPPER,
  COMPUTE_TARGET_HTTPS_PROXY_MAPPER,
  COMPUTE_TARGET_SSL_PROXY_MAPPER,
  CONTAINER_CLUSTER_MAPPER,
  IAM_SERVICE_ACCOUNT_MAPPER,
  LOGGING_BUCKET_MAPPER,
  LOGGING_METRIC_MAPPER,
  LOGGING_SINK_MAPPER,
  MONITORING_ALERT_POLICY_MAPPER,
  OSCONFIG_PATCH_DEPLOYMENT_MAPPER,
  PUBSUB_TOPIC_MAPPER,
  REDIS_INSTANCE_MAPPER,
  SECRETMANAGER_SECRET_MAPPER,
  SQL_INSTANCE_MAPPER,
  STORAGE_BUCKET_MAPPER,
];
