import type { Resource } from '../../../src/model/resource.js';
import { maxIntervalHours } from '../../../src/model/aws/schedule.js';
import type { ClassicLoadBalancerListener, ElastiCacheLogDelivery, PolicyStatement } from '../../../src/model/types/aws/index.js';
import { UNKNOWN, type TfResource } from '../model.js';
import { allKnown, oneOf, type Reader, readerOf } from '../reader.js';
import { aws, KNOWN_AFTER_APPLY, kmsRef, policyOf, refOrLiteral, vpcOfSubnets } from './aws-common.js';
import { iacResource, type MapContext } from './context.js';

/**
 * Terraform AWS resources for the service types the live collector will fill from the same API
 * fields (the Describe and Get responses): Classic Load Balancers, EKS, ElastiCache, OpenSearch,
 * Redshift, SNS, SQS, Secrets Manager, API Gateway stages, Lambda and SageMaker notebook instances. Defaults are the AWS
 * provider's (v5) or, where the provider leaves a value to the service, the API's; both are
 * recorded in `source.defaulted`. Nothing here reads a secret value (auth tokens, environment
 * variable values): only whether it is set.
 */

/** Set in the configuration: a literal, or a value known only after apply (a reference, a variable). */
const isSet = (v: Reader, attr: string): boolean => {
  const raw = v.raw(attr);
  return raw !== undefined && raw !== null && raw !== '';
};

const SUBNETS = ['aws_subnet'];
const SECURITY_GROUPS = ['aws_security_group', 'aws_default_security_group'];

/**
 * The VPC placement a `vpc_config` / `vpc_options` block gives (`VpcConfig`, `VPCOptions`): subnets
 * and security groups (the input's own as phiscan ids) and the VPC of a subnet in the input; null =
 * no block, or no subnets (not in a VPC).
 */
function vpcPlacement(ctx: MapContext, r: TfResource, v: Reader, block: string): { vpcId: string | undefined; subnetIds: string[]; securityGroupIds: string[] } | null | undefined {
  const b = v.block(block);
  if (b === null || b === undefined) return b;
  const subnetIds = ctx.idsOrRefs(r, `${block}.subnet_ids`, SUBNETS, b.raw('subnet_ids'));
  const securityGroupIds = ctx.idsOrRefs(r, `${block}.security_group_ids`, SECURITY_GROUPS, b.raw('security_group_ids'));
  if (!subnetIds || !securityGroupIds) return undefined;
  return subnetIds.length === 0 ? null : { vpcId: vpcOfSubnets(ctx, r, `${block}.subnet_ids`) ?? undefined, subnetIds, securityGroupIds };
}

// ---- Classic Load Balancer ------------------------------------------------------------------

/** Classic Load Balancers use this predefined policy for an HTTPS or SSL listener without an SSL negotiation policy. */
const CLASSIC_DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08';

/** The security policy of the listener on `port`: the `Reference-Security-Policy` of its SSL negotiation policy, or that policy's name. */
function classicSslPolicy(ctx: MapContext, elb: TfResource, port: number, v: Reader): string | undefined {
  const onPort = ctx.children(elb, 'aws_load_balancer_listener_policy', 'load_balancer_name', ['name']).map(readerOf);
  if (onPort.some((p) => p.num('load_balancer_port') === undefined)) return undefined;
  const names = onPort.filter((p) => p.num('load_balancer_port') === port).map((p) => p.strings('policy_names'));
  if (names.some((n) => n === undefined)) return undefined;
  if (names.length === 0) {
    v.markDefaulted('listeners.sslPolicy');
    return CLASSIC_DEFAULT_SSL_POLICY;
  }
  const policies = ctx.children(elb, 'aws_load_balancer_policy', 'load_balancer_name', ['name']).map(readerOf);
  for (const name of names.flat()) {
    const policy = policies.find((p) => p.str('policy_name') === name);
    if (!policy) return undefined; // a policy defined outside the input
    if (policy.str('policy_type_name') !== 'SSLNegotiationPolicyType') continue;
    const attrs = policy.blocks('policy_attribute');
    if (attrs === undefined) return undefined;
    const reference = attrs.find((a) => a.str('name') === 'Reference-Security-Policy');
    return reference ? reference.str('value') ?? undefined : name;
  }
  v.markDefaulted('listeners.sslPolicy');
  return CLASSIC_DEFAULT_SSL_POLICY;
}

