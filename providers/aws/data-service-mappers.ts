import type {
  ApiGatewayStageConfig, EksClusterConfig, ElastiCacheLogDelivery, ElastiCacheReplicationGroupConfig, LambdaFunctionConfig, OpenSearchDomainConfig, PolicyDocument,
  RedshiftClusterConfig, SageMakerNotebookConfig, SnsTopicConfig, SqsQueueConfig,
} from '../../src/model/types/aws/index.js';
import { arr, bool, num, obj, parsePolicy, str, type Raw } from './mappers.js';

/**
 * Pure mappers from the SDK v3 output shapes of the data services (OpenSearch, Redshift,
 * ElastiCache, SNS, SQS, SageMaker, EKS, API Gateway, Lambda) into the typed configs. A member
 * the response lacks is undefined (not known) unless the API documents its absence as "off"; a
 * resource whose describe call failed is still listed, with every field undefined.
 */

/** A `{key: value}` tag map (EKS, API Gateway, Lambda, SQS) as a record of strings. */
export const tagMap = (v: unknown): Record<string, string> => Object.fromEntries(Object.entries(obj(v)).map(([k, x]) => [k, typeof x === 'string' ? x : '']));

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

/** A policy text as a document: null when there is none, undefined when it does not parse. */
function policyOrNull(text: unknown): PolicyDocument | null | undefined {
  if (text === undefined || text === null || text === '') return null;
  return typeof text === 'string' ? parsePolicy(text) : undefined;
}

/** `DescribeDomains` `DomainStatus` (undefined: the describe failed, nothing is known). A domain outside a VPC has no `VPCOptions`. */
export function openSearchDomainConfig(d: Raw | undefined): OpenSearchDomainConfig {
  if (!d) return { engineVersion: undefined, encryptionAtRest: undefined, kmsKeyId: undefined, nodeToNodeEncryption: undefined, enforceHttps: undefined, tlsSecurityPolicy: undefined, vpc: undefined, accessPolicy: undefined, enabledLogTypes: undefined, fineGrainedAccessControl: undefined };
  const enc = d.EncryptionAtRestOptions === undefined ? undefined : obj(d.EncryptionAtRestOptions);
  const endpoint = d.DomainEndpointOptions === undefined ? undefined : obj(d.DomainEndpointOptions);
  const vpc = obj(d.VPCOptions);
  const logs = d.LogPublishingOptions === undefined ? undefined : obj(d.LogPublishingOptions);
  return {
    engineVersion: str(d.EngineVersion),
    encryptionAtRest: enc && bool(enc.Enabled),
    kmsKeyId: enc ? (enc.Enabled === true ? str(enc.KmsKeyId) ?? null : null) : undefined,
    nodeToNodeEncryption: d.NodeToNodeEncryptionOptions === undefined ? undefined : bool(obj(d.NodeToNodeEncryptionOptions).Enabled),
    enforceHttps: endpoint && bool(endpoint.EnforceHTTPS),
    tlsSecurityPolicy: endpoint && str(endpoint.TLSSecurityPolicy),
    vpc: str(vpc.VPCId) || strings(vpc.SubnetIds)?.length ? { vpcId: str(vpc.VPCId), subnetIds: strings(vpc.SubnetIds) ?? [], securityGroupIds: strings(vpc.SecurityGroupIds) ?? [] } : null,
    accessPolicy: policyOrNull(d.AccessPolicies),
    // A domain that publishes nothing may leave the member out.
    enabledLogTypes: Object.entries(logs ?? {}).filter(([, o]) => obj(o).Enabled === true).map(([type]) => type).sort(),
    fineGrainedAccessControl: d.AdvancedSecurityOptions === undefined ? undefined : bool(obj(d.AdvancedSecurityOptions).Enabled) ?? false,
  };
}

/** `require_ssl` among a parameter group's parameters; undefined when the list could not be read or lacks it. */
export function redshiftRequireSsl(params: readonly Raw[] | undefined): boolean | undefined {
  const p = params?.find((x) => str(x.ParameterName) === 'require_ssl');
  return p ? bool(str(p.ParameterValue)?.toLowerCase()) : undefined;
}

