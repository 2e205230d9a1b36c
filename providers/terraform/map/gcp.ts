import { pushAll } from '../../../src/lib/arrays.js';
import { byString } from '../../../src/model/order.js';
import type { Resource } from '../../../src/model/resource.js';
import { sinkDestinationId, type AuditConfig, type AuditLogConfig, type FirewallRule, type IamBinding } from '../../../src/model/types/gcp/index.js';
import type { TfResource } from '../model.js';
import { readerOf, type Reader } from '../reader.js';
import { iacResource, type MapContext } from './context.js';

/**
 * Terraform Google resources -> the canonical GCP types the Cloud Asset Inventory adapter fills.
 * Defaults are the google provider's (v6) and the APIs'. References to other resources in the
 * input become their phiscan ids, so cross-resource checks (SSL policy of a proxy, snapshot
 * schedule of a disk, users of a key) match within the input.
 */
type Mapper = (r: TfResource, ctx: MapContext) => Resource | undefined;

const gcp = (r: TfResource, v: Reader, related: readonly TfResource[] = []) => ({
  provider: 'gcp' as const,
  account: r.project,
  tags: v.map('labels'),
  readers: [v],
  related,
});

const seconds = (d: string | null | undefined): number | null | undefined => {
  if (d === undefined || d === null) return d;
  const m = /^(\d+(?:\.\d+)?)s?$/.exec(d);
  return m ? Number(m[1]) : undefined;
};

/** A KMS key reference: the phiscan id of a google_kms_crypto_key in the input, else the literal name without a version suffix. */
function keyRef(ctx: MapContext, r: TfResource, path: string, literal: string | null | undefined): string | null | undefined {
  for (const a of r.refs[path] ?? []) {
    const key = ctx.referenced(r, a, ['google_kms_crypto_key']);
    if (key) return ctx.id(key);
  }
  return typeof literal === 'string' ? literal.replace(/\/cryptoKeyVersions\/[^/]+$/, '') : literal;
}

/** An attribute naming another resource: its phiscan id when it is in the input, else the literal. */
function refOrLiteral(ctx: MapContext, r: TfResource, attr: string, types: readonly string[]): string | null | undefined {
  return ctx.idOrRef(r, attr, types);
}

function iamBindingsFor(ctx: MapContext, parent: TfResource, prefix: string, attr: string, keys: readonly string[]): { bindings: IamBinding[] | undefined; related: TfResource[] } {
  const members = ctx.children(parent, `${prefix}_iam_member`, attr, keys);
  const bindings = ctx.children(parent, `${prefix}_iam_binding`, attr, keys);
  const policies = ctx.children(parent, `${prefix}_iam_policy`, attr, keys);
  const out: IamBinding[] = [];
  let unknown = false;
  for (const m of members) {
    const v = readerOf(m);
    const role = v.str('role');
    const member = v.str('member');
    if (!role || !member) unknown = true;
    else out.push({ role, members: [member], condition: v.block('condition')?.str('expression') ?? null });
  }
  for (const b of bindings) {
    const v = readerOf(b);
    const role = v.str('role');
    const list = v.strings('members');
    if (!role || !list) unknown = true;
    else out.push({ role, members: list, condition: v.block('condition')?.str('expression') ?? null });
  }
  for (const p of policies) {
    const data = readerOf(p).str('policy_data');
    try {
      const doc = data ? (JSON.parse(data) as { bindings?: { role: string; members: string[]; condition?: { expression?: string } }[] }) : undefined;
      if (!doc) unknown = true;
      for (const b of doc?.bindings ?? []) out.push({ role: b.role, members: b.members, condition: b.condition?.expression ?? null });
    } catch {
      unknown = true;
    }
  }
  return { bindings: unknown ? undefined : out, related: [...members, ...bindings, ...policies] };
}

const MULTI_REGIONS = new Set(['US', 'EU', 'ASIA']);
const DUAL_REGIONS = new Set(['NAM4', 'EUR4', 'EUR5', 'EUR7', 'EUR8', 'ASIA1', 'US-CENTRAL1+US-EAST1']);