function classicListener(ctx: MapContext, elb: TfResource, l: Reader, single: boolean, v: Reader): ClassicLoadBalancerListener | undefined {
  const protocol = l.str('lb_protocol')?.toUpperCase();
  const port = l.num('lb_port');
  const instanceProtocol = l.str('instance_protocol')?.toUpperCase();
  const instancePort = l.num('instance_port');
  if (!protocol || typeof port !== 'number' || !instanceProtocol || typeof instancePort !== 'number') return undefined;
  const tls = protocol === 'HTTPS' || protocol === 'SSL';
  const cert = l.str('ssl_certificate_id');
  // References are kept per attribute path, so a referenced certificate is attributable only when there is one listener.
  const certificate = cert === undefined ? (single ? refOrLiteral(ctx, elb, 'listener.ssl_certificate_id', ['aws_acm_certificate', 'aws_iam_server_certificate'], undefined) : undefined) ?? KNOWN_AFTER_APPLY : cert;
  const sslPolicy = tls ? classicSslPolicy(ctx, elb, port, v) : null;
  if (sslPolicy === undefined) return undefined;
  return { protocol, port, instanceProtocol, instancePort, sslCertificateId: tls ? certificate : null, sslPolicy };
}

function classicLoadBalancer(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const internal = v.bool('internal', false);
  const blocks = v.blocks('listener');
  const logs = v.block('access_logs');
  const logsOn = logs?.bool('enabled', true);
  const bucket = logs ? refOrLiteral(ctx, r, 'access_logs.bucket', ['aws_s3_bucket'], logs.str('bucket')) : undefined;
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { readers: logs ? [logs] : [] }),
    type: 'aws.elb.load-balancer',
    name: v.str('name') ?? r.address,
    config: {
      scheme: internal === undefined || internal === null ? undefined : internal ? 'internal' : 'internet-facing',
      vpcId: vpcOfSubnets(ctx, r, 'subnets'),
      subnetIds: ctx.idsOrRefs(r, 'subnets', SUBNETS),
      securityGroupIds: ctx.idsOrRefs(r, 'security_groups', SECURITY_GROUPS),
      listeners: blocks && allKnown(blocks.map((l) => classicListener(ctx, r, l, blocks.length === 1, v))),
      accessLog: logs === null || logsOn === false ? null : logs === undefined || logsOn === undefined || logsOn === null || bucket === undefined || bucket === null ? undefined : { s3BucketName: bucket, s3BucketPrefix: logs.str('bucket_prefix') ?? null },
    },
  });
}

// ---- EKS ------------------------------------------------------------------------------------

/** Not set: the API opens the public endpoint to 0.0.0.0/0. */
function publicAccessCidrs(vpc: Reader): readonly string[] | undefined {
  const cidrs = vpc.raw('public_access_cidrs');
  if (cidrs !== undefined && cidrs !== null) return vpc.strings('public_access_cidrs');
  vpc.markDefaulted('public_access_cidrs');
  return ['0.0.0.0/0'];
}

function eksCluster(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const vpc = v.block('vpc_config');
  const placement = vpcPlacement(ctx, r, v, 'vpc_config');
  const encryption = v.blocks('encryption_config');
  const secrets = encryption?.find((e) => (e.strings('resources') ?? []).includes('secrets'));
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { readers: vpc ? [vpc] : [] }),
    type: 'aws.eks.cluster',
    name: v.str('name') ?? r.address,
    config: {
      version: v.str('version') ?? undefined,
      vpcId: placement?.vpcId,
      subnetIds: placement === null ? [] : placement?.subnetIds,
      securityGroupIds: placement === null ? [] : placement?.securityGroupIds,
      endpointPublicAccess: vpc?.bool('endpoint_public_access', true) ?? undefined,
      endpointPrivateAccess: vpc?.bool('endpoint_private_access', false) ?? undefined,
      publicAccessCidrs: vpc ? publicAccessCidrs(vpc) : undefined,
      secretsEncryptionKeyArn: encryption === undefined || encryption.some((e) => e.strings('resources') === undefined) ? undefined : secrets ? kmsRef(ctx, r, 'encryption_config.provider.key_arn', secrets.block('provider')?.str('key_arn')) ?? KNOWN_AFTER_APPLY : null,
      enabledLogTypes: v.strings('enabled_cluster_log_types'),
    },
  });
}

