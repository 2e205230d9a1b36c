import type { Resource } from '../../../src/model/resource.js';
import { BACKUP_DEFAULT_SCHEDULE } from '../../../src/model/aws/backup.js';
import { routeTargetKind } from '../../../src/model/aws/network.js';
import { ADMINISTRATOR_ACCESS_ARN, fullAdminStatements } from '../../../src/model/aws/iam-policy.js';
import type { BackupPlanRule, BackupSelection, BackupTagCondition, NetworkAclEntry, Route, RouteTargetKind, SecurityGroupRule } from '../../../src/model/types/aws/index.js';
import { UNKNOWN, type TfResource } from '../model.js';
import { allKnown, type Reader, readerOf } from '../reader.js';
import { aws, KNOWN_AFTER_APPLY, kmsRef, policyOf, refOrLiteral } from './aws-common.js';
import { AWS_IDENTITY_JOINED, AWS_IDENTITY_MAPPERS } from './aws-identity.js';
import { AWS_LOGGING_JOINED, AWS_LOGGING_MAPPERS, cloudFrontLogging, sortedStrings, trailSelectorsOf } from './aws-logging.js';
import { AWS_SERVICE_JOINED, AWS_SERVICE_MAPPERS } from './aws-services.js';
import { iacResource, type MapContext } from './context.js';

/**
 * Terraform AWS resources -> the canonical AWS types the live adapter fills. Split resources
 * (`aws_s3_bucket_versioning`, `aws_vpc_security_group_ingress_rule`, ...) are joined into their
 * parent here, once, so no check ever sees the split. Defaults are the AWS provider's (v5) and
 * are recorded in `source.defaulted`.
 */
export type AwsMapper = (r: TfResource, ctx: MapContext) => Resource | readonly Resource[] | undefined;

// ---- S3 -------------------------------------------------------------------------------------

const BUCKET_KEYS = ['bucket', 'id'];

function s3Bucket(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const child = (type: string) => ctx.children(r, type, 'bucket', BUCKET_KEYS);
  const sse = child('aws_s3_bucket_server_side_encryption_configuration');
  const pol = child('aws_s3_bucket_policy');
  const ver = child('aws_s3_bucket_versioning');
  const pab = child('aws_s3_bucket_public_access_block');
  const log = child('aws_s3_bucket_logging');
  const lock = child('aws_s3_bucket_object_lock_configuration');
  const related = [...sse, ...pol, ...ver, ...pab, ...log, ...lock];

  // Encryption: the separate resource wins over the deprecated inline block; neither = SSE-S3 (the S3 default since 2023).
  const sseSrc = sse[0] ? readerOf(sse[0]) : v.block('server_side_encryption_configuration') ?? null;
  let defaultEncryption: Resource<'aws.s3.bucket'>['config']['defaultEncryption'];
  if (sseSrc === undefined) defaultEncryption = undefined;
  else if (sseSrc === null) {
    defaultEncryption = { algorithm: 'AES256', kmsKeyArn: null, bucketKeyEnabled: null };
    v.markDefaulted('defaultEncryption');
  } else {
    const rule = sseSrc.block('rule');
    const by = rule?.block('apply_server_side_encryption_by_default');
    const algorithm = by?.str('sse_algorithm');
    defaultEncryption = rule === undefined || by === undefined || algorithm === undefined || rule === null || by === null || algorithm === null
      ? undefined
      : { algorithm, kmsKeyArn: kmsRef(ctx, sse[0] ?? r, sse[0] ? 'rule.apply_server_side_encryption_by_default.kms_master_key_id' : 'server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.kms_master_key_id', by.str('kms_master_key_id')) ?? KNOWN_AFTER_APPLY, bucketKeyEnabled: rule.bool('bucket_key_enabled') ?? null };
  }

  const policyRaw = pol[0] ? readerOf(pol[0]).str('policy') : v.str('policy');
  const versioningBlock = ver[0] ? readerOf(ver[0]).block('versioning_configuration') : v.block('versioning');
  let versioning: 'Enabled' | 'Suspended' | 'Off' | undefined;
  let mfaDelete: boolean | undefined;
  if (versioningBlock === undefined) versioning = undefined;
  else if (versioningBlock === null) {
    versioning = 'Off';
    mfaDelete = false;
  } else if (ver[0]) {
    const s = versioningBlock.str('status');
    versioning = s === 'Enabled' || s === 'Suspended' ? s : s === 'Disabled' ? 'Off' : undefined;
    const m = versioningBlock.str('mfa_delete', 'Disabled');
    mfaDelete = m === undefined ? undefined : m === 'Enabled';
  } else {
    const e = versioningBlock.bool('enabled', false);
    versioning = e === undefined ? undefined : e ? 'Enabled' : 'Off';
    mfaDelete = versioningBlock.bool('mfa_delete', false) ?? undefined;
  }

  const pabV = pab[0] ? readerOf(pab[0]) : undefined;
  const pabFlag = (k: string) => pabV?.bool(k, false);
  const publicAccessBlock = !pabV
    ? null
    : [pabFlag('block_public_acls'), pabFlag('ignore_public_acls'), pabFlag('block_public_policy'), pabFlag('restrict_public_buckets')].some((x) => x === undefined)
      ? undefined
      : { blockPublicAcls: pabFlag('block_public_acls') === true, ignorePublicAcls: pabFlag('ignore_public_acls') === true, blockPublicPolicy: pabFlag('block_public_policy') === true, restrictPublicBuckets: pabFlag('restrict_public_buckets') === true };

  const logSrc = log[0] ? readerOf(log[0]) : v.block('logging');
  const logging = logSrc === undefined ? undefined : logSrc === null ? null : (() => {
    const target = logSrc.str('target_bucket');
    // A target set by reference (known after apply) is still logging on.
    const set = logSrc.raw('target_bucket') !== null && logSrc.raw('target_bucket') !== undefined;
    return target === null || !set ? (target === undefined ? undefined : null) : { targetBucket: refOrLiteral(ctx, log[0] ?? r, log[0] ? 'target_bucket' : 'logging.target_bucket', ['aws_s3_bucket'], target) ?? KNOWN_AFTER_APPLY, targetPrefix: logSrc.str('target_prefix') ?? '' };
  })();

  const lockEnabled = v.bool('object_lock_enabled', false);
  const lockSrc = lock[0] ? readerOf(lock[0]) : v.block('object_lock_configuration');
  let objectLock: Resource<'aws.s3.bucket'>['config']['objectLock'];
  if (lockSrc === undefined) objectLock = undefined;
  else if (lockSrc === null && lockEnabled === false) objectLock = null;
  else if (lockSrc === null) objectLock = lockEnabled === undefined ? undefined : { mode: null, days: null, years: null };
  else {
    const ret = lockSrc.block('rule')?.block('default_retention');
    if (ret === undefined) objectLock = undefined;
    else if (ret === null) objectLock = { mode: null, days: null, years: null };
    else {
      const mode = ret.str('mode');
      const [days, years] = [ret.num('days'), ret.num('years')];
      objectLock = mode === undefined || days === undefined || years === undefined ? undefined : { mode: mode === 'COMPLIANCE' || mode === 'GOVERNANCE' ? mode : null, days, years };
    }
  }

  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related }),
    type: 'aws.s3.bucket',
    name: v.str('bucket'),
    config: { defaultEncryption, policy: policyOf(policyRaw), versioning, mfaDelete, objectLock, publicAccessBlock, logging },
  });
}

function s3AccountPab(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const flags = ['block_public_acls', 'ignore_public_acls', 'block_public_policy', 'restrict_public_buckets'].map((k) => v.bool(k, false));
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.s3.account-public-access-block',
    name: 'account public access block',
    config: { publicAccessBlock: flags.some((x) => x === undefined) ? undefined : { blockPublicAcls: flags[0] === true, ignorePublicAcls: flags[1] === true, blockPublicPolicy: flags[2] === true, restrictPublicBuckets: flags[3] === true } },
  });
}

// ---- EC2 ------------------------------------------------------------------------------------