function storageBucket(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const iam = iamBindingsFor(ctx, r, 'google_storage_bucket', 'bucket', ['name']);
  const enc = v.block('encryption');
  const retention = v.block('retention_policy');
  const soft = v.block('soft_delete_policy');
  const versioning = v.block('versioning');
  const location = v.str('location')?.toUpperCase();
  const pap = v.str('public_access_prevention', 'inherited');
  const softSeconds = soft === null ? 604800 : soft?.num('retention_duration_seconds', 604800);
  return iacResource(ctx, r, {
    ...gcp(r, v, iam.related),
    type: 'gcp.storage.bucket',
    name: v.str('name') ?? r.address,
    region: location?.toLowerCase(),
    config: {
      defaultKmsKeyName: enc === null ? null : enc === undefined ? undefined : keyRef(ctx, r, 'encryption.default_kms_key_name', enc.str('default_kms_key_name')),
      uniformBucketLevelAccess: v.bool('uniform_bucket_level_access', false) ?? undefined,
      publicAccessPrevention: pap === 'enforced' || pap === 'inherited' ? pap : pap === undefined ? undefined : 'unspecified',
      versioningEnabled: versioning === null ? false : versioning?.bool('enabled', false) ?? undefined,
      retentionPolicy: retention === null ? null : retention === undefined ? undefined : (() => {
        const period = retention.num('retention_period');
        const locked = retention.bool('is_locked', false);
        return typeof period === 'number' && typeof locked === 'boolean' ? { retentionPeriodSeconds: period, isLocked: locked } : undefined;
      })(),
      softDeleteRetentionSeconds: softSeconds === 0 ? null : softSeconds,
      storageClass: v.str('storage_class', 'STANDARD') ?? undefined,
      locationType: location === undefined || location === null ? undefined : MULTI_REGIONS.has(location) ? 'multi-region' : DUAL_REGIONS.has(location) || v.block('custom_placement_config') ? 'dual-region' : 'region',
      iamBindings: iam.bindings,
    },
  });
}

function sqlInstance(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const s = v.block('settings');
  const ip = s === undefined ? undefined : s === null ? null : s.block('ip_configuration');
  const backup = s === undefined ? undefined : s === null ? null : s.block('backup_configuration');
  const nets = ip === undefined ? undefined : ip === null ? [] : ip.blocks('authorized_networks')?.map((n) => n.str('value'));
  const opt = <T>(block: Reader | null | undefined, read: (b: Reader) => T, absent: T): T | undefined => (block === undefined ? undefined : block === null ? absent : read(block));
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.sql.instance',
    name: v.str('name') ?? r.address,
    tags: s?.map('user_labels'),
    config: {
      databaseVersion: v.str('database_version') ?? undefined,
      kmsKeyName: keyRef(ctx, r, 'encryption_key_name', v.str('encryption_key_name')),
      ipv4Enabled: opt(ip, (b) => b.bool('ipv4_enabled', true) ?? undefined, true),
      privateNetwork: ip === undefined ? undefined : ip === null ? null : refOrLiteral(ctx, r, 'settings.ip_configuration.private_network', ['google_compute_network']) ?? ip.str('private_network'),
      authorizedNetworks: nets === undefined || nets.some((n) => typeof n !== 'string') ? undefined : (nets as string[]),
      sslMode: opt(ip, (b) => b.str('ssl_mode'), null),
      requireSsl: opt(ip, (b) => b.bool('require_ssl'), null),
      backupEnabled: opt(backup, (b) => b.bool('enabled', false) ?? undefined, false),
      pointInTimeRecoveryEnabled: opt(backup, (b) => b.bool('point_in_time_recovery_enabled', false) ?? undefined, false),
      binaryLogEnabled: opt(backup, (b) => b.bool('binary_log_enabled', false) ?? undefined, false),
      backupLocation: opt(backup, (b) => b.str('location'), null),
      retainedBackups: opt(backup, (b) => b.block('backup_retention_settings')?.num('retained_backups', 7) ?? 7, null),
      region: v.str('region') ?? r.region,
    },
  });
}

function firewallRules(blocks: readonly Reader[] | undefined): FirewallRule[] | undefined {
  if (!blocks) return undefined;
  const out: FirewallRule[] = [];
  for (const b of blocks) {
    const protocol = b.str('protocol');
    const ports = b.strings('ports');
    if (!protocol || !ports) return undefined;
    const ranges = ports.map((p) => {
      const [from, to] = p.split('-').map(Number);
      return [from ?? NaN, to ?? from ?? NaN] as const;
    });
    if (ranges.some(([a, z]) => !Number.isFinite(a) || !Number.isFinite(z))) return undefined;
    out.push({ protocol, ports: ranges });
  }
  return out;
}

/**
 * Service-account e-mails: literals, or the `google_service_account`s of the input the attribute
 * refers to. A planned account's e-mail is known at apply; it is `account_id@project.iam.gserviceaccount.com`,
 * else the account's resource id (no `@`: the reachability model compares it only with itself).
 * undefined when a reference stays unresolved.
 */
function serviceAccounts(ctx: MapContext, r: TfResource, path: string, literals: readonly string[] | undefined): string[] | undefined {
  if (literals !== undefined) return [...literals];
  const ids = (r.refs[path] ?? []).flatMap((a) => ctx.instancesFor(r, a, ['google_service_account']).map((x) => serviceAccountEmail(ctx, x)));
  return ids.length > 0 ? [...new Set(ids)].sort() : undefined;
}

function serviceAccountEmail(ctx: MapContext, sa: TfResource): string {
  const v = readerOf(sa);
  const email = v.str('email');
  if (email) return email;
  const id = v.str('account_id');
  const project = v.str('project') ?? sa.project;
  return id && project ? `${id}@${project}.iam.gserviceaccount.com` : ctx.id(sa);
}