// ---- ElastiCache ----------------------------------------------------------------------------

function logDelivery(ctx: MapContext, r: TfResource, v: Reader): ElastiCacheLogDelivery[] | undefined {
  const blocks = v.blocks('log_delivery_configuration');
  const single = blocks?.length === 1;
  return blocks && allKnown(blocks.map((b) => {
    const logType = b.str('log_type');
    const destinationType = b.str('destination_type');
    const destination = b.str('destination') ?? (single ? refOrLiteral(ctx, r, 'log_delivery_configuration.destination', ['aws_cloudwatch_log_group', 'aws_kinesis_firehose_delivery_stream'], undefined) : undefined);
    return logType && destinationType ? { logType, destinationType, destination: destination ?? null } : undefined;
  }));
}

/** Settings a replication group and a stand-alone cluster read alike. */
function cacheCommon(ctx: MapContext, r: TfResource, v: Reader, engine: string | null | undefined, atRestEncryptionEnabled: boolean | undefined, authTokenEnabled: boolean) {
  const transit = v.bool('transit_encryption_enabled', false);
  // With transit encryption on and no mode given, the service requires TLS.
  const mode = transit ? oneOf(v.str('transit_encryption_mode', 'required'), ['preferred', 'required'] as const) : transit === false ? null : undefined;
  return {
    engine: engine ?? undefined,
    atRestEncryptionEnabled,
    transitEncryptionEnabled: transit ?? undefined,
    transitEncryptionMode: mode,
    authTokenEnabled,
    snapshotRetentionDays: v.num('snapshot_retention_limit', 0) ?? undefined,
    securityGroupIds: ctx.idsOrRefs(r, 'security_group_ids', SECURITY_GROUPS),
    subnetGroupName: ctx.idOrRef(r, 'subnet_group_name', ['aws_elasticache_subnet_group']),
    logDelivery: logDelivery(ctx, r, v),
  };
}

/** A replication group's settings as its member clusters see them. */
function replicationGroupSettings(ctx: MapContext, r: TfResource, v: Reader) {
  const engine = v.str('engine', 'redis');
  const atRest = engine === undefined ? undefined : v.bool('at_rest_encryption_enabled', engine === 'valkey');
  const common = cacheCommon(ctx, r, v, engine, atRest ?? undefined, isSet(v, 'auth_token'));
  // A secondary of a global datastore takes the encryption the global group has, which the input does not show unless set here.
  if (!isSet(v, 'global_replication_group_id')) return common;
  return {
    ...common,
    atRestEncryptionEnabled: isSet(v, 'at_rest_encryption_enabled') ? common.atRestEncryptionEnabled : undefined,
    ...(isSet(v, 'transit_encryption_enabled') ? {} : { transitEncryptionEnabled: undefined, transitEncryptionMode: undefined }),
  };
}

function replicationGroup(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const common = replicationGroupSettings(ctx, r, v);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.elasticache.replication-group',
    name: v.str('replication_group_id') ?? r.address,
    config: {
      ...common,
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      automaticFailover: v.bool('automatic_failover_enabled', false) ?? undefined,
      multiAz: v.bool('multi_az_enabled', false) ?? undefined,
    },
  });
}

function cacheCluster(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const groupId = ctx.idOrRef(r, 'replication_group_id', ['aws_elasticache_replication_group']);
  // A member has its group's encryption, authentication and backups: unknown when the group is outside the input.
  const group = groupId ? ctx.parent(r, 'replication_group_id', ['aws_elasticache_replication_group'], ['replication_group_id', 'id']) : undefined;
  const member = groupId === null ? undefined : group ? replicationGroupSettings(ctx, group, readerOf(group)) : null;
  const own = member === undefined && groupId === null
    // Terraform cannot turn on encryption at rest or AUTH for a stand-alone cache cluster: the service reports both off.
    ? cacheCommon(ctx, r, v, v.str('engine'), false, false)
    : undefined;
  const unknown = { engine: undefined, atRestEncryptionEnabled: undefined, transitEncryptionEnabled: undefined, transitEncryptionMode: undefined, authTokenEnabled: undefined, snapshotRetentionDays: undefined, securityGroupIds: undefined, subnetGroupName: undefined, logDelivery: undefined };
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.elasticache.cluster',
    name: v.str('cluster_id') ?? r.address,
    config: { ...(own ?? member ?? unknown), replicationGroupId: groupId },
  });
}