function ebsVolume(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const attachments = ctx.children(r, 'aws_volume_attachment', 'volume_id', ['id']);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [] }),
    type: 'aws.ec2.volume',
    name: r.address,
    region: regionOfAz(v.str('availability_zone')) ?? r.region,
    config: {
      encrypted: v.bool('encrypted', false) ?? undefined,
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      state: undefined,
      attachedInstanceIds: attachments.map((a) => ctx.idOrRef(a, 'instance_id', ['aws_instance'])).filter((x): x is string => typeof x === 'string'),
      snapshotId: v.str('snapshot_id'),
    },
  });
}

const regionOfAz = (az: string | null | undefined) => (az ? az.replace(/[a-z]$/, '') : undefined);

/** The region's `aws_ebs_encryption_by_default` in this input (same stack and region): whether it is on; undefined when the input does not hold it. */
function ebsEncryptionByDefault(ctx: MapContext, stack: string, region: string | undefined): boolean | undefined {
  const setting = ctx.ofType('aws_ebs_encryption_by_default').find((d) => d.stack === stack && d.region === region);
  return setting ? readerOf(setting).bool('enabled', true) ?? undefined : undefined;
}

/**
 * Whether a volume of the input will be encrypted, judged as aws-ec2-volume-encrypted judges the
 * volume itself: `encrypted = true`, or the region's encryption by default when the input holds it;
 * `false` as configured; left at the default with the region setting unknown, unknown. A snapshot
 * inherits this, so it is never more certain than its volume.
 */
function volumeWillBeEncrypted(volume: TfResource, ctx: MapContext): boolean | undefined {
  const set = readerOf(volume).bool('encrypted');
  if (set === true || set === undefined) return set;
  const byDefault = ebsEncryptionByDefault(ctx, volume.stack, regionOfAz(readerOf(volume).str('availability_zone')) ?? volume.region);
  if (byDefault !== undefined) return byDefault;
  return set === false ? false : undefined;
}

function ebsSnapshot(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  // A snapshot of a volume inherits its encryption (a volume outside the input: unknown); a copy sets it.
  const volume = r.type === 'aws_ebs_snapshot' ? ctx.parent(r, 'volume_id', ['aws_ebs_volume']) : undefined;
  const encrypted = r.type === 'aws_ebs_snapshot_copy' ? v.bool('encrypted', false) ?? undefined : v.bool('encrypted') ?? (volume ? volumeWillBeEncrypted(volume, ctx) : undefined);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.ec2.snapshot',
    name: r.address,
    config: { encrypted, kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')), volumeId: ctx.idOrRef(r, 'volume_id', ['aws_ebs_volume']), public: publicSharing(ctx, r, 'aws_snapshot_create_volume_permission', 'snapshot_id', 'account_id'), startTime: undefined },
  });
}

/** Terraform can only share with account ids; an `all` group grant is not expressible, so public is false unless a grant names `all`. */
function publicSharing(ctx: MapContext, r: TfResource, grantType: string, attr: string, accountAttr: string): boolean | undefined {
  const grants = ctx.children(r, grantType, attr, ['id']);
  if (grants.some((g) => g.values[accountAttr] === UNKNOWN)) return undefined;
  return grants.some((g) => g.values[accountAttr] === 'all');
}

function ebsDefault(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const key = ctx.ofType('aws_ebs_default_kms_key').find((k) => k.region === r.region && k.stack === r.stack);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: key ? [key] : [] }),
    type: 'aws.ec2.ebs-encryption-default',
    name: `EBS encryption by default (${r.region ?? 'provider region'})`,
    config: { enabled: v.bool('enabled', true) ?? undefined, kmsKeyId: key ? kmsRef(ctx, key, 'key_arn', readerOf(key).str('key_arn')) : null },
  });
}

const VPC_TYPES = ['aws_vpc', 'aws_default_vpc'];

/**
 * A VPC, and for one this input creates (`aws_vpc`) the three things AWS creates with it when
 * the input does not manage them itself: the main route table (the local route only), the
 * default network ACL (all traffic in and out) and the default security group (all traffic
 * from its own members, all traffic out). Interfaces and subnets the input leaves to those
 * defaults then have them, as they will once applied; each is marked as defaulted at the VPC.
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html,
 * https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#MainRouteTable
 */
function vpc(r: TfResource, ctx: MapContext): Resource[] {
  const v = readerOf(r);
  const logs = ctx.children(r, 'aws_flow_log', 'vpc_id', ['id']);
  const cidr = v.str('cidr_block');
  const self = iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: logs }),
    type: 'aws.ec2.vpc',
    name: v.map('tags')?.Name ?? r.address,
    config: {
      cidrBlock: cidr ?? undefined,
      isDefault: r.type === 'aws_default_vpc',
      flowLogs: logs.map((l) => {
        const lv = readerOf(l);
        return { id: ctx.id(l), trafficType: lv.str('traffic_type') ?? 'UNKNOWN', destinationType: lv.str('log_destination_type', 'cloud-watch-logs') ?? 'cloud-watch-logs', status: 'ACTIVE' };
      }),
    },
  });
  if (r.type !== 'aws_vpc') return [self];
  const implied = <T extends 'aws.ec2.route-table' | 'aws.ec2.network-acl' | 'aws.ec2.security-group'>(suffix: string, type: T, name: string, config: Resource<T>['config'], path: string): Resource<T> => {
    const base = iacResource(ctx, r, { ...aws(ctx, r, v), type, name: `${self.name} ${name}`, tags: {}, config });
    const source = base.source.kind === 'iac' ? { ...base.source, defaulted: [path] } : base.source;
    return { ...base, id: `${self.id}#${suffix}`, source };
  };
  const out: Resource[] = [self];
  const declares = (type: string, attr: string) => ctx.ofType(type).some((x) => (x.refs[attr] ?? []).includes(r.configAddress));
  if (!declares('aws_default_route_table', 'default_route_table_id') && !ctx.ofType('aws_main_route_table_association').some((a) => ctx.parent(a, 'vpc_id', VPC_TYPES) === r)) {
    const local: Route[] = cidr ? [{ destination: cidr, destinationPrefixListId: null, targetKind: 'local', targetId: 'local', state: 'active' }] : [];
    out.push(implied('main-route-table', 'aws.ec2.route-table', 'main route table', { vpcId: self.id, main: true, subnetIds: [], routes: cidr === undefined ? undefined : local }, 'config.routes'));
  }
  if (!declares('aws_default_network_acl', 'default_network_acl_id')) {
    const any = (ruleNumber: number, egress: boolean, action: 'allow' | 'deny'): NetworkAclEntry => ({ ruleNumber, egress, action, protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null });
    const entries = [any(100, false, 'allow'), any(32767, false, 'deny'), any(100, true, 'allow'), any(32767, true, 'deny')];
    out.push(implied('default-network-acl', 'aws.ec2.network-acl', 'default network ACL', { vpcId: self.id, isDefault: true, entries, subnetIds: unclaimedSubnets(r, ctx) }, 'config.entries'));
  }
  if (!ctx.ofType('aws_default_security_group').some((g) => ctx.parent(g, 'vpc_id', VPC_TYPES) === r)) {
    const id = `${self.id}#default-security-group`;
    const all = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [], ...over });
    out.push(implied('default-security-group', 'aws.ec2.security-group', 'default security group', { groupName: 'default', vpcId: self.id, isDefault: true, ingress: [all({ sourceGroupIds: [id] })], egress: [all({ ipv4Ranges: ['0.0.0.0/0'] })], attachedTo: undefined }, 'config.ingress'));
  }
  return out;
}

/** Subnets of a VPC no declared network ACL claims: the VPC's default ACL serves them. undefined when a claim cannot be resolved. */
function unclaimedSubnets(vpcRes: TfResource, ctx: MapContext): string[] | undefined {
  const claimed = new Set<string>();
  for (const acl of ctx.ofType('aws_network_acl')) {
    const ids = ctx.idsOrRefs(acl, 'subnet_ids', ['aws_subnet']);
    if (ids === undefined) return undefined;
    for (const id of ids) claimed.add(id);
  }
  for (const a of ctx.ofType('aws_network_acl_association')) {
    const id = ctx.idOrRef(a, 'subnet_id', ['aws_subnet']);
    if (id === undefined) return undefined;
    if (id) claimed.add(id);
  }
  return ctx.children(vpcRes, 'aws_subnet', 'vpc_id', ['id']).map((x) => ctx.id(x)).filter((id) => !claimed.has(id)).sort();
}