/** `DescribeLoggingStatus`: null when logging is off. */
export function redshiftAuditLogging(status: Raw | undefined): RedshiftClusterConfig['auditLogging'] {
  if (!status) return undefined;
  const on = bool(status.LoggingEnabled);
  if (on === undefined) return undefined;
  if (!on) return null;
  // Without a destination type the logs go to S3 (the only destination before CloudWatch was added).
  const destinationType = str(status.LogDestinationType) === 'cloudwatch' ? 'cloudwatch' : 's3';
  return { destinationType, bucketName: destinationType === 's3' ? str(status.BucketName) ?? null : null };
}

/** `DescribeClusters` `Cluster`, with require_ssl and the logging status read apart. */
export function redshiftClusterConfig(c: Raw, requireSsl: boolean | undefined, auditLogging: RedshiftClusterConfig['auditLogging']): RedshiftClusterConfig {
  const encrypted = bool(c.Encrypted);
  return {
    encrypted,
    kmsKeyId: encrypted === undefined ? undefined : str(c.KmsKeyId) ?? null,
    publiclyAccessible: bool(c.PubliclyAccessible),
    vpcId: c.VpcId === undefined ? undefined : str(c.VpcId) ?? null,
    securityGroupIds: Array.isArray(c.VpcSecurityGroups) ? arr(c.VpcSecurityGroups).map((g) => str(g.VpcSecurityGroupId) ?? '').filter(Boolean) : undefined,
    subnetGroupName: str(c.ClusterSubnetGroupName) ?? null,
    requireSsl,
    auditLogging,
    automatedSnapshotRetentionDays: num(c.AutomatedSnapshotRetentionPeriod),
    enhancedVpcRouting: bool(c.EnhancedVpcRouting),
  };
}

const TRANSIT_MODES = ['preferred', 'required'] as const;

function logDeliveries(v: unknown): ElastiCacheLogDelivery[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return arr(v).map((l) => {
    const details = obj(l.DestinationDetails);
    return {
      logType: str(l.LogType) ?? '',
      destinationType: str(l.DestinationType) ?? '',
      destination: str(obj(details.CloudWatchLogsDetails).LogGroup) ?? str(obj(details.KinesisFirehoseDetails).DeliveryStream) ?? null,
    };
  });
}

/** `DescribeReplicationGroups` `ReplicationGroup`. Security groups and subnet group belong to the member clusters, which are not read. */
export function elastiCacheReplicationGroupConfig(g: Raw): ElastiCacheReplicationGroupConfig {
  const transit = bool(g.TransitEncryptionEnabled);
  const mode = str(g.TransitEncryptionMode);
  return {
    // Replication groups are Redis OSS or Valkey; responses from before Valkey may leave the engine out.
    engine: str(g.Engine) ?? 'redis',
    atRestEncryptionEnabled: bool(g.AtRestEncryptionEnabled),
    transitEncryptionEnabled: transit,
    // Groups created before the mode existed report none: their TLS was always required.
    transitEncryptionMode: transit === false ? null : transit === undefined ? undefined : mode === undefined ? 'required' : TRANSIT_MODES.find((m) => m === mode),
    authTokenEnabled: bool(g.AuthTokenEnabled),
    snapshotRetentionDays: num(g.SnapshotRetentionLimit),
    securityGroupIds: undefined,
    subnetGroupName: undefined,
    logDelivery: logDeliveries(g.LogDeliveryConfigurations),
    kmsKeyId: str(g.KmsKeyId) ?? null,
    automaticFailover: g.AutomaticFailover === undefined ? undefined : str(g.AutomaticFailover) === 'enabled',
    multiAz: g.MultiAZ === undefined ? undefined : str(g.MultiAZ) === 'enabled',
  };
}

const FEEDBACK_PROTOCOLS: Readonly<Record<string, string>> = { Application: 'application', Firehose: 'firehose', HTTP: 'http', Lambda: 'lambda', SQS: 'sqs' };