// ---- OpenSearch -----------------------------------------------------------------------------

function openSearchDomain(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const legacy = r.type === 'aws_elasticsearch_domain';
  const policies = ctx.children(r, legacy ? 'aws_elasticsearch_domain_policy' : 'aws_opensearch_domain_policy', 'domain_name', ['domain_name']);
  const enc = v.block('encrypt_at_rest');
  const n2n = v.block('node_to_node_encryption');
  const endpoint = v.block('domain_endpoint_options');
  const logs = v.blocks('log_publishing_options');
  const fgac = v.block('advanced_security_options');
  const version = legacy ? v.str('elasticsearch_version', '1.5') : v.str('engine_version');
  // Without the block the option is off (the API default).
  const enabled = (b: Reader | null | undefined, path: string): boolean | undefined => {
    if (b !== null) return b?.bool('enabled') ?? undefined;
    v.markDefaulted(path);
    return false;
  };
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: policies, readers: endpoint ? [endpoint] : [] }),
    type: 'aws.opensearch.domain',
    name: v.str('domain_name') ?? r.address,
    config: {
      engineVersion: legacy && version ? `Elasticsearch_${version}` : version ?? undefined,
      encryptionAtRest: enabled(enc, 'encrypt_at_rest.enabled'),
      kmsKeyId: enc === null ? null : enc === undefined ? undefined : kmsRef(ctx, r, 'encrypt_at_rest.kms_key_id', enc.str('kms_key_id')),
      nodeToNodeEncryption: enabled(n2n, 'node_to_node_encryption.enabled'),
      // Without the block the service's own default applies, which the input does not show.
      enforceHttps: endpoint ? endpoint.bool('enforce_https', true) ?? undefined : undefined,
      tlsSecurityPolicy: endpoint?.str('tls_security_policy') ?? undefined,
      vpc: vpcPlacement(ctx, r, v, 'vpc_options'),
      accessPolicy: policyOf(policies[0] ? readerOf(policies[0]).str('access_policies') : v.str('access_policies')),
      enabledLogTypes: logs && allKnown(logs.map((l) => {
        const on = l.bool('enabled', true);
        const type = l.str('log_type');
        return on === undefined || !type ? undefined : { on, type };
      }))?.filter((l) => l.on).map((l) => l.type).sort(),
      fineGrainedAccessControl: fgac === null ? false : fgac?.bool('enabled') ?? undefined,
    },
  });
}

// ---- Redshift -------------------------------------------------------------------------------

/** `require_ssl` of the cluster's parameter group: the default group leaves it off; a group outside the input is unknown. */
function redshiftRequireSsl(ctx: MapContext, r: TfResource, v: Reader): boolean | undefined {
  const group = ctx.parent(r, 'cluster_parameter_group_name', ['aws_redshift_parameter_group'], ['name']);
  if (!group) {
    const name = v.str('cluster_parameter_group_name');
    return name === null || name?.startsWith('default.') ? false : undefined;
  }
  const params = readerOf(group).blocks('parameter');
  if (params === undefined) return undefined;
  const p = params.find((x) => x.str('name') === 'require_ssl');
  const value = p?.str('value');
  return !p ? false : value === undefined || value === null ? undefined : value.toLowerCase() === 'true';
}