function subnet(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.ec2.subnet',
    name: v.map('tags')?.Name ?? r.address,
    config: {
      vpcId: ctx.idOrRef(r, 'vpc_id', ['aws_vpc', 'aws_default_vpc']) ?? undefined,
      cidrBlock: v.str('cidr_block') ?? undefined,
      availabilityZone: v.str('availability_zone') ?? undefined,
      mapPublicIpOnLaunch: v.bool('map_public_ip_on_launch', false) ?? undefined,
      assignIpv6AddressOnCreation: v.bool('assign_ipv6_address_on_creation', false) ?? undefined,
      routesToInternetGateway: routesToIgw(r, ctx),
    },
  });
}

/** Follow aws_route_table_association -> aws_route_table (inline routes and aws_route) -> aws_internet_gateway. */
function routesToIgw(sub: TfResource, ctx: MapContext): boolean | undefined {
  const assoc = ctx.children(sub, 'aws_route_table_association', 'subnet_id', ['id']);
  if (assoc.length === 0) return undefined; // the VPC's main route table decides, not visible here
  let unknown = false;
  for (const a of assoc) {
    const table = ctx.parent(a, 'route_table_id', ['aws_route_table']);
    if (!table) {
      unknown = true;
      continue;
    }
    const inline = readerOf(table).blocks('route');
    const routes = [...(inline ?? []).map((x) => ({ r: table, v: x, attr: 'route' })), ...ctx.children(table, 'aws_route', 'route_table_id', ['id']).map((x) => ({ r: x, v: readerOf(x), attr: 'gateway_id' }))];
    if (inline === undefined) unknown = true;
    for (const route of routes) {
      const dest = route.v.str('cidr_block') ?? route.v.str('destination_cidr_block') ?? route.v.str('ipv6_cidr_block') ?? route.v.str('destination_ipv6_cidr_block');
      if (dest !== '0.0.0.0/0' && dest !== '::/0') continue;
      const gw = route.v.str('gateway_id');
      const viaRef = (route.r.refs[route.attr === 'route' ? 'route.gateway_id' : 'gateway_id'] ?? []).some((x) => /aws_internet_gateway\./.test(x));
      if (viaRef || (typeof gw === 'string' && gw.startsWith('igw-'))) return true;
      if (gw === undefined) unknown = true;
    }
  }
  return unknown ? undefined : false;
}

/** Route target attributes (aws_route and inline `route` blocks) and the Terraform types they reference. */
const ROUTE_TARGETS: readonly (readonly [attr: string, types: Readonly<Record<string, RouteTargetKind>>])[] = [
  ['vpc_peering_connection_id', { aws_vpc_peering_connection: 'vpc-peering' }],
  ['transit_gateway_id', { aws_ec2_transit_gateway: 'transit-gateway' }],
  ['nat_gateway_id', { aws_nat_gateway: 'nat-gateway' }],
  ['egress_only_gateway_id', { aws_egress_only_internet_gateway: 'egress-only-internet-gateway' }],
  ['gateway_id', { aws_internet_gateway: 'internet-gateway', aws_vpn_gateway: 'vpn-gateway' }],
  ['network_interface_id', { aws_network_interface: 'network-interface' }],
  ['vpc_endpoint_id', { aws_vpc_endpoint: 'vpc-endpoint' }],
  ['local_gateway_id', {}],
  ['carrier_gateway_id', {}],
  ['core_network_arn', {}],
];

/** One route; `refsOf(attr)` gives the resources an unknown target attribute refers to. undefined when a part stays unknown. */
function routeFrom(v: Reader, refsOf: (attr: string) => readonly TfResource[] | undefined, ctx: MapContext): Route | undefined {
  const dests = ['cidr_block', 'destination_cidr_block', 'ipv6_cidr_block', 'destination_ipv6_cidr_block'].map((a) => v.str(a));
  const prefixList = v.str('destination_prefix_list_id');
  if (dests.includes(undefined) || prefixList === undefined) return undefined;
  const destination = dests.find((d) => typeof d === 'string') ?? null;
  for (const [attr, types] of ROUTE_TARGETS) {
    const value = v.str(attr);
    if (value === null) continue;
    if (typeof value === 'string') return { destination, destinationPrefixListId: prefixList, targetKind: routeTargetKind(value), targetId: value, state: 'active' };
    const target = refsOf(attr)?.find((x) => x.type in types);
    if (!target) return undefined;
    return { destination, destinationPrefixListId: prefixList, targetKind: types[target.type] ?? 'other', targetId: ctx.id(target), state: 'active' };
  }
  return undefined;
}

/**
 * A route table: inline `route` blocks and `aws_route`s, subnets from `aws_route_table_association`,
 * and whether it is the VPC's main table (`aws_default_route_table` unless an
 * `aws_main_route_table_association` names another, or that association names this one).
 */
function routeTable(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const isDefault = r.type === 'aws_default_route_table';
  const vpcRes = isDefault ? ctx.parent(r, 'default_route_table_id', VPC_TYPES) : ctx.parent(r, 'vpc_id', VPC_TYPES);
  const vpcId = vpcRes ? ctx.id(vpcRes) : isDefault ? undefined : (ctx.idOrRef(r, 'vpc_id', VPC_TYPES) ?? undefined);
  const inline = v.blocks('route');
  const separate = ctx.children(r, 'aws_route', 'route_table_id', ['id']);
  const inlineRefs = (b: Reader) => (attr: string) => {
    const unknown = (inline ?? []).filter((x) => x.str(attr) === undefined);
    return unknown.length === 1 && unknown[0] === b ? (r.refs[`route.${attr}`] ?? []).flatMap((a) => ctx.instancesFor(r, a)) : undefined;
  };
  const routes = inline === undefined ? undefined : allKnown([
    ...inline.map((b) => routeFrom(b, inlineRefs(b), ctx)),
    ...separate.map((x) => routeFrom(readerOf(x), (attr) => (x.refs[attr] ?? []).flatMap((a) => ctx.instancesFor(x, a)), ctx)),
  ]);
  const assoc = ctx.children(r, 'aws_route_table_association', 'route_table_id', ['id']).filter((a) => readerOf(a).str('gateway_id') === null);
  const subnetIds = allKnown(assoc.map((a) => ctx.idOrRef(a, 'subnet_id', ['aws_subnet'])));
  const mainAssoc = ctx.ofType('aws_main_route_table_association');
  const main = mainAssoc.some((a) => ctx.parent(a, 'route_table_id', ['aws_route_table', 'aws_default_route_table']) === r) || (isDefault && !mainAssoc.some((a) => vpcRes !== undefined && ctx.parent(a, 'vpc_id', VPC_TYPES) === vpcRes));
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...separate, ...assoc] }),
    type: 'aws.ec2.route-table',
    name: v.map('tags')?.Name ?? r.address,
    config: { vpcId, main, subnetIds: subnetIds?.sort(), routes },
  });
}

const PROTOCOL_NAMES: Readonly<Record<string, string>> = { '6': 'tcp', '17': 'udp', '1': 'icmp', all: '-1', '-1': '-1' };
const protocolOf = (p: string) => PROTOCOL_NAMES[p.toLowerCase()] ?? p.toLowerCase();

const SG_TYPES = ['aws_security_group', 'aws_default_security_group'];

/**
 * The resources an attribute of one nested block refers to. Nested blocks share one refs entry
 * per attribute path (`ingress.security_groups`), so the refs belong to a block only when it is
 * the one block of its list that leaves the attribute unknown; otherwise undefined.
 */
function nestedRefs(r: TfResource, path: string, blocks: readonly Reader[], block: Reader, attr: string, types: readonly string[], ctx: MapContext): string[] | undefined {
  const unknown = blocks.filter((b) => b.strings(attr) === undefined);
  if (unknown.length !== 1 || unknown[0] !== block) return undefined;
  const ids = (r.refs[`${path}.${attr}`] ?? []).flatMap((a) => ctx.instancesFor(r, a, types).map((x) => ctx.id(x)));
  return ids.length > 0 ? [...new Set(ids)].sort() : undefined;
}