/** `GetTopicAttributes` `Attributes` (undefined: unread): a topic without `KmsMasterKeyId` is not encrypted. */
export function snsTopicConfig(a: Raw | undefined): SnsTopicConfig {
  if (!a) return { kmsMasterKeyId: undefined, policy: undefined, fifo: undefined, deliveryStatusLogging: undefined, subscriptionsConfirmed: undefined };
  return {
    kmsMasterKeyId: str(a.KmsMasterKeyId) || null,
    policy: policyOrNull(a.Policy),
    fifo: bool(a.FifoTopic) ?? false,
    deliveryStatusLogging: Object.entries(FEEDBACK_PROTOCOLS).filter(([p]) => str(a[`${p}SuccessFeedbackRoleArn`]) || str(a[`${p}FailureFeedbackRoleArn`])).map(([, name]) => name),
    subscriptionsConfirmed: num(a.SubscriptionsConfirmed),
  };
}

/** `GetQueueAttributes` (`All`) `Attributes` (undefined: unread). */
export function sqsQueueConfig(a: Raw | undefined): SqsQueueConfig {
  if (!a) return { kmsMasterKeyId: undefined, sqsManagedSseEnabled: undefined, policy: undefined, fifo: undefined };
  return {
    kmsMasterKeyId: str(a.KmsMasterKeyId) || null,
    sqsManagedSseEnabled: bool(a.SqsManagedSseEnabled),
    policy: policyOrNull(a.Policy),
    fifo: bool(a.FifoQueue) ?? false,
  };
}

const enabled = (v: unknown): boolean | undefined => (v === 'Enabled' ? true : v === 'Disabled' ? false : undefined);

/** `DescribeNotebookInstance` (undefined: unread). */
export function sageMakerNotebookConfig(n: Raw | undefined): SageMakerNotebookConfig {
  if (!n) return { kmsKeyId: undefined, directInternetAccess: undefined, rootAccess: undefined, subnetId: undefined, securityGroupIds: undefined };
  return {
    kmsKeyId: str(n.KmsKeyId) || null,
    directInternetAccess: enabled(n.DirectInternetAccess),
    rootAccess: enabled(n.RootAccess),
    subnetId: str(n.SubnetId) || null,
    securityGroupIds: strings(n.SecurityGroups) ?? [],
  };
}

/** `DescribeCluster` `cluster` (undefined: unread). */
export function eksClusterConfig(c: Raw | undefined): EksClusterConfig {
  if (!c) return { version: undefined, vpcId: undefined, subnetIds: undefined, securityGroupIds: undefined, endpointPublicAccess: undefined, endpointPrivateAccess: undefined, publicAccessCidrs: undefined, secretsEncryptionKeyArn: undefined, enabledLogTypes: undefined };
  const vpc = c.resourcesVpcConfig === undefined ? undefined : obj(c.resourcesVpcConfig);
  const secrets = Array.isArray(c.encryptionConfig) ? arr(c.encryptionConfig).find((e) => strings(e.resources)?.includes('secrets')) : undefined;
  const logging = c.logging === undefined ? undefined : obj(c.logging);
  return {
    version: str(c.version),
    vpcId: vpc && (str(vpc.vpcId) ?? null),
    subnetIds: vpc && strings(vpc.subnetIds),
    securityGroupIds: vpc && strings(vpc.securityGroupIds),
    endpointPublicAccess: vpc && bool(vpc.endpointPublicAccess),
    endpointPrivateAccess: vpc && bool(vpc.endpointPrivateAccess),
    publicAccessCidrs: vpc && strings(vpc.publicAccessCidrs),
    // No encryptionConfig member: secrets encryption was never configured.
    secretsEncryptionKeyArn: c.encryptionConfig === undefined || Array.isArray(c.encryptionConfig) ? (secrets ? str(obj(secrets.provider).keyArn) ?? null : null) : undefined,
    enabledLogTypes: logging && [...new Set(arr(logging.clusterLogging).filter((l) => l.enabled === true).flatMap((l) => strings(l.types) ?? []))].sort(),
  };
}