function firewall(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const direction = v.str('direction', 'INGRESS');
  const ranges = v.strings('source_ranges');
  const tags = v.strings('source_tags');
  const sourceAccounts = serviceAccounts(ctx, r, 'source_service_accounts', v.strings('source_service_accounts'));
  // An ingress rule with no source ranges, tags or service accounts applies to 0.0.0.0/0 (so unknown tags or accounts leave the sources unknown).
  const sources = ranges === undefined ? undefined : ranges.length > 0 || direction !== 'INGRESS' ? ranges : tags === undefined || sourceAccounts === undefined ? undefined : tags.length === 0 && sourceAccounts.length === 0 ? ['0.0.0.0/0'] : ranges;
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.compute.firewall',
    name: v.str('name') ?? r.address,
    config: {
      network: refOrLiteral(ctx, r, 'network', ['google_compute_network']) ?? undefined,
      direction: direction === 'INGRESS' || direction === 'EGRESS' ? direction : undefined,
      disabled: v.bool('disabled', false) ?? undefined,
      priority: v.num('priority', 1000) ?? undefined,
      sourceRanges: sources,
      allowed: firewallRules(v.blocks('allow')),
      denied: firewallRules(v.blocks('deny')),
      targetTags: v.strings('target_tags'),
      targetServiceAccounts: serviceAccounts(ctx, r, 'target_service_accounts', v.strings('target_service_accounts')),
      sourceTags: tags,
      sourceServiceAccounts: sourceAccounts,
      destinationRanges: v.strings('destination_ranges'),
      logConfigEnabled: (() => {
        const l = v.block('log_config');
        return l === undefined ? undefined : l !== null;
      })(),
    },
  });
}

function cryptoKey(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const rotation = v.str('rotation_period');
  const iam = iamBindingsFor(ctx, r, 'google_kms_crypto_key', 'crypto_key_id', ['id']);
  return iacResource(ctx, r, {
    ...gcp(r, v, iam.related),
    type: 'gcp.kms.crypto-key',
    name: v.str('name') ?? r.address,
    config: {
      purpose: v.str('purpose', 'ENCRYPT_DECRYPT') ?? undefined,
      rotationPeriodSeconds: seconds(rotation),
      nextRotationTime: undefined,
      primaryState: v.bool('skip_initial_version_creation', false) ? null : 'ENABLED',
      protectionLevel: v.block('version_template')?.str('protection_level', 'SOFTWARE') ?? 'SOFTWARE',
      iamBindings: iam.bindings,
    },
  });
}

function keyRing(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const iam = iamBindingsFor(ctx, r, 'google_kms_key_ring', 'key_ring_id', ['id']);
  return iacResource(ctx, r, { ...gcp(r, v, iam.related), type: 'gcp.kms.key-ring', name: v.str('name') ?? r.address, config: { location: v.str('location') ?? undefined, iamBindings: iam.bindings } });
}

/** `kms_key_self_link`, else the older `kms_key_name`; a self link unknown until apply stays unknown. */
const keyLink = (enc: Reader): string | null | undefined => {
  const link = enc.str('kms_key_self_link');
  return link === null ? enc.str('kms_key_name') : link;
};

function disk(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const enc = v.block('disk_encryption_key');
  const attachments = ctx.children(r, 'google_compute_disk_resource_policy_attachment', 'disk', ['name']);
  const own = ctx.idsOrRefs(r, 'resource_policies', ['google_compute_resource_policy']);
  const attached = attachments.map((a) => ctx.idOrRef(a, 'name', ['google_compute_resource_policy']));
  return iacResource(ctx, r, {
    ...gcp(r, v, attachments),
    type: 'gcp.compute.disk',
    name: v.str('name') ?? r.address,
    config: {
      kmsKeyName: enc === null ? null : enc === undefined ? undefined : keyRef(ctx, r, 'disk_encryption_key.kms_key_self_link', keyLink(enc)),
      sizeGb: v.num('size') ?? undefined,
      resourcePolicies: own === undefined || attached.some((x) => typeof x !== 'string') ? undefined : [...own, ...(attached as string[])].sort(),
      users: undefined,
    },
  });
}