/**
 * One security group rule. `owner` is the group (for `self = true`); `inline` the sibling blocks
 * of an inline rule (to place references). Any part that stays unknown leaves the rule unknown.
 */
function sgRuleFrom(v: Reader, shape: 'inline' | 'rule' | 'vpc-rule', ctx: MapContext, r: TfResource, owner: TfResource, inline?: { path: string; blocks: readonly Reader[] }): SecurityGroupRule | undefined {
  const rawProto = shape === 'vpc-rule' ? v.str('ip_protocol') : v.str('protocol');
  if (rawProto === undefined || rawProto === null) return undefined;
  const protocol = protocolOf(rawProto);
  const all = protocol === '-1';
  const from = v.num('from_port');
  const to = v.num('to_port');
  if (!all && (from === undefined || to === undefined)) return undefined;
  const ipv4 = shape === 'vpc-rule' ? v.strings('cidr_ipv4') : v.strings('cidr_blocks');
  const ipv6 = shape === 'vpc-rule' ? v.strings('cidr_ipv6') : v.strings('ipv6_cidr_blocks');
  if (ipv4 === undefined || ipv6 === undefined) return undefined;
  let groups: string[];
  if (shape === 'inline') {
    const listed = v.strings('security_groups') ?? (inline ? nestedRefs(owner, inline.path, inline.blocks, v, 'security_groups', SG_TYPES, ctx) : undefined);
    if (listed === undefined) return undefined;
    groups = [...listed];
  } else {
    const attr = shape === 'vpc-rule' ? 'referenced_security_group_id' : 'source_security_group_id';
    const ref = ctx.idOrRef(r, attr, SG_TYPES);
    if (ref === undefined) return undefined;
    groups = ref === null ? [] : [ref];
  }
  // `self = true`: the group's own members are a source.
  const self = shape === 'vpc-rule' ? false : v.bool('self', false);
  if (self === undefined || self === null) return undefined;
  if (self) groups.push(ctx.id(owner));
  const prefixes = shape === 'vpc-rule' ? [v.str('prefix_list_id')].filter((x): x is string => typeof x === 'string') : v.strings('prefix_list_ids') ?? [];
  const description = v.str('description');
  return {
    protocol,
    fromPort: all || from === -1 ? null : from ?? null,
    toPort: all || to === -1 ? null : to ?? null,
    ipv4Ranges: ipv4,
    ipv6Ranges: ipv6,
    sourceGroupIds: [...new Set(groups)],
    prefixListIds: prefixes,
    ...(description ? { description } : {}),
  };
}

function securityGroup(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const isDefault = r.type === 'aws_default_security_group';
  const related: TfResource[] = [];
  const rules = (direction: 'ingress' | 'egress'): SecurityGroupRule[] | undefined => {
    const out: (SecurityGroupRule | undefined)[] = [];
    for (const c of ctx.children(r, `aws_vpc_security_group_${direction}_rule`, 'security_group_id', ['id'])) {
      related.push(c);
      out.push(sgRuleFrom(readerOf(c), 'vpc-rule', ctx, c, r));
    }
    for (const c of ctx.children(r, 'aws_security_group_rule', 'security_group_id', ['id'])) {
      const type = readerOf(c).str('type');
      if (type !== direction && type !== undefined) continue;
      if (!related.includes(c)) related.push(c);
      // A rule whose direction is known only after apply may be this one.
      out.push(type === undefined ? undefined : sgRuleFrom(readerOf(c), 'rule', ctx, c, r));
    }
    // Planned rules win over a configuration that does not list them (a `dynamic` block, older Terraform); see Reader.
    const inline = v.blocks(direction);
    if (inline === undefined) return undefined;
    return allKnown([...inline.map((b) => sgRuleFrom(b, 'inline', ctx, r, r, { path: direction, blocks: inline })), ...out]);
  };
  const ingress = rules('ingress');
  const egress = rules('egress');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related }),
    type: 'aws.ec2.security-group',
    name: v.str('name') ?? (isDefault ? 'default' : r.address),
    config: { groupName: isDefault ? 'default' : v.str('name') ?? undefined, vpcId: ctx.idOrRef(r, 'vpc_id', ['aws_vpc', 'aws_default_vpc']), isDefault, ingress, egress, attachedTo: undefined },
  });
}

function networkAcl(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const related = ctx.children(r, 'aws_network_acl_rule', 'network_acl_id', ['id']);
  const entries: (NetworkAclEntry | undefined)[] = [];
  for (const egress of [false, true]) {
    const inline = v.blocks(egress ? 'egress' : 'ingress');
    if (inline === undefined) entries.push(undefined);
    for (const b of inline ?? []) entries.push(naclEntry(b, egress, 'rule_no', 'action'));
  }
  for (const c of related) {
    const cv = readerOf(c);
    const eg = cv.bool('egress', false);
    entries.push(eg === undefined || eg === null ? undefined : naclEntry(cv, eg, 'rule_number', 'rule_action'));
  }
  const isDefault = r.type === 'aws_default_network_acl';
  const vpcRes = isDefault ? ctx.parent(r, 'default_network_acl_id', VPC_TYPES) : undefined;
  const associations = ctx.children(r, 'aws_network_acl_association', 'network_acl_id', ['id']);
  // The default ACL also serves every subnet of its VPC that no other ACL claims.
  const listed = [ctx.idsOrRefs(r, 'subnet_ids', ['aws_subnet']), associations.map((a) => ctx.idOrRef(a, 'subnet_id', ['aws_subnet']) ?? undefined), vpcRes ? unclaimedSubnets(vpcRes, ctx) : []];
  const subnets = listed.every((l) => l !== undefined && l.every((x) => x !== undefined)) ? [...new Set((listed).flat())].sort() : undefined;
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...related, ...associations] }),
    type: 'aws.ec2.network-acl',
    name: v.map('tags')?.Name ?? r.address,
    config: {
      vpcId: (isDefault ? (vpcRes ? ctx.id(vpcRes) : undefined) : ctx.idOrRef(r, 'vpc_id', VPC_TYPES)) ?? undefined,
      isDefault,
      entries: allKnown(entries),
      subnetIds: subnets,
    },
  });
}

function naclEntry(b: Reader, egress: boolean, numberAttr: string, actionAttr: string): NetworkAclEntry | undefined {
  const ruleNumber = b.num(numberAttr);
  const action = b.str(actionAttr)?.toLowerCase();
  const protocol = b.str('protocol');
  if (ruleNumber == null || (action !== 'allow' && action !== 'deny') || protocol == null) return undefined;
  const p = protocol.toLowerCase() === 'all' ? '-1' : protocol;
  // Unknown until apply stays unknown: a CIDR read as absent would hide an allow-all entry.
  const [cidrBlock, ipv6CidrBlock, fromPort, toPort] = [b.str('cidr_block'), b.str('ipv6_cidr_block'), b.num('from_port'), b.num('to_port')];
  if (cidrBlock === undefined || ipv6CidrBlock === undefined || fromPort === undefined || toPort === undefined) return undefined;
  return { ruleNumber, egress, action, protocol: p, cidrBlock, ipv6CidrBlock, fromPort, toPort };
}