const LOGGING_LEVELS = ['OFF', 'ERROR', 'INFO'] as const;
const loggingLevel = (v: unknown): ApiGatewayStageConfig['executionLoggingLevel'] => {
  const s = str(v)?.toUpperCase();
  return s === undefined ? null : LOGGING_LEVELS.find((l) => l === s);
};

/**
 * REST API stage (API Gateway v1 `GetStages` `item`). Cache encryption is the stage default
 * (`*\/*`) unless a method that caches overrides it: any method caching unencrypted makes it false.
 */
export function restStageConfig(s: Raw, apiId: string): ApiGatewayStageConfig {
  const settings = obj(s.methodSettings);
  const all = settings['*/*'] === undefined ? undefined : obj(settings['*/*']);
  const cache = bool(s.cacheClusterEnabled) ?? false;
  const overrides = Object.entries(settings).filter(([path]) => path !== '*/*').map(([, m]) => obj(m));
  const encryptedByDefault = all?.cacheDataEncrypted === true;
  const unencryptedOverride = overrides.some((m) => m.cachingEnabled === true && (m.cacheDataEncrypted === false || (m.cacheDataEncrypted === undefined && !encryptedByDefault)));
  return {
    apiType: 'REST',
    apiId,
    accessLogDestinationArn: str(obj(s.accessLogSettings).destinationArn) ?? null,
    executionLoggingLevel: all ? loggingLevel(all.loggingLevel) : null,
    cacheClusterEnabled: cache,
    cacheDataEncrypted: cache ? encryptedByDefault && !unencryptedOverride : null,
    clientCertificateId: str(s.clientCertificateId) || null,
    webAclArn: str(s.webAclArn) || null,
    tracingEnabled: bool(s.tracingEnabled) ?? false,
  };
}

/** HTTP or WebSocket API stage (API Gateway v2 `GetStages` `Items`). */
export function v2StageConfig(s: Raw, apiId: string, protocol: string | undefined): ApiGatewayStageConfig {
  const apiType = protocol === 'HTTP' || protocol === 'WEBSOCKET' ? protocol : undefined;
  return {
    apiType,
    apiId,
    accessLogDestinationArn: str(obj(s.AccessLogSettings).DestinationArn) ?? null,
    // Execution logging exists for WebSocket APIs only.
    executionLoggingLevel: apiType === 'HTTP' ? null : apiType === undefined ? undefined : loggingLevel(obj(s.DefaultRouteSettings).LoggingLevel),
    cacheClusterEnabled: false,
    cacheDataEncrypted: null,
    clientCertificateId: apiType === 'HTTP' ? null : str(s.ClientCertificateId) || null,
    webAclArn: null,
    tracingEnabled: false,
  };
}

/** `ListFunctions` `FunctionConfiguration` and the `GetPolicy` document. Environment values are dropped here: only names are kept. */
export function lambdaFunctionConfig(f: Raw, policy: PolicyDocument | null | undefined): LambdaFunctionConfig {
  const packageType = str(f.PackageType) === 'Image' ? 'Image' : 'Zip';
  const vpc = obj(f.VpcConfig);
  const subnets = strings(vpc.SubnetIds) ?? [];
  const name = str(f.FunctionName);
  return {
    runtime: packageType === 'Image' ? null : str(f.Runtime),
    packageType,
    kmsKeyArn: str(f.KMSKeyArn) || null,
    environmentVariableNames: Object.keys(obj(obj(f.Environment).Variables)).sort(),
    vpc: subnets.length > 0 ? { vpcId: str(vpc.VpcId), subnetIds: subnets, securityGroupIds: strings(vpc.SecurityGroupIds) ?? [] } : null,
    tracingMode: str(obj(f.TracingConfig).Mode),
    logGroup: str(obj(f.LoggingConfig).LogGroup) ?? (name ? `/aws/lambda/${name}` : undefined),
    // Function URLs are not read: a public one shows in the resource policy (principal * with lambda:FunctionUrlAuthType NONE).
    functionUrlAuthType: undefined,
    policy,
  };
}