function instance(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const nics = v.blocks('network_interface')?.map((n, i) => {
    const access = n.blocks('access_config');
    return {
      network: refOrLiteral(ctx, r, 'network_interface.network', ['google_compute_network']) ?? n.str('network') ?? null,
      subnetwork: refOrLiteral(ctx, r, 'network_interface.subnetwork', ['google_compute_subnetwork']) ?? n.str('subnetwork') ?? null,
      externalIps: (access ?? []).map((a) => a.str('nat_ip')).filter((x): x is string => typeof x === 'string'),
      hasAccessConfig: access === undefined ? undefined : access.length > 0,
      // An internal address left to the API is assigned at creation.
      networkIp: n.str('network_ip') ?? undefined,
      i,
    };
  });
  const metadata = v.map('metadata');
  const shielded = v.block('shielded_instance_config');
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.compute.instance',
    name: v.str('name') ?? r.address,
    region: (v.str('zone') ?? undefined)?.replace(/-[a-z]$/, '') ?? r.region,
    config: {
      status: 'RUNNING',
      networkInterfaces: nics === undefined || nics.some((n) => n.hasAccessConfig === undefined) ? undefined : nics.map((n) => ({ network: n.network, subnetwork: n.subnetwork, externalIps: n.externalIps, hasAccessConfig: n.hasAccessConfig === true, networkIp: n.networkIp })),
      metadata,
      disks: undefined,
      serviceAccounts: instanceAccounts(ctx, r, v),
      // Without the block the API defaults apply: secure boot off, vTPM and integrity monitoring on.
      shieldedSecureBoot: shielded === null ? false : shielded?.bool('enable_secure_boot', false),
      shieldedVtpm: shielded === null ? true : shielded?.bool('enable_vtpm', true),
      shieldedIntegrityMonitoring: shielded === null ? true : shielded?.bool('enable_integrity_monitoring', true),
      networkTags: v.strings('tags'),
    },
  });
}

/** The instance's service account (one block at most): its e-mail, or the input's `google_service_account` it names. */
function instanceAccounts(ctx: MapContext, r: TfResource, v: Reader): string[] | undefined {
  const blocks = v.blocks('service_account');
  if (blocks === undefined) return undefined;
  const out: string[] = [];
  for (const b of blocks) {
    const email = b.str('email');
    if (email === null) return undefined; // no e-mail: the Compute Engine default service account, whose e-mail holds the project number
    const resolved = email === undefined ? serviceAccounts(ctx, r, 'service_account.email', undefined) : [email];
    if (!resolved) return undefined;
    pushAll(out, resolved);
  }
  return out;
}

/** A peering is ACTIVE once both networks hold one to the other; the other side outside the input is not known. */
function peeringState(ctx: MapContext, net: TfResource, peering: TfResource): string | undefined {
  const peer = ctx.parent(peering, 'peer_network', ['google_compute_network'], ['self_link', 'id', 'name']);
  if (!peer) return undefined;
  const back = ctx.children(peer, 'google_compute_network_peering', 'network', ['name', 'self_link', 'id']).some((p) => ctx.parent(p, 'peer_network', ['google_compute_network'], ['self_link', 'id', 'name']) === net);
  return back ? 'ACTIVE' : 'INACTIVE';
}

function network(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const peerings = ctx.children(r, 'google_compute_network_peering', 'network', ['name', 'self_link', 'id']);
  return iacResource(ctx, r, {
    ...gcp(r, v, peerings),
    type: 'gcp.compute.network',
    name: v.str('name') ?? r.address,
    config: {
      autoCreateSubnetworks: v.bool('auto_create_subnetworks', true) ?? undefined,
      legacyIpv4Range: null, // the google provider cannot declare legacy networks
      peerings: peerings.map((p) => ctx.idOrRef(p, 'peer_network', ['google_compute_network'])).filter((x): x is string => typeof x === 'string'),
      peeringStates: peerings.flatMap((p) => {
        const peer = ctx.idOrRef(p, 'peer_network', ['google_compute_network']);
        return typeof peer === 'string' ? [{ network: peer, state: peeringState(ctx, r, p) }] : [];
      }),
    },
  });
}

function subnetwork(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const log = v.block('log_config');
  // `enable_flow_logs` (provider v6) turns flow logs on with default settings; when set it decides, as `enableFlowLogs` does live.
  const enable = v.bool('enable_flow_logs');
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.compute.subnetwork',
    name: v.str('name') ?? r.address,
    config: {
      network: refOrLiteral(ctx, r, 'network', ['google_compute_network']) ?? undefined,
      ipCidrRange: v.str('ip_cidr_range') ?? undefined,
      privateIpGoogleAccess: v.bool('private_ip_google_access', false) ?? undefined,
      flowLogsEnabled: typeof enable === 'boolean' ? enable : enable === undefined || log === undefined ? undefined : log !== null,
      purpose: v.str('purpose', 'PRIVATE') ?? undefined,
    },
  });
}

function sslPolicy(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.compute.ssl-policy',
    name: v.str('name') ?? r.address,
    config: { minTlsVersion: v.str('min_tls_version', 'TLS_1_0') ?? undefined, profile: v.str('profile', 'COMPATIBLE') ?? undefined, customFeatures: v.strings('custom_features') },
  });
}

function targetProxy(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const https = r.type === 'google_compute_target_https_proxy';
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.compute.target-proxy',
    name: v.str('name') ?? r.address,
    config: {
      kind: https ? 'https' : 'ssl',
      sslPolicy: refOrLiteral(ctx, r, 'ssl_policy', ['google_compute_ssl_policy']),
      target: https ? refOrLiteral(ctx, r, 'url_map', ['google_compute_url_map']) : refOrLiteral(ctx, r, 'backend_service', ['google_compute_backend_service']),
    },
  });
}