function instance(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const subnetRes = ctx.parent(r, 'subnet_id', ['aws_subnet']);
  const md = v.block('metadata_options');
  const tokens = md ? md.str('http_tokens') : undefined;
  const endpoint = md ? (md.str('http_endpoint', 'enabled') ?? 'enabled') : undefined;
  const assoc = v.bool('associate_public_ip_address');
  const subnetPublic = subnetRes ? readerOf(subnetRes).bool('map_public_ip_on_launch', false) : undefined;
  // The public address itself exists only after launch: an instance that will get one carries a placeholder.
  const willBePublic = assoc ?? subnetPublic;
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.ec2.instance',
    name: v.map('tags')?.Name ?? r.address,
    config: {
      state: 'running',
      associationCompliance: undefined,
      vpcId: subnetRes ? ctx.idOrRef(subnetRes, 'vpc_id', ['aws_vpc', 'aws_default_vpc']) : undefined,
      subnetId: ctx.idOrRef(r, 'subnet_id', ['aws_subnet']),
      securityGroupIds: ctx.idsOrRefs(r, 'vpc_security_group_ids', ['aws_security_group', 'aws_default_security_group']),
      publicIpAddress: willBePublic === undefined || willBePublic === null ? undefined : willBePublic ? '(public IP assigned at launch)' : null,
      metadataOptions: (tokens === 'required' || tokens === 'optional') && (endpoint === 'enabled' || endpoint === 'disabled') ? { httpTokens: tokens, httpEndpoint: endpoint } : undefined,
      iamInstanceProfileArn: v.str('iam_instance_profile'),
      imageId: v.str('ami') ?? undefined,
      platform: undefined,
      patchCompliance: undefined,
      ssmManaged: undefined,
    },
  });
}

function gateway(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const kind = r.type === 'aws_internet_gateway' ? 'internet-gateway' : r.type === 'aws_nat_gateway' ? 'nat-gateway' : 'vpc-peering';
  const vpcs = kind === 'vpc-peering'
    ? [ctx.idOrRef(r, 'vpc_id', VPC_TYPES), ctx.idOrRef(r, 'peer_vpc_id', VPC_TYPES)]
    : [ctx.idOrRef(r, 'vpc_id', VPC_TYPES)];
  const accepters = kind === 'vpc-peering' ? ctx.children(r, 'aws_vpc_peering_connection_accepter', 'vpc_peering_connection_id', ['id']) : [];
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: accepters }),
    type: 'aws.ec2.network-gateway',
    name: r.address,
    config: {
      kind, vpcIds: vpcs.some((x) => x === undefined) ? undefined : vpcs.filter((x): x is string => typeof x === 'string'),
      subnetId: kind === 'nat-gateway' ? ctx.idOrRef(r, 'subnet_id', ['aws_subnet']) : null,
      state: kind === 'vpc-peering' ? peeringState(v, accepters) : null,
    },
  });
}

/**
 * A connection is active once accepted: `auto_accept` on it (same account and region) or on an
 * `aws_vpc_peering_connection_accepter`. Otherwise it waits for the peer, outside this input.
 */
function peeringState(v: Reader, accepters: readonly TfResource[]): string | undefined {
  const accepted = [v.bool('auto_accept', false), ...accepters.map((a) => readerOf(a).bool('auto_accept', false))];
  if (accepted.includes(true)) return 'active';
  return accepted.includes(undefined) ? undefined : 'pending-acceptance';
}

// ---- RDS ------------------------------------------------------------------------------------

const TLS_PARAMS = ['rds.force_ssl', 'require_secure_transport'];

/** The TLS parameter from the parameter group the database names; a default group leaves the engine default (value null). */
function tlsParameter(db: TfResource, ctx: MapContext, attr: string, groupTypes: readonly string[], engine: string | null | undefined): Resource<'aws.rds.instance'>['config']['tlsParameter'] {
  const group = ctx.parent(db, attr, groupTypes, ['name', 'id']);
  if (engine === undefined || engine === null) return undefined;
  const name = /postgres|sqlserver/.test(engine) ? 'rds.force_ssl' : /mysql|mariadb/.test(engine) ? 'require_secure_transport' : null;
  if (name === null) return null;
  const groupName = readerOf(db).raw(attr);
  if (!group) {
    if (groupName === undefined || groupName === null || groupName === '' || (typeof groupName === 'string' && groupName.startsWith('default.'))) return { name, value: null };
    return undefined; // a group outside this configuration
  }
  const params = readerOf(group).blocks('parameter');
  if (params === undefined) return undefined;
  for (const p of params) {
    const n = p.str('name');
    if (n === undefined) return undefined;
    if (n && TLS_PARAMS.includes(n)) {
      const value = p.str('value');
      return value === undefined ? undefined : { name: n, value };
    }
  }
  return { name, value: null };
}

/** Subnets of the DB subnet group a database names; undefined when the group is not in this input (or unset: the default VPC's group). */
function dbSubnets(db: TfResource, ctx: MapContext): { group: TfResource | undefined; subnetIds: readonly string[] | undefined; vpcId: string | null | undefined } {
  const group = ctx.parent(db, 'db_subnet_group_name', ['aws_db_subnet_group'], ['name', 'id']);
  if (!group) return { group, subnetIds: undefined, vpcId: undefined };
  const subnetIds = ctx.idsOrRefs(group, 'subnet_ids', ['aws_subnet']);
  const first = ctx.parent(group, 'subnet_ids', ['aws_subnet']);
  return { group, subnetIds, vpcId: first ? ctx.idOrRef(first, 'vpc_id', VPC_TYPES) : undefined };
}

/**
 * `storage_encrypted` of an aws_db_instance or aws_rds_cluster, as the instance will be created:
 * the provider default (false) applies only to a fresh database. A restore (snapshot or point in
 * time), a replica or a secondary of a global cluster takes its source's encryption (a cluster
 * restore with a KMS key is encrypted), so without that source in the input it is unknown.
 */
function rdsStorageEncrypted(db: TfResource, ctx: MapContext, v: Reader = readerOf(db)): boolean | undefined {
  const cluster = db.type === 'aws_rds_cluster';
  const sources = [v.str('snapshot_identifier'), v.block('restore_to_point_in_time'), ...(cluster ? [v.str('replication_source_identifier'), v.str('global_cluster_identifier'), v.block('s3_import')] : [v.str('replicate_source_db')])];
  if (!sources.some((x) => x !== null && x !== undefined)) return sources.includes(undefined) ? undefined : (v.bool('storage_encrypted', false) ?? undefined);
  // Set, by value or by a reference known after apply.
  const kms = v.str('kms_key_id') !== null;
  if (cluster && kms) return true;
  const source = cluster ? undefined : ctx.parent(db, 'replicate_source_db', ['aws_db_instance'], ['identifier', 'arn']);
  if (source) return dbWillBeEncrypted(source, ctx);
  return !cluster && kms ? true : undefined;
}

/** The encryption an instance's data will have: an Aurora member's is its cluster's (unknown when the cluster is outside the input). */
function dbWillBeEncrypted(db: TfResource, ctx: MapContext): boolean | undefined {
  const cluster = readerOf(db).raw('cluster_identifier');
  if (cluster === undefined || cluster === null || cluster === '') return rdsStorageEncrypted(db, ctx);
  const parent = ctx.parent(db, 'cluster_identifier', ['aws_rds_cluster'], ['cluster_identifier', 'id']);
  return parent ? rdsStorageEncrypted(parent, ctx) : undefined;
}

function dbInstance(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const engine = v.str('engine');
  // A member of an Aurora cluster named by reference is still a member (its id is the cluster's phiscan id).
  const clusterId = ctx.idOrRef(r, 'cluster_identifier', ['aws_rds_cluster']);
  const net = dbSubnets(r, ctx);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: net.group ? [net.group] : [] }),
    type: 'aws.rds.instance',
    name: v.str('identifier') ?? r.address,
    config: {
      engine: engine ?? undefined,
      engineVersion: v.str('engine_version') ?? undefined,
      clusterId,
      storageEncrypted: rdsStorageEncrypted(r, ctx, v),
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      // The RDS API default when not set is 1 day (the console's 7 does not apply to Terraform).
      backupRetentionDays: v.num('backup_retention_period', 1) ?? undefined,
      publiclyAccessible: v.bool('publicly_accessible', false) ?? undefined,
      deletionProtection: v.bool('deletion_protection', false) ?? undefined,
      multiAz: v.bool('multi_az', false) ?? undefined,
      autoMinorVersionUpgrade: v.bool('auto_minor_version_upgrade', true) ?? undefined,
      vpcId: net.vpcId,
      subnetIds: net.subnetIds,
      securityGroupIds: ctx.idsOrRefs(r, 'vpc_security_group_ids', SG_TYPES),
      tlsParameter: tlsParameter(r, ctx, 'parameter_group_name', ['aws_db_parameter_group'], engine),
      logExports: sortedStrings(v.strings('enabled_cloudwatch_logs_exports')),
    },
  });
}