function redshiftCluster(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const logging = ctx.children(r, 'aws_redshift_logging', 'cluster_identifier', ['cluster_identifier']);
  const log = logging[0] ? readerOf(logging[0]) : v.block('logging');
  const logOn = logging[0] ? true : log?.bool('enable', false);
  const destination = log?.str('log_destination_type', 's3');
  const group = ctx.parent(r, 'cluster_subnet_group_name', ['aws_redshift_subnet_group'], ['name']);
  // A cluster restored from a snapshot has the snapshot's encryption unless a KMS key encrypts it.
  const restored = isSet(v, 'snapshot_identifier') || isSet(v, 'snapshot_arn');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: logging }),
    type: 'aws.redshift.cluster',
    name: v.str('cluster_identifier') ?? r.address,
    config: {
      // Not set: encrypted (the service default since 2025, the provider's since v6).
      encrypted: restored && !isSet(v, 'encrypted') ? (isSet(v, 'kms_key_id') ? true : undefined) : v.bool('encrypted', true) ?? undefined,
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      publiclyAccessible: v.bool('publicly_accessible', true) ?? undefined,
      vpcId: group ? vpcOfSubnets(ctx, group, 'subnet_ids') : undefined,
      securityGroupIds: ctx.idsOrRefs(r, 'vpc_security_group_ids', SECURITY_GROUPS),
      subnetGroupName: ctx.idOrRef(r, 'cluster_subnet_group_name', ['aws_redshift_subnet_group']),
      requireSsl: redshiftRequireSsl(ctx, r, v),
      auditLogging: log === null || logOn === false ? null : log === undefined || logOn === undefined || logOn === null || (destination !== 's3' && destination !== 'cloudwatch') ? undefined : { destinationType: destination, bucketName: destination === 's3' ? (refOrLiteral(ctx, logging[0] ?? r, logging[0] ? 'bucket_name' : 'logging.bucket_name', ['aws_s3_bucket'], log.str('bucket_name')) ?? KNOWN_AFTER_APPLY) : null },
      automatedSnapshotRetentionDays: v.num('automated_snapshot_retention_period', 1) ?? undefined,
      enhancedVpcRouting: v.bool('enhanced_vpc_routing', false) ?? undefined,
    },
  });
}

// ---- SNS, SQS, Secrets Manager --------------------------------------------------------------

const FEEDBACK_PROTOCOLS = ['application', 'firehose', 'http', 'lambda', 'sqs'];

/**
 * A declared subscription SNS confirms by itself: AWS endpoints and SMS. E-mail subscriptions wait for the
 * recipient to confirm, HTTP(S) ones for the endpoint, unless `endpoint_auto_confirms` says it does.
 */
function confirmedOnApply(v: Reader): boolean {
  const protocol = v.str('protocol');
  if (protocol === 'http' || protocol === 'https') return v.bool('endpoint_auto_confirms', false) === true;
  return protocol === 'sqs' || protocol === 'lambda' || protocol === 'firehose' || protocol === 'application' || protocol === 'sms';
}

function snsTopic(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const policies = ctx.children(r, 'aws_sns_topic_policy', 'arn', ['arn']);
  const confirmed = ctx.children(r, 'aws_sns_topic_subscription', 'topic_arn', ['arn']).map(readerOf).filter(confirmedOnApply);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: policies }),
    type: 'aws.sns.topic',
    name: v.str('name') ?? r.address,
    config: {
      kmsMasterKeyId: kmsRef(ctx, r, 'kms_master_key_id', v.str('kms_master_key_id')),
      // Not set: the default policy, which grants the owner account only.
      policy: policyOf(policies[0] ? readerOf(policies[0]).str('policy') : v.str('policy')),
      fifo: v.bool('fifo_topic', false) ?? undefined,
      deliveryStatusLogging: FEEDBACK_PROTOCOLS.filter((p) => isSet(v, `${p}_success_feedback_role_arn`) || isSet(v, `${p}_failure_feedback_role_arn`)),
      subscriptionsConfirmed: confirmed.length > 0 ? confirmed.length : undefined,
    },
  });
}

/** Not set: SQS encrypts a new queue that has no KMS key with SQS-owned keys (since 2022). */
function sqsManagedSse(v: Reader, managed: boolean | null | undefined, key: string | null | undefined): boolean | undefined {
  if (managed !== null) return managed;
  if (key !== null) return key === undefined ? undefined : false;
  v.markDefaulted('sqs_managed_sse_enabled');
  return true;
}

function sqsQueue(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const policies = ctx.children(r, 'aws_sqs_queue_policy', 'queue_url', ['id', 'url']);
  const key = kmsRef(ctx, r, 'kms_master_key_id', v.str('kms_master_key_id'));
  const managed = v.bool('sqs_managed_sse_enabled');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: policies }),
    type: 'aws.sqs.queue',
    name: v.str('name') ?? r.address,
    config: {
      kmsMasterKeyId: key,
      sqsManagedSseEnabled: sqsManagedSse(v, managed, key),
      policy: policyOf(policies[0] ? readerOf(policies[0]).str('policy') : v.str('policy')),
      fifo: v.bool('fifo_queue', false) ?? undefined,
    },
  });
}