function forwardingRule(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const targetRes = ctx.parent(r, 'target', ['google_compute_target_http_proxy', 'google_compute_target_https_proxy', 'google_compute_target_ssl_proxy', 'google_compute_target_tcp_proxy']);
  const literal = v.str('target');
  const kindOf: Readonly<Record<string, string>> = { google_compute_target_http_proxy: 'targetHttpProxies', google_compute_target_https_proxy: 'targetHttpsProxies', google_compute_target_ssl_proxy: 'targetSslProxies', google_compute_target_tcp_proxy: 'targetTcpProxies' };
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.compute.forwarding-rule',
    name: v.str('name') ?? r.address,
    config: {
      target: targetRes ? ctx.id(targetRes) : literal,
      targetKind: targetRes ? (kindOf[targetRes.type] ?? null) : literal ? (/\/(target\w+)\//.exec(literal)?.[1] ?? null) : literal,
      ipAddress: v.str('ip_address') ?? undefined,
      portRange: v.str('port_range'),
      loadBalancingScheme: v.str('load_balancing_scheme', 'EXTERNAL') ?? undefined,
      network: refOrLiteral(ctx, r, 'network', ['google_compute_network']),
    },
  });
}

function resourcePolicy(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const sched = v.block('snapshot_schedule_policy');
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.compute.resource-policy',
    name: v.str('name') ?? r.address,
    config: {
      snapshotSchedule: sched === undefined ? undefined : sched === null ? null : { maxRetentionDays: sched.block('retention_policy')?.num('max_retention_days') ?? null, storageLocations: sched.block('snapshot_properties')?.strings('storage_locations') ?? [] },
    },
  });
}

function cluster(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const priv = v.block('private_cluster_config');
  const man = v.block('master_authorized_networks_config');
  const dbe = v.block('database_encryption');
  const cidrs = man?.blocks('cidr_blocks')?.map((c) => c.str('cidr_block'));
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.container.cluster',
    name: v.str('name') ?? r.address,
    tags: v.map('resource_labels'),
    config: {
      network: refOrLiteral(ctx, r, 'network', ['google_compute_network']),
      subnetwork: refOrLiteral(ctx, r, 'subnetwork', ['google_compute_subnetwork']),
      privateNodes: priv === null ? false : priv?.bool('enable_private_nodes', false) ?? undefined,
      masterAuthorizedNetworks: man === null ? null : cidrs === undefined || cidrs.some((c) => typeof c !== 'string') ? undefined : (cidrs as string[]),
      databaseEncryptionKey: dbe === null ? null : dbe === undefined ? undefined : dbe.str('state') === 'DECRYPTED' ? null : keyRef(ctx, r, 'database_encryption.key_name', dbe.str('key_name')),
      legacyAbac: v.bool('enable_legacy_abac', false) ?? undefined,
    },
  });
}

function dataset(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const enc = v.block('default_encryption_configuration');
  const iam = iamBindingsFor(ctx, r, 'google_bigquery_dataset', 'dataset_id', ['dataset_id']);
  const access = v.blocks('access')?.map((a) => {
    const g = a.str('special_group');
    if (g === 'allAuthenticatedUsers' || g === 'allUsers') return g;
    const member = a.str('iam_member') ?? (a.str('user_by_email') ? `user:${a.str('user_by_email')}` : a.str('group_by_email') ? `group:${a.str('group_by_email')}` : a.str('domain') ? `domain:${a.str('domain')}` : g ? `specialGroup:${g}` : null);
    return member;
  });
  const members = access === undefined || access.some((m) => m === undefined) ? undefined : access.filter((m): m is string => typeof m === 'string');
  return iacResource(ctx, r, {
    ...gcp(r, v, iam.related),
    type: 'gcp.bigquery.dataset',
    name: v.str('dataset_id') ?? r.address,
    region: v.str('location')?.toLowerCase() ?? r.region,
    config: { defaultKmsKeyName: enc === null ? null : enc === undefined ? undefined : keyRef(ctx, r, 'default_encryption_configuration.kms_key_name', enc.str('kms_key_name')), accessMembers: members ? [...new Set(members)].sort() : undefined, iamBindings: iam.bindings },
  });
}

function redisInstance(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.redis.instance',
    name: v.str('name') ?? r.address,
    // The provider's default, and the API's reading of an unset mode, is TLS disabled; unknown until apply stays unknown.
    config: { transitEncryptionMode: v.str('transit_encryption_mode', 'DISABLED') ?? undefined },
  });
}

function secret(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const rotation = v.block('rotation');
  const topics = v.blocks('topics')?.map((t) => t.str('name'));
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.secretmanager.secret',
    name: v.str('secret_id') ?? r.address,
    region: 'global',
    config: {
      rotationPeriodSeconds: rotation === null ? null : rotation === undefined ? undefined : seconds(rotation.str('rotation_period')),
      nextRotationTime: rotation === null ? null : rotation?.str('next_rotation_time'),
      topics: topics?.every((t) => typeof t === 'string') ? topics : undefined,
    },
  });
}