function rdsCluster(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const engine = v.str('engine', 'aurora-mysql');
  const net = dbSubnets(r, ctx);
  const members = ctx.children(r, 'aws_rds_cluster_instance', 'cluster_identifier', ['cluster_identifier', 'id']);
  const publicMembers = members.map((m) => readerOf(m).bool('publicly_accessible', false));
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...(net.group ? [net.group] : []), ...members] }),
    type: 'aws.rds.cluster',
    name: v.str('cluster_identifier') ?? r.address,
    config: {
      engine: engine ?? undefined,
      engineVersion: v.str('engine_version') ?? undefined,
      storageEncrypted: rdsStorageEncrypted(r, ctx, v),
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      backupRetentionDays: v.num('backup_retention_period', 1) ?? undefined,
      deletionProtection: v.bool('deletion_protection', false) ?? undefined,
      vpcId: net.vpcId,
      subnetIds: net.subnetIds,
      // Instances declared in this input; a cluster with none has no endpoint to reach.
      publiclyAccessible: publicMembers.includes(true) ? true : publicMembers.some((x) => x === undefined || x === null) ? undefined : false,
      securityGroupIds: ctx.idsOrRefs(r, 'vpc_security_group_ids', SG_TYPES),
      tlsParameter: tlsParameter(r, ctx, 'db_cluster_parameter_group_name', ['aws_rds_cluster_parameter_group'], engine),
      logExports: sortedStrings(v.strings('enabled_cloudwatch_logs_exports')),
    },
  });
}

function dbSnapshot(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const db = ctx.parent(r, 'db_instance_identifier', ['aws_db_instance'], ['identifier']);
  const shared = v.strings('shared_accounts');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.rds.snapshot',
    name: v.str('db_snapshot_identifier') ?? r.address,
    config: {
      // A snapshot has its database's encryption (`encrypted` is computed): never more certain than the database's own.
      encrypted: v.bool('encrypted') ?? (db ? dbWillBeEncrypted(db, ctx) : undefined),
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      public: shared === undefined ? undefined : shared.includes('all'),
      sourceId: ctx.idOrRef(r, 'db_instance_identifier', ['aws_db_instance']) ?? undefined,
      snapshotType: 'manual',
    },
  });
}

// ---- Storage, keys, logging ------------------------------------------------------------------

function dynamoTable(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const sse = v.block('server_side_encryption');
  const enabled = sse === null ? false : sse?.bool('enabled', false);
  const key = sse ? kmsRef(ctx, r, 'server_side_encryption.kms_key_arn', sse.str('kms_key_arn')) : null;
  const pitr = v.block('point_in_time_recovery');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.dynamodb.table',
    name: v.str('name') ?? r.address,
    config: {
      // Encryption with the AWS owned key unless enabled; enabled without a key ARN = the aws/dynamodb managed key.
      sseType: enabled === undefined || enabled === null ? undefined : !enabled ? 'AWS_OWNED' : key === undefined ? undefined : key === null ? 'AWS_MANAGED' : 'CUSTOMER_MANAGED',
      kmsKeyArn: enabled ? key : null,
      pointInTimeRecovery: pitr === null ? false : pitr?.bool('enabled', false) ?? undefined,
      deletionProtection: v.bool('deletion_protection_enabled', false) ?? undefined,
    },
  });
}

function efs(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const policies = ctx.children(r, 'aws_efs_backup_policy', 'file_system_id', ['id']);
  const status = policies[0] ? readerOf(policies[0]).block('backup_policy')?.str('status') : null;
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: policies }),
    type: 'aws.efs.file-system',
    name: v.map('tags')?.Name ?? r.address,
    config: { encrypted: v.bool('encrypted', false) ?? undefined, kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')), automaticBackups: status === null ? false : status === undefined ? undefined : status === 'ENABLED' },
  });
}

function kmsKey(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const external = r.type === 'aws_kms_external_key';
  const rotation = external ? false : v.bool('enable_key_rotation', false);
  const enabled = v.bool(external ? 'enabled' : 'is_enabled', true);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.kms.key',
    name: v.str('description') || r.address,
    config: {
      keyManager: 'CUSTOMER',
      keySpec: external ? 'SYMMETRIC_DEFAULT' : v.str('customer_master_key_spec', 'SYMMETRIC_DEFAULT') ?? undefined,
      keyUsage: v.str('key_usage', 'ENCRYPT_DECRYPT') ?? undefined,
      origin: external ? 'EXTERNAL' : v.str('custom_key_store_id') ? 'AWS_CLOUDHSM' : 'AWS_KMS',
      keyState: enabled === undefined || enabled === null ? undefined : enabled ? 'Enabled' : 'Disabled',
      rotationEnabled: rotation ?? undefined,
      rotationPeriodDays: rotation ? v.num('rotation_period_in_days', 365) : null,
      deletionDate: null,
      policy: policyOf(v.str('policy')),
    },
  });
}

function cloudtrail(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const selectors = v.blocks('event_selector');
  const advanced = v.blocks('advanced_event_selector');
  const dataResources = selectors?.map((s) => s.blocks('data_resource'));
  const dataEvents = dataResources === undefined || advanced === undefined ? undefined : advanced.length > 0 || dataResources.some((d) => d !== undefined && d.length > 0) ? true : dataResources.some((d) => d === undefined) ? undefined : false;
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.cloudtrail.trail',
    name: v.str('name') ?? r.address,
    config: {
      homeRegion: r.region,
      isMultiRegion: v.bool('is_multi_region_trail', false) ?? undefined,
      isOrganizationTrail: v.bool('is_organization_trail', false) ?? undefined,
      logFileValidation: v.bool('enable_log_file_validation', false) ?? undefined,
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      isLogging: v.bool('enable_logging', true) ?? undefined,
      includeGlobalServiceEvents: v.bool('include_global_service_events', true) ?? undefined,
      s3BucketName: ctx.idOrRef(r, 's3_bucket_name', ['aws_s3_bucket']),
      dataEvents,
      eventSelectors: trailSelectorsOf(selectors, advanced),
      cloudWatchLogsLogGroupArn: ctx.idOrRef(r, 'cloud_watch_logs_group_arn', ['aws_cloudwatch_log_group']),
      // Delivery status exists only once the trail runs.
      latestCloudWatchLogsDeliveryTime: null,
      latestCloudWatchLogsDeliveryError: null,
    },
  });
}

function configRecorder(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const status = ctx.children(r, 'aws_config_configuration_recorder_status', 'name', ['name']);
  const channels = ctx.ofType('aws_config_delivery_channel').filter((c) => c.region === r.region && c.stack === r.stack);
  const group = v.block('recording_group');
  const recording = status[0] ? readerOf(status[0]).bool('is_enabled') ?? undefined : false;
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...status, ...channels] }),
    type: 'aws.config.recorder',
    name: v.str('name', 'default') ?? r.address,
    config: {
      present: true,
      recording,
      allSupported: group === null ? true : group?.bool('all_supported', true) ?? undefined,
      includeGlobalResourceTypes: group === null ? false : group?.bool('include_global_resource_types', false) ?? undefined,
      lastStatus: null,
      deliveryChannel: channels.length > 0,
    },
  });
}

function passwordPolicy(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const age = v.num('max_password_age');
  const reuse = v.num('password_reuse_prevention');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.iam.password-policy',
    name: 'account password policy',
    config: {
      present: true,
      minimumLength: v.num('minimum_password_length', 6),
      requireSymbols: v.bool('require_symbols', false),
      requireNumbers: v.bool('require_numbers', false),
      requireUppercase: v.bool('require_uppercase_characters', false),
      requireLowercase: v.bool('require_lowercase_characters', false),
      maxAgeDays: age === 0 ? null : age,
      reusePrevention: reuse === 0 ? null : reuse,
    },
  });
}