/** Days of a `rate(N days)` (or hours) rotation schedule; null for a cron schedule. */
function rateDays(expression: string): number | null | undefined {
  if (/^\s*cron\(/i.test(expression)) return null;
  const hours = maxIntervalHours(expression, new Date(0));
  return hours === undefined ? undefined : hours / 24;
}

function secret(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const rotations = ctx.children(r, 'aws_secretsmanager_secret_rotation', 'secret_id', ['id', 'arn']);
  const policies = ctx.children(r, 'aws_secretsmanager_secret_policy', 'secret_arn', ['arn', 'id']);
  const rotation = rotations[0] ? readerOf(rotations[0]) : undefined;
  const rules = rotation?.block('rotation_rules');
  const days = rules?.num('automatically_after_days');
  const schedule = rules?.str('schedule_expression');
  const replicas = v.blocks('replica');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...rotations, ...policies] }),
    type: 'aws.secretsmanager.secret',
    name: v.str('name') ?? r.address,
    config: {
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      // Rotation is its own resource (provider v5): without one in the input the secret does not rotate.
      rotationEnabled: rotation !== undefined,
      createdDate: undefined,
      rotationLambdaArn: rotations[0] ? refOrLiteral(ctx, rotations[0], 'rotation_lambda_arn', ['aws_lambda_function'], rotation?.str('rotation_lambda_arn')) : null,
      rotationIntervalDays: !rotation ? null : rules === undefined || days === undefined || schedule === undefined ? undefined : rules === null ? null : days ?? (schedule ? rateDays(schedule) : null),
      rotationScheduleExpression: !rotation ? null : rules === null ? null : schedule,
      lastRotatedDate: undefined,
      policy: policyOf(policies[0] ? readerOf(policies[0]).str('policy') : v.str('policy')),
      replicaRegions: replicas && allKnown(replicas.map((b) => b.str('region'))),
    },
  });
}

// ---- API Gateway ----------------------------------------------------------------------------

const LOG_DESTINATIONS = ['aws_cloudwatch_log_group', 'aws_kinesis_firehose_delivery_stream'];
const LOGGING_LEVELS = ['OFF', 'ERROR', 'INFO'] as const;

function accessLogDestination(ctx: MapContext, r: TfResource, v: Reader): string | null | undefined {
  const settings = v.block('access_log_settings');
  return settings === null ? null : settings === undefined ? undefined : refOrLiteral(ctx, r, 'access_log_settings.destination_arn', LOG_DESTINATIONS, settings.str('destination_arn'));
}

function restApiStage(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const api = ctx.idOrRef(r, 'rest_api_id', ['aws_api_gateway_rest_api']);
  const methodSettings = ctx.children(r, 'aws_api_gateway_method_settings', 'stage_name', ['stage_name']).filter((m) => ctx.idOrRef(m, 'rest_api_id', ['aws_api_gateway_rest_api']) === api);
  const paths = methodSettings.map((m) => readerOf(m).str('method_path'));
  const all = methodSettings[paths.indexOf('*/*')];
  const settings = paths.includes(undefined) ? undefined : all ? readerOf(all).block('settings') : null;
  const cache = v.bool('cache_cluster_enabled', false);
  const acl = ctx.children(r, 'aws_wafv2_web_acl_association', 'resource_arn', ['arn']);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...methodSettings, ...acl], readers: settings ? [settings] : [] }),
    type: 'aws.apigateway.stage',
    name: v.str('stage_name') ?? r.address,
    config: {
      apiType: 'REST',
      apiId: api ?? undefined,
      accessLogDestinationArn: accessLogDestination(ctx, r, v),
      executionLoggingLevel: settings === undefined ? undefined : settings === null ? null : oneOf(settings.str('logging_level', 'OFF')?.toUpperCase(), LOGGING_LEVELS),
      cacheClusterEnabled: cache ?? undefined,
      cacheDataEncrypted: cache === false ? null : cache === undefined || settings === undefined ? undefined : settings === null ? false : settings.bool('cache_data_encrypted', false) ?? undefined,
      clientCertificateId: ctx.idOrRef(r, 'client_certificate_id', ['aws_api_gateway_client_certificate']),
      webAclArn: acl[0] ? ctx.idOrRef(acl[0], 'web_acl_arn', ['aws_wafv2_web_acl']) : null,
      tracingEnabled: v.bool('xray_tracing_enabled', false) ?? undefined,
    },
  });
}