function pubsubTopic(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.pubsub.topic',
    name: v.str('name') ?? r.address,
    region: 'global',
    config: { kmsKeyName: keyRef(ctx, r, 'kms_key_name', v.str('kms_key_name')) },
  });
}

function backupVault(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.backupdr.vault',
    name: v.str('backup_vault_id') ?? r.address,
    config: {
      minimumEnforcedRetentionSeconds: seconds(v.str('backup_minimum_enforced_retention_duration')),
      effectiveTime: v.str('effective_time'),
      state: 'ACTIVE',
      accessRestriction: v.str('access_restriction', 'WITHIN_ORGANIZATION'),
    },
  });
}

const LOG_TYPES: readonly AuditLogConfig['logType'][] = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'];

/** One google_project_iam_audit_config; undefined when its service or a log type is unknown until apply. */
function auditConfigOf(r: TfResource): AuditConfig | undefined {
  const v = readerOf(r);
  const service = v.str('service');
  const logs = v.blocks('audit_log_config');
  if (!service || !logs) return undefined;
  const auditLogConfigs: AuditLogConfig[] = [];
  for (const l of logs) {
    const type = l.str('log_type');
    if (!type) return undefined;
    const exempted = l.strings('exempted_members');
    auditLogConfigs.push({ logType: (LOG_TYPES as readonly string[]).includes(type) ? (type as AuditLogConfig['logType']) : 'LOG_TYPE_UNSPECIFIED', exemptedMembers: exempted && [...exempted].sort() });
  }
  return { service, auditLogConfigs };
}

/**
 * The project an audit config applies to: its literal `project`, the google_project it refers to
 * (by its literal project_id, else by that resource), or (attribute not set) the provider's
 * project. A project unknown until apply is its own group: joining it with another would be a guess.
 */
function projectOf(r: TfResource, ctx: MapContext): { key: string; project: string | undefined } {
  const literal = readerOf(r).str('project');
  const own = `${r.stack}\u0000`;
  if (literal) return { key: `${own}project:${literal}`, project: literal };
  const created = ctx.parent(r, 'project', ['google_project']);
  if (created) {
    const id = readerOf(created).str('project_id');
    return id ? { key: `${own}project:${id}`, project: id } : { key: `${own}ref:${ctx.id(created)}`, project: undefined };
  }
  if (literal === null && r.project) return { key: `${own}project:${r.project}`, project: r.project };
  return { key: `${own}address:${r.address}`, project: undefined };
}

interface AuditGroup {
  readonly members: TfResource[];
  readonly project: string | undefined;
}

/** Audit configs grouped by project, keyed by each group's anchor (its first member by address). */
function auditGroups(ctx: MapContext): Map<TfResource, AuditGroup> {
  const byKey = new Map<string, AuditGroup>();
  for (const c of ctx.ofType('google_project_iam_audit_config')) {
    const { key, project } = projectOf(c, ctx);
    const g = byKey.get(key);
    if (g) g.members.push(c);
    else byKey.set(key, { members: [c], project });
  }
  const byAnchor = new Map<TfResource, AuditGroup>();
  for (const g of byKey.values()) {
    g.members.sort((a, b) => byString(a.address, b.address));
    byAnchor.set(g.members[0] as TfResource, g);
  }
  return byAnchor;
}

/**
 * google_project_iam_audit_config -> the project it configures, one per project: anchored on the
 * first audit config by address, the others joined. The project exists before the configuration,
 * so only the audit configs it declares are known (each is authoritative for its service); its IAM
 * policy, enabled services, metadata and org policies are not in the input (undefined -> not_assessed).
 */
function projectAuditConfigs(r: TfResource, ctx: MapContext): Resource | undefined {
  const group = ctx.once(auditGroups).get(r);
  if (!group) return undefined;
  const configs = group.members.map(auditConfigOf).filter((c): c is AuditConfig => c !== undefined);
  return iacResource(ctx, r, {
    provider: 'gcp',
    type: 'gcp.resourcemanager.project',
    name: group.project ?? r.address,
    account: group.project,
    region: 'global',
    tags: undefined,
    related: group.members.slice(1),
    config: {
      projectNumber: undefined,
      lifecycleState: undefined,
      ancestors: undefined,
      iamBindings: undefined,
      auditConfigs: configs.sort((a, b) => byString(a.service, b.service)),
      ancestorIamPolicies: undefined,
      enabledServices: undefined,
      computeMetadata: undefined,
      vmOsLoginOverrides: undefined,
      securityHealthAnalytics: undefined,
      vmThreatDetection: undefined,
      inheritedSinks: undefined,
      orgPolicyConstraints: undefined,
      orgPolicyAncestorsVisible: false,
    },
  });
}