function iamUser(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const keys = ['name', 'id'];
  const login = ctx.children(r, 'aws_iam_user_login_profile', 'user', keys);
  const accessKeys = ctx.children(r, 'aws_iam_access_key', 'user', keys);
  const attachments = ctx.children(r, 'aws_iam_user_policy_attachment', 'user', keys);
  const inline = ctx.children(r, 'aws_iam_user_policy', 'user', keys);
  let admin: boolean | undefined = false;
  for (const a of attachments) {
    const arn = a.values.policy_arn;
    if (typeof arn === 'string' && ADMINISTRATOR_ACCESS_ARN.test(arn)) admin = true;
    else if (arn === UNKNOWN && admin === false) admin = undefined;
  }
  for (const p of inline) {
    const doc = policyOf(readerOf(p).str('policy'));
    if (doc === undefined && admin === false) admin = undefined;
    if (doc && fullAdminStatements(doc).length > 0) admin = true;
  }
  // Group memberships and MFA devices are outside what the configuration shows reliably.
  const viaGroups = ctx.ofType('aws_iam_user_group_membership').some((g) => ctx.parent(g, 'user', ['aws_iam_user'], keys) === r) || ctx.ofType('aws_iam_group_membership').some((g) => (g.refs.users ?? []).includes(r.configAddress));
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...login, ...accessKeys] }),
    type: 'aws.iam.user',
    name: v.str('name') ?? r.address,
    config: {
      passwordEnabled: login.length > 0,
      passwordLastUsed: undefined,
      mfaActive: undefined,
      accessKeys: accessKeys.map((k) => ({ active: readerOf(k).str('status', 'Active') !== 'Inactive', lastRotated: null, lastUsed: null })),
      createdAt: undefined,
      hasAdministratorAccess: admin === true ? true : viaGroups ? undefined : admin,
      // An attachment whose policy ARN is unknown until apply is still an attachment.
      attachedPolicyArns: attachments.map((a) => ctx.idOrRef(a, 'policy_arn', ['aws_iam_policy']) ?? ctx.id(a)).sort(),
      inlinePolicyNames: inline.map((p) => readerOf(p).str('name') ?? p.address).sort(),
    },
  });
}

function lbListener(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const lb = ctx.parent(r, 'load_balancer_arn', ['aws_lb', 'aws_alb']);
  const internal = lb ? readerOf(lb).bool('internal', false) : undefined;
  const actions = v.blocks('default_action');
  const redirects = actions === undefined ? undefined : actions.some((a) => a.str('type') === 'redirect' && a.block('redirect')?.str('protocol') === 'HTTPS');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.elbv2.listener',
    name: r.address,
    config: {
      loadBalancerArn: ctx.idOrRef(r, 'load_balancer_arn', ['aws_lb', 'aws_alb']) ?? undefined,
      loadBalancerScheme: internal === undefined || internal === null ? undefined : internal ? 'internal' : 'internet-facing',
      protocol: v.str('protocol') ?? (v.num('port') === 443 ? 'HTTPS' : undefined) ?? undefined,
      port: v.num('port') ?? undefined,
      sslPolicy: v.str('ssl_policy'),
      redirectsToHttps: redirects,
    },
  });
}

function cloudfront(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const behaviors = [...(v.blocks('default_cache_behavior') ?? [undefined]), ...(v.blocks('ordered_cache_behavior') ?? [undefined])];
  const viewer = behaviors.map((b) => b?.str('viewer_protocol_policy'));
  const cert = v.block('viewer_certificate');
  const origins = v.blocks('origin');
  const originPolicies = origins?.map((o) => o.block('custom_origin_config')).filter((c) => c !== null).map((c) => c?.str('origin_protocol_policy'));
  // The default *.cloudfront.net certificate always allows TLSv1.
  const minVersion = cert === undefined ? undefined : cert === null ? 'TLSv1' : cert.bool('cloudfront_default_certificate', false) ? 'TLSv1' : cert.str('minimum_protocol_version', 'TLSv1');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.cloudfront.distribution',
    name: v.str('comment') || r.address,
    config: {
      viewerProtocolPolicies: allKnown(viewer),
      minimumProtocolVersion: minVersion,
      originProtocolPolicies: originPolicies === undefined || originPolicies.some((x) => typeof x !== 'string') ? undefined : (originPolicies as string[]),
      logging: cloudFrontLogging(v),
      // Logging v2 deliveries (aws_cloudwatch_log_delivery) are not joined: unknown unless standard logging is on.
      loggingV2: undefined,
    },
  });
}

// ---- Backup, threat detection ---------------------------------------------------------------

function backupVault(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const airGapped = r.type === 'aws_backup_logically_air_gapped_vault';
  const locks = ctx.children(r, 'aws_backup_vault_lock_configuration', 'backup_vault_name', ['name']);
  const policies = ctx.children(r, 'aws_backup_vault_policy', 'backup_vault_name', ['name']);
  const lock = locks[0] ? readerOf(locks[0]) : undefined;
  // changeable_for_days starts the grace time after which the lock is compliance mode; without it the lock is governance mode.
  const changeable = lock?.num('changeable_for_days');
  const lockMode = airGapped ? 'COMPLIANCE' : !lock ? null : changeable === undefined ? undefined : changeable === null ? 'GOVERNANCE' : 'COMPLIANCE';
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...locks, ...policies] }),
    type: 'aws.backup.vault',
    name: v.str('name') ?? r.address,
    config: {
      vaultType: airGapped ? 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' : 'BACKUP_VAULT',
      locked: airGapped || !!lock,
      lockMode,
      minRetentionDays: airGapped ? v.num('min_retention_days') : lock ? lock.num('min_retention_days') : null,
      encryptionKeyArn: kmsRef(ctx, r, 'kms_key_arn', v.str('kms_key_arn')),
      accessPolicy: policies[0] ? policyOf(readerOf(policies[0]).str('policy')) : null,
      recoveryPoints: undefined,
      unencryptedRecoveryPoints: undefined,
    },
  });
}

function backupPlan(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const ruleBlocks = v.blocks('rule');
  const rules: (BackupPlanRule | undefined)[] | undefined = ruleBlocks?.map((b) => {
    const copies = b.blocks('copy_action');
    const vault = b.str('target_vault_name');
    if (copies === undefined || vault === undefined) return undefined;
    const copyTo = copies.map((c) => ({ destinationVaultArn: c.str('destination_vault_arn'), deleteAfterDays: c.block('lifecycle')?.num('delete_after') ?? null }));
    if (copyTo.some((c) => typeof c.destinationVaultArn !== 'string')) return undefined;
    // Retention unknown until apply must not read as "never deleted".
    const lifecycle = b.block('lifecycle');
    const deleteAfterDays = lifecycle === null ? null : lifecycle?.num('delete_after');
    if (deleteAfterDays === undefined) return undefined;
    return {
      name: b.str('rule_name') ?? '', targetVaultName: vault ?? '', scheduleExpression: b.str('schedule', BACKUP_DEFAULT_SCHEDULE) ?? undefined, continuous: b.bool('enable_continuous_backup', false) ?? undefined,
      deleteAfterDays, copyTo: copyTo as { destinationVaultArn: string; deleteAfterDays: number | null }[],
    };
  });
  const selections = ctx.children(r, 'aws_backup_selection', 'plan_id', ['id']).map((s): BackupSelection | undefined => {
    const sv = readerOf(s);
    const resources = ctx.idsOrRefs(s, 'resources');
    const notResources = ctx.idsOrRefs(s, 'not_resources');
    const listOfTags = tagConditionsOf(sv.blocks('selection_tag')?.filter((t) => t.str('type')?.toUpperCase() === 'STRINGEQUALS'));
    const conditionBlocks = sv.blocks('condition');
    const operator = (name: string) => conditionBlocks === undefined ? undefined : tagConditionsOf(conditionBlocks.flatMap((c) => c.blocks(name) ?? []));
    const conditions = { stringEquals: operator('string_equals'), stringLike: operator('string_like'), stringNotEquals: operator('string_not_equals'), stringNotLike: operator('string_not_like') };
    if (resources === undefined || notResources === undefined || listOfTags === undefined || Object.values(conditions).some((c) => c === undefined)) return undefined;
    return { resources, notResources, listOfTags, conditions: conditions as BackupSelection['conditions'] };
  });
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.backup.plan',
    name: v.str('name') ?? r.address,
    config: {
      rules: rules === undefined || rules.some((x) => x === undefined) ? undefined : (rules as BackupPlanRule[]),
      selections: allKnown(selections),
    },
  });
}