function httpApiStage(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const api = ctx.parent(r, 'api_id', ['aws_apigatewayv2_api']);
  const apiType = api ? oneOf(readerOf(api).str('protocol_type'), ['HTTP', 'WEBSOCKET'] as const) : undefined;
  const route = v.block('default_route_settings');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { readers: route ? [route] : [] }),
    type: 'aws.apigateway.stage',
    name: v.str('name') ?? r.address,
    config: {
      apiType,
      apiId: ctx.idOrRef(r, 'api_id', ['aws_apigatewayv2_api']) ?? undefined,
      accessLogDestinationArn: accessLogDestination(ctx, r, v),
      // Execution logging exists for WebSocket APIs only.
      executionLoggingLevel: apiType === 'HTTP' ? null : apiType === undefined || route === undefined ? undefined : route === null ? null : oneOf(route.str('logging_level', 'OFF')?.toUpperCase(), LOGGING_LEVELS),
      cacheClusterEnabled: false,
      cacheDataEncrypted: null,
      clientCertificateId: apiType === 'HTTP' ? null : ctx.idOrRef(r, 'client_certificate_id', ['aws_api_gateway_client_certificate']),
      webAclArn: null,
      tracingEnabled: false,
    },
  });
}

// ---- Lambda ---------------------------------------------------------------------------------

/** One `aws_lambda_permission` as the statement `GetPolicy` shows for it; undefined while a part is unknown. */
function permissionStatement(ctx: MapContext, p: TfResource, functionId: string): PolicyStatement | undefined {
  const v = readerOf(p);
  const principal = v.str('principal');
  const action = v.str('action');
  // A source ARN known only after apply (another resource's ARN) still restricts the grant.
  const arn = v.str('source_arn');
  const sourceArn = arn === undefined && p.refs.source_arn?.length ? (refOrLiteral(ctx, p, 'source_arn', undefined, undefined) ?? KNOWN_AFTER_APPLY) : arn;
  const sourceAccount = v.str('source_account');
  const urlAuth = v.str('function_url_auth_type');
  if (!principal || !action || sourceArn === undefined || sourceAccount === undefined || urlAuth === undefined) return undefined;
  const condition: Record<string, Record<string, string>> = {};
  if (sourceArn !== null) condition.ArnLike = { 'AWS:SourceArn': sourceArn };
  if (sourceAccount !== null) condition.StringEquals = { 'AWS:SourceAccount': sourceAccount };
  if (urlAuth !== null) condition.StringEquals = { ...condition.StringEquals, 'lambda:FunctionUrlAuthType': urlAuth };
  return {
    Sid: v.str('statement_id') ?? p.name,
    Effect: 'Allow',
    Principal: principal === '*' ? '*' : /\.amazonaws\.com$/.test(principal) ? { Service: principal } : { AWS: principal },
    Action: action,
    Resource: functionId,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
}

/** Names of the environment variables (their values may be secrets and are never read); undefined when the map is unknown. */
function variableNames(env: Reader | null): string[] | undefined {
  const variables = env?.raw('variables');
  if (variables === undefined || variables === null) return [];
  if (variables === UNKNOWN || typeof variables !== 'object' || Array.isArray(variables)) return undefined;
  return Object.keys(variables).sort();
}

/** `logging_config.log_group`, else the default `/aws/lambda/<function name>`. */
function logGroupOf(logging: Reader | null | undefined, name: string | null | undefined): string | undefined {
  const group = logging === undefined ? undefined : logging === null ? null : logging.str('log_group');
  if (group !== null) return group;
  return name ? `/aws/lambda/${name}` : undefined;
}

function lambdaFunction(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const keys = ['function_name', 'arn'];
  const permissions = ctx.children(r, 'aws_lambda_permission', 'function_name', keys);
  const urls = ctx.children(r, 'aws_lambda_function_url', 'function_name', keys);
  const packageType = oneOf(v.str('package_type', 'Zip'), ['Zip', 'Image'] as const);
  const env = v.block('environment');
  const tracing = v.block('tracing_config');
  const logging = v.block('logging_config');
  const name = v.str('function_name');
  const statements = permissions.map((p) => permissionStatement(ctx, p, ctx.id(r)));
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...permissions, ...urls] }),
    type: 'aws.lambda.function',
    name: name ?? r.address,
    config: {
      runtime: packageType === 'Image' ? null : v.str('runtime') ?? undefined,
      packageType,
      kmsKeyArn: kmsRef(ctx, r, 'kms_key_arn', v.str('kms_key_arn')),
      // Names only: the values may be secrets and never leave the input.
      environmentVariableNames: env === undefined ? undefined : variableNames(env),
      vpc: vpcPlacement(ctx, r, v, 'vpc_config'),
      tracingMode: tracing === null ? 'PassThrough' : tracing?.str('mode') ?? undefined,
      logGroup: logGroupOf(logging, name),
      functionUrlAuthType: urls.length === 0 ? null : oneOf(readerOf(urls[0] as TfResource).str('authorization_type'), ['NONE', 'AWS_IAM'] as const),
      policy: permissions.length === 0 ? null : allKnown(statements) && { Version: '2012-10-17', Statement: statements as PolicyStatement[] },
    },
  });
}