/** Where a sink is set: `projects/P`, `folders/F`, `organizations/O`; undefined when unknown until apply. */
function sinkOwner(r: TfResource, v: Reader): string | undefined {
  if (r.type === 'google_logging_project_sink') {
    const project = v.str('project') ?? r.project;
    return project ? `projects/${project}` : undefined;
  }
  const [attr, prefix] = r.type === 'google_logging_folder_sink' ? ['folder', 'folders/'] : ['org_id', 'organizations/'];
  const id = v.str(attr);
  return id ? (id.startsWith(prefix) ? id : `${prefix}${id}`) : undefined;
}

function logSink(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const destination = v.str('destination');
  const target = ctx.parent(r, 'destination', ['google_storage_bucket', 'google_logging_project_bucket_config']);
  const exclusions = v.blocks('exclusions');
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.logging.sink',
    name: v.str('name') ?? r.address,
    region: 'global',
    tags: {},
    config: {
      owner: sinkOwner(r, v),
      destination: destination ?? undefined,
      destinationId: target ? ctx.id(target) : typeof destination === 'string' ? sinkDestinationId(destination) : undefined,
      filter: v.str('filter', '') ?? undefined,
      disabled: v.bool('disabled', false) ?? undefined,
      includeChildren: r.type === 'google_logging_project_sink' ? false : (v.bool('include_children', false) ?? undefined),
      exclusions: exclusions === undefined || exclusions.some((e) => e.bool('disabled', false) === undefined) ? undefined : exclusions.flatMap((e) => (e.bool('disabled', false) ? [] : [e.str('filter') ?? ''])),
    },
  });
}

function logBucket(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.logging.bucket',
    name: v.str('bucket_id') ?? r.address,
    region: v.str('location') ?? undefined,
    tags: {},
    config: { retentionDays: v.num('retention_days', 30) ?? undefined, locked: v.bool('locked', false) ?? undefined, lifecycleState: 'ACTIVE' },
  });
}

function logMetric(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const name = v.str('name');
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.logging.metric',
    name: name ?? r.address,
    region: 'global',
    tags: {},
    config: { filter: v.str('filter') ?? undefined, disabled: v.bool('disabled', false) ?? undefined, metricType: name ? `logging.googleapis.com/user/${name}` : undefined },
  });
}

function alertPolicy(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const conditions = v.blocks('conditions');
  /** A condition block's filter: null when the block is absent, undefined when unknown. */
  const read = (c: Reader, block: string, attr: string): string | null | undefined => {
    const b = c.block(block);
    return b === null ? null : b?.str(attr);
  };
  const filters = (pick: (c: Reader) => readonly (string | null | undefined)[]) => {
    if (!conditions) return undefined;
    const all = conditions.flatMap(pick);
    // A filter unknown until apply (a metric name interpolated from a planned resource) leaves the list unknown.
    return all.some((f) => f === undefined) ? undefined : all.filter((f): f is string => typeof f === 'string');
  };
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.monitoring.alert-policy',
    name: v.str('display_name') ?? r.address,
    region: 'global',
    tags: v.map('user_labels'),
    config: {
      displayName: v.str('display_name') ?? undefined,
      enabled: v.bool('enabled', true) ?? undefined,
      conditionFilters: filters((c) => [read(c, 'condition_threshold', 'filter'), read(c, 'condition_absent', 'filter'), read(c, 'condition_monitoring_query_language', 'query'), read(c, 'condition_prometheus_query_language', 'query')]),
      logMatchFilters: filters((c) => [read(c, 'condition_matched_log', 'filter')]),
      notificationChannels: v.strings('notification_channels'),
    },
  });
}

function serviceAccount(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const keys = ctx.children(r, 'google_service_account_key', 'service_account_id', ['name', 'id', 'email']);
  return iacResource(ctx, r, {
    ...gcp(r, v, keys),
    type: 'gcp.iam.service-account',
    name: v.str('account_id') ?? r.address,
    region: 'global',
    tags: {},
    config: {
      email: serviceAccountEmail(ctx, r),
      uniqueId: undefined,
      disabled: v.bool('disabled', false) ?? undefined,
      // Keys created by this configuration are user-managed; keys made outside it are not in the input.
      keys: keys.map((k) => ({ name: ctx.id(k), keyType: 'USER_MANAGED', disabled: false, validBeforeTime: undefined })),
    },
  });
}

function patchDeployment(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const f = v.block('instance_filter');
  const recurring = v.block('recurring_schedule');
  const groups = f?.blocks('group_labels');
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.osconfig.patch-deployment',
    name: v.str('patch_deployment_id') ?? r.address,
    region: 'global',
    tags: {},
    config: {
      instanceFilter: !f || groups === undefined ? undefined : (() => {
        const zones = f.strings('zones');
        const instances = f.strings('instances');
        const prefixes = f.strings('instance_name_prefixes');
        const groupLabels = groups.map((g) => g.map('labels'));
        const all = f.bool('all', false);
        if (zones === undefined || instances === undefined || prefixes === undefined || all === undefined || groupLabels.some((g) => g === undefined)) return undefined;
        return { all: all === true, groupLabels: groupLabels as Record<string, string>[], zones, instances, instanceNamePrefixes: prefixes };
      })(),
      recurringFrequency: recurring === null ? null : recurring === undefined ? undefined : (() => {
        // The provider infers the frequency from which block is set.
        if (recurring.block('monthly')) return 'MONTHLY';
        if (recurring.block('weekly')) return 'WEEKLY';
        return 'DAILY';
      })(),
      state: 'ACTIVE',
      endTime: recurring === null ? null : recurring?.str('end_time'),
    },
  });
}