/** Tag conditions of selection_tag / condition blocks; undefined when a key or value is unknown until apply. */
function tagConditionsOf(blocks: readonly Reader[] | undefined): BackupTagCondition[] | undefined {
  const out = blocks?.map((b) => ({ key: b.str('key')?.replace(/^aws:ResourceTag\//, ''), value: b.str('value') }));
  return out === undefined || out.some((c) => typeof c.key !== 'string' || typeof c.value !== 'string') ? undefined : (out as BackupTagCondition[]);
}

function guardduty(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const features = ctx.children(r, 'aws_guardduty_detector_feature', 'detector_id', ['id']);
  const feature = (name: string): boolean | undefined => {
    const f = features.find((x) => x.values.name === name);
    if (f) return f.values.status === UNKNOWN ? undefined : f.values.status === 'ENABLED';
    return undefined;
  };
  const ds = v.block('datasources');
  const legacyEbs = ds?.block('malware_protection')?.block('scan_ec2_instance_with_findings')?.block('ebs_volumes')?.bool('enable');
  const legacyS3 = ds?.block('s3_logs')?.bool('enable');
  const s3Plans = ctx.ofType('aws_guardduty_malware_protection_plan').filter((p) => p.stack === r.stack && p.region === r.region);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: [...features, ...s3Plans] }),
    type: 'aws.guardduty.detector',
    name: `GuardDuty (${r.region ?? 'provider region'})`,
    config: {
      detectorId: ctx.id(r),
      enabled: v.bool('enable', true) ?? undefined,
      ebsMalwareProtection: feature('EBS_MALWARE_PROTECTION') ?? (typeof legacyEbs === 'boolean' ? legacyEbs : undefined),
      s3MalwareProtection: s3Plans.length > 0 ? true : undefined,
      s3DataEvents: feature('S3_DATA_EVENTS') ?? (typeof legacyS3 === 'boolean' ? legacyS3 : undefined),
    },
  });
}

/** The service opt-in of the region; the region's plans are never all in one configuration (planArns unknown). */
function backupRegionSettings(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const prefs = v.map('resource_type_opt_in_preference');
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.backup.region',
    name: `AWS Backup (${r.region ?? 'provider region'})`,
    config: {
      resourceTypeOptIn: prefs === undefined ? undefined : Object.fromEntries(Object.entries(prefs).map(([k, x]) => [k, x === 'true'])),
      planArns: undefined,
      // Restore testing plans are judged on the live account: a configuration never shows all of a region's.
      restoreTestingPlans: undefined,
    },
  });
}

const declared = (ctx: MapContext, type: string): true | undefined => (ctx.hasType(type) ? true : undefined);

function inspector(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const types = v.strings('resource_types');
  const has = (t: string) => (types === undefined ? undefined : types.includes(t));
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.inspector2.status',
    name: `Amazon Inspector (${r.region ?? 'provider region'})`,
    // A workload declared in the input is known to exist; none declared proves nothing (another configuration may hold some).
    config: { ec2: has('EC2'), ecr: has('ECR'), lambda: has('LAMBDA'), workloads: { ec2: declared(ctx, 'aws_instance'), ecr: declared(ctx, 'aws_ecr_repository'), lambda: declared(ctx, 'aws_lambda_function') } },
  });
}

/** Terraform resource type -> mapper. Split resources joined into a parent have no entry of their own. */
export const AWS_MAPPERS: Readonly<Record<string, AwsMapper>> = {
  ...AWS_SERVICE_MAPPERS,
  ...AWS_IDENTITY_MAPPERS,
  ...AWS_LOGGING_MAPPERS,
  aws_s3_bucket: s3Bucket,
  aws_s3_account_public_access_block: s3AccountPab,
  aws_ebs_volume: ebsVolume,
  aws_ebs_snapshot: ebsSnapshot,
  aws_ebs_snapshot_copy: ebsSnapshot,
  aws_ebs_encryption_by_default: ebsDefault,
  aws_vpc: vpc,
  aws_default_vpc: vpc,
  aws_subnet: subnet,
  aws_security_group: securityGroup,
  aws_default_security_group: securityGroup,
  aws_network_acl: networkAcl,
  aws_default_network_acl: networkAcl,
  aws_route_table: routeTable,
  aws_default_route_table: routeTable,
  aws_instance: instance,
  aws_internet_gateway: gateway,
  aws_nat_gateway: gateway,
  aws_vpc_peering_connection: gateway,
  aws_db_instance: dbInstance,
  aws_rds_cluster: rdsCluster,
  aws_db_snapshot: dbSnapshot,
  aws_dynamodb_table: dynamoTable,
  aws_efs_file_system: efs,
  aws_kms_key: kmsKey,
  aws_kms_external_key: kmsKey,
  aws_cloudtrail: cloudtrail,
  aws_config_configuration_recorder: configRecorder,
  aws_iam_account_password_policy: passwordPolicy,
  aws_iam_user: iamUser,
  aws_lb_listener: lbListener,
  aws_alb_listener: lbListener,
  aws_cloudfront_distribution: cloudfront,
  aws_backup_vault: backupVault,
  aws_backup_logically_air_gapped_vault: backupVault,
  aws_backup_plan: backupPlan,
  aws_backup_region_settings: backupRegionSettings,
  aws_guardduty_detector: guardduty,
  aws_inspector2_enabler: inspector,
};

/** Split resources that only contribute to a parent above: joined type -> the parent type it is joined into. */
export const AWS_JOINED_TYPES: Readonly<Record<string, string | readonly string[]>> = {
  ...AWS_SERVICE_JOINED,
  ...AWS_IDENTITY_JOINED,
  ...AWS_LOGGING_JOINED,
  aws_s3_bucket_server_side_encryption_configuration: 'aws_s3_bucket',
  aws_s3_bucket_policy: 'aws_s3_bucket',
  aws_s3_bucket_versioning: 'aws_s3_bucket',
  aws_s3_bucket_public_access_block: 'aws_s3_bucket',
  aws_s3_bucket_logging: 'aws_s3_bucket',
  aws_s3_bucket_object_lock_configuration: 'aws_s3_bucket',
  aws_volume_attachment: 'aws_ebs_volume',
  aws_snapshot_create_volume_permission: 'aws_ebs_snapshot',
  aws_ebs_default_kms_key: 'aws_ebs_encryption_by_default',
  aws_flow_log: 'aws_vpc',
  aws_route_table_association: ['aws_route_table', 'aws_subnet'],
  aws_route: ['aws_route_table', 'aws_subnet'],
  aws_main_route_table_association: 'aws_route_table',
  aws_network_acl_association: 'aws_network_acl',
  aws_db_subnet_group: ['aws_db_instance', 'aws_rds_cluster'],
  aws_rds_cluster_instance: 'aws_rds_cluster',
  aws_vpc_peering_connection_accepter: 'aws_vpc_peering_connection',
  aws_vpc_security_group_ingress_rule: 'aws_security_group',
  aws_vpc_security_group_egress_rule: 'aws_security_group',
  aws_security_group_rule: 'aws_security_group',
  aws_network_acl_rule: 'aws_network_acl',
  aws_db_parameter_group: 'aws_db_instance',
  aws_rds_cluster_parameter_group: 'aws_rds_cluster',
  aws_efs_backup_policy: 'aws_efs_file_system',
  aws_config_configuration_recorder_status: 'aws_config_configuration_recorder',
  aws_config_delivery_channel: 'aws_config_configuration_recorder',
  aws_iam_user_login_profile: 'aws_iam_user',
  aws_iam_access_key: 'aws_iam_user',
  aws_iam_user_policy_attachment: 'aws_iam_user',
  aws_iam_user_policy: 'aws_iam_user',
  aws_backup_vault_lock_configuration: 'aws_backup_vault',
  aws_backup_vault_policy: 'aws_backup_vault',
  aws_backup_selection: 'aws_backup_plan',
  aws_guardduty_detector_feature: 'aws_guardduty_detector',
  aws_guardduty_malware_protection_plan: 'aws_guardduty_detector',
};