// ---- SageMaker ------------------------------------------------------------------------------

/** `Enabled` / `Disabled` as a boolean; the provider's (and the API's) default is `Enabled`. */
const enabledFlag = (v: Reader, attr: string): boolean | undefined => {
  const flag = oneOf(v.str(attr, 'Enabled'), ['Enabled', 'Disabled'] as const);
  return flag === undefined ? undefined : flag === 'Enabled';
};

function sageMakerNotebook(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.sagemaker.notebook-instance',
    name: v.str('name') ?? r.address,
    config: {
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      directInternetAccess: enabledFlag(v, 'direct_internet_access'),
      rootAccess: enabledFlag(v, 'root_access'),
      subnetId: ctx.idOrRef(r, 'subnet_id', SUBNETS),
      securityGroupIds: ctx.idsOrRefs(r, 'security_groups', SECURITY_GROUPS),
    },
  });
}

export const AWS_SERVICE_MAPPERS = {
  aws_elb: classicLoadBalancer,
  aws_eks_cluster: eksCluster,
  aws_elasticache_replication_group: replicationGroup,
  aws_elasticache_cluster: cacheCluster,
  aws_opensearch_domain: openSearchDomain,
  aws_elasticsearch_domain: openSearchDomain,
  aws_redshift_cluster: redshiftCluster,
  aws_sns_topic: snsTopic,
  aws_sqs_queue: sqsQueue,
  aws_secretsmanager_secret: secret,
  aws_api_gateway_stage: restApiStage,
  aws_apigatewayv2_stage: httpApiStage,
  aws_lambda_function: lambdaFunction,
  aws_sagemaker_notebook_instance: sageMakerNotebook,
};

/** Split resources joined into the service types above. */
export const AWS_SERVICE_JOINED: Readonly<Record<string, string>> = {
  aws_load_balancer_listener_policy: 'aws_elb',
  aws_load_balancer_policy: 'aws_elb',
  aws_opensearch_domain_policy: 'aws_opensearch_domain',
  aws_elasticsearch_domain_policy: 'aws_elasticsearch_domain',
  aws_redshift_parameter_group: 'aws_redshift_cluster',
  aws_redshift_logging: 'aws_redshift_cluster',
  aws_sns_topic_policy: 'aws_sns_topic',
  aws_sns_topic_subscription: 'aws_sns_topic',
  aws_sqs_queue_policy: 'aws_sqs_queue',
  aws_secretsmanager_secret_rotation: 'aws_secretsmanager_secret',
  aws_secretsmanager_secret_policy: 'aws_secretsmanager_secret',
  aws_api_gateway_method_settings: 'aws_api_gateway_stage',
  aws_wafv2_web_acl_association: 'aws_api_gateway_stage',
  aws_lambda_permission: 'aws_lambda_function',
  aws_lambda_function_url: 'aws_lambda_function',
};