function backupPlan(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const rules = v.blocks('backup_rules');
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.backupdr.backup-plan',
    name: v.str('backup_plan_id') ?? r.address,
    config: {
      rules: rules?.map((b) => {
        const s = b.block('standard_schedule');
        return { ruleId: b.str('rule_id') ?? undefined, recurrenceType: s?.str('recurrence_type') ?? undefined, hourlyFrequency: s?.num('hourly_frequency') ?? undefined, daysOfWeek: s?.strings('days_of_week') ?? [], backupRetentionDays: b.num('backup_retention_days') ?? undefined };
      }),
      backupVault: refOrLiteral(ctx, r, 'backup_vault', ['google_backup_dr_backup_vault']) ?? undefined,
      resourceType: v.str('resource_type') ?? undefined,
      state: 'ACTIVE',
    },
  });
}

function planAssociation(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...gcp(r, v),
    type: 'gcp.backupdr.plan-association',
    name: v.str('backup_plan_association_id') ?? r.address,
    tags: {},
    config: {
      resource: refOrLiteral(ctx, r, 'resource', ['google_compute_instance', 'google_compute_disk', 'google_sql_database_instance']) ?? undefined,
      resourceType: v.str('resource_type') ?? undefined,
      backupPlan: refOrLiteral(ctx, r, 'backup_plan', ['google_backup_dr_backup_plan']) ?? undefined,
      // The data source is created in the vault at apply.
      dataSource: undefined,
      state: 'ACTIVE',
    },
  });
}

export const GCP_MAPPERS: Readonly<Record<string, Mapper>> = {
  google_storage_bucket: storageBucket,
  google_sql_database_instance: sqlInstance,
  google_compute_firewall: firewall,
  google_kms_crypto_key: cryptoKey,
  google_kms_key_ring: keyRing,
  google_compute_disk: disk,
  google_compute_region_disk: disk,
  google_compute_instance: instance,
  google_compute_network: network,
  google_compute_subnetwork: subnetwork,
  google_compute_ssl_policy: sslPolicy,
  google_compute_target_https_proxy: targetProxy,
  google_compute_target_ssl_proxy: targetProxy,
  google_compute_forwarding_rule: forwardingRule,
  google_compute_global_forwarding_rule: forwardingRule,
  google_compute_resource_policy: resourcePolicy,
  google_container_cluster: cluster,
  google_bigquery_dataset: dataset,
  google_redis_instance: redisInstance,
  google_secret_manager_secret: secret,
  google_pubsub_topic: pubsubTopic,
  google_backup_dr_backup_vault: backupVault,
  google_backup_dr_backup_plan: backupPlan,
  google_backup_dr_backup_plan_association: planAssociation,
  google_logging_project_sink: logSink,
  google_logging_folder_sink: logSink,
  google_logging_organization_sink: logSink,
  google_logging_project_bucket_config: logBucket,
  google_logging_metric: logMetric,
  google_monitoring_alert_policy: alertPolicy,
  google_service_account: serviceAccount,
  google_os_config_patch_deployment: patchDeployment,
  // Several audit configs of one project join into the first (GCP_JOINED_TYPES holds only non-mapped types).
  google_project_iam_audit_config: projectAuditConfigs,
};

/** Split resources joined into a parent above: joined type -> parent type. */
export const GCP_JOINED_TYPES: Readonly<Record<string, string>> = {
  google_storage_bucket_iam_member: 'google_storage_bucket',
  google_storage_bucket_iam_binding: 'google_storage_bucket',
  google_storage_bucket_iam_policy: 'google_storage_bucket',
  google_compute_disk_resource_policy_attachment: 'google_compute_disk',
  google_compute_network_peering: 'google_compute_network',
  google_bigquery_dataset_iam_member: 'google_bigquery_dataset',
  google_bigquery_dataset_iam_binding: 'google_bigquery_dataset',
  google_bigquery_dataset_iam_policy: 'google_bigquery_dataset',
  google_kms_crypto_key_iam_member: 'google_kms_crypto_key',
  google_kms_crypto_key_iam_binding: 'google_kms_crypto_key',
  google_kms_crypto_key_iam_policy: 'google_kms_crypto_key',
  google_kms_key_ring_iam_member: 'google_kms_key_ring',
  google_kms_key_ring_iam_binding: 'google_kms_key_ring',
  google_kms_key_ring_iam_policy: 'google_kms_key_ring',
  google_service_account_key: 'google_service_account',
};
