import type { AwsWorld, Item, WorldRegion } from './world.js';

interface Recorded {
  readonly type: string;
  readonly list: (r: WorldRegion) => readonly Item[] | undefined;
  readonly id: string;
  readonly arn: (region: string, account: string, id: string) => string;
}

/** AWS Config resource types the simulator records, with the EC2 items and id member behind each. */
const RECORDED: readonly Recorded[] = [
  { type: 'AWS::EC2::Volume', list: (r) => r.ec2?.volumes, id: 'VolumeId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:volume/${i}` },
  { type: 'AWS::EC2::VPC', list: (r) => r.ec2?.vpcs, id: 'VpcId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:vpc/${i}` },
  { type: 'AWS::EC2::Subnet', list: (r) => r.ec2?.subnets, id: 'SubnetId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:subnet/${i}` },
  { type: 'AWS::EC2::RouteTable', list: (r) => r.ec2?.routeTables, id: 'RouteTableId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:route-table/${i}` },
  { type: 'AWS::EC2::SecurityGroup', list: (r) => r.ec2?.securityGroups, id: 'GroupId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:security-group/${i}` },
  { type: 'AWS::EC2::NetworkAcl', list: (r) => r.ec2?.networkAcls, id: 'NetworkAclId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:network-acl/${i}` },
  { type: 'AWS::EC2::Instance', list: (r) => r.ec2?.instances, id: 'InstanceId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:instance/${i}` },
  { type: 'AWS::EC2::NetworkInterface', list: (r) => r.ec2?.networkInterfaces, id: 'NetworkInterfaceId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:network-interface/${i}` },
];

/** Does the region's recorder record this type (all supported types, or the group's list)? */
function records(r: WorldRegion, type: string): boolean {
  const rec = r.config;
  return rec?.recording === true && (rec.resourceTypes ? rec.resourceTypes.includes(type) : rec.allSupported !== false);
}

/**
 * AWS::KMS::Key items as Config records them: the DescribeKey metadata as `configuration`, the
 * rotation status as `supplementaryConfiguration.KeyRotationStatus`, the tags as [{key, value}].
 */
function kmsItems(account: string, region: string, r: WorldRegion): Item[] {
  return (r.kms?.keys ?? []).map((k) => {
    const meta = k.KeyMetadata;
    const symmetric = meta.KeySpec === 'SYMMETRIC_DEFAULT' && meta.Origin === 'AWS_KMS';
    return {
      accountId: account, awsRegion: region, resourceType: 'AWS::KMS::Key', resourceId: String(meta.KeyId), resourceName: String(meta.KeyId), arn: String(meta.Arn),
      configurationItemStatus: 'OK', configuration: camelize(Object.fromEntries(Object.entries(meta).filter(([m]) => !(k.notInConfig ?? []).includes(m)))),
      supplementaryConfiguration: symmetric ? { KeyRotationStatus: k.rotation ?? false } : {},
      tags: (k.Tags ?? []).map((t) => ({ key: t.TagKey, value: t.TagValue })),
    };
  });
}

/** PascalCase SDK members to the camelCase Config `configuration` (Config serializes the service model that way). */
export function camelize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelize);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.charAt(0).toLowerCase() + k.slice(1), camelize(x)]));
  return v;
}

const cache = new WeakMap<AwsWorld, Map<string, readonly Item[]>>();

/** Config items of one account and region, for the types its recorder records (computed once per world). */
function regionItems(world: AwsWorld, account: string, region: string): readonly Item[] {
  let byRegion = cache.get(world);
  if (!byRegion) cache.set(world, (byRegion = new Map<string, readonly Item[]>()));
  const key = `${account}/${region}`;
  const hit = byRegion.get(key);
  if (hit) return hit;
  const r = world.accounts.find((a) => a.id === account)?.regions[region];
  const out: Item[] = [];
  if (r) {
    for (const t of RECORDED) {
      if (!records(r, t.type)) continue;
      for (const item of t.list(r) ?? []) {
        const id = String(item[t.id]);
        const tags = Array.isArray(item.Tags) ? (item.Tags as { Key: string; Value: string }[]) : [];
        out.push({
          accountId: account, awsRegion: region, resourceType: t.type, resourceId: id, resourceName: tags.find((x) => x.Key === 'Name')?.Value ?? id, arn: t.arn(region, account, id),
          configurationItemStatus: 'OK', configuration: camelize(item), supplementaryConfiguration: {}, tags: tags.map((x) => ({ key: x.Key, value: x.Value })),
        });
      }
    }
    if (records(r, 'AWS::KMS::Key')) out.push(...kmsItems(account, region, r));
  }
  byRegion.set(key, out);
  return out;
}

/** Config items of the given accounts (and region, or all) where the region's recorder records them. */
export function configItems(world: AwsWorld, accounts: readonly string[], region: string | undefined): readonly Item[] {
  // One account and region: the cached list itself, so selectConfig's answers for it are cached too.
  if (accounts.length === 1 && region !== undefined) return regionItems(world, accounts[0] ?? '', region);
  const out: Item[] = [];
  for (const acct of world.accounts) {
    if (!accounts.includes(acct.id)) continue;
    for (const name of Object.keys(acct.regions).sort()) if (region === undefined || name === region) out.push(...regionItems(world, acct.id, name));
  }
  return out;
}

const selected = new WeakMap<readonly Item[], Map<string, readonly string[]>>();

/**
 * The subset of Config's SQL the scanner uses: `SELECT ... WHERE resourceType IN ('A', 'B')`
 * or `resourceType = 'A'`, optionally `AND accountId = '...'` / `AND awsRegion = '...'`. Every
 * property is returned (the select list is ignored); results are JSON strings as the API returns them, computed once per item list and expression.
 */
export function selectConfig(items: readonly Item[], expression: string): readonly string[] {
  let byExpression = selected.get(items);
  if (!byExpression) selected.set(items, (byExpression = new Map<string, readonly string[]>()));
  let hit = byExpression.get(expression);
  if (!hit) byExpression.set(expression, (hit = select(items, expression)));
  return hit;
}

function select(items: readonly Item[], expression: string): string[] {
  const where = /\bWHERE\b([\s\S]*)$/i.exec(expression)?.[1] ?? '';
  const types = /resourceType\s+IN\s*\(([^)]*)\)/i.exec(where)?.[1]?.split(',').map((s) => s.trim().replace(/^'|'$/g, '')) ?? /resourceType\s*=\s*'([^']+)'/i.exec(where)?.slice(1);
  const account = /accountId\s*=\s*'([^']+)'/i.exec(where)?.[1];
  const region = /awsRegion\s*=\s*'([^']+)'/i.exec(where)?.[1];
  return items
    .filter((i) => (!types || types.includes(String(i.resourceType))) && (!account || i.accountId === account) && (!region || i.awsRegion === region))
    .map((i) => JSON.stringify(i));
}
