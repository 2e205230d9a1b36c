import type { AwsWorld, Item, WorldRegion } from './world.js';

/** AWS Config resource types the simulator records, with the EC2 items and id member behind each. */
const RECORDED: readonly { readonly type: string; readonly list: (r: WorldRegion) => readonly Item[] | undefined; readonly id: string; readonly arn: (region: string, account: string, id: string) => string }[] = [
  { type: 'AWS::EC2::Volume', list: (r) => r.ec2?.volumes, id: 'VolumeId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:volume/${i}` },
  { type: 'AWS::EC2::VPC', list: (r) => r.ec2?.vpcs, id: 'VpcId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:vpc/${i}` },
  { type: 'AWS::EC2::Subnet', list: (r) => r.ec2?.subnets, id: 'SubnetId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:subnet/${i}` },
  { type: 'AWS::EC2::RouteTable', list: (r) => r.ec2?.routeTables, id: 'RouteTableId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:route-table/${i}` },
  { type: 'AWS::EC2::SecurityGroup', list: (r) => r.ec2?.securityGroups, id: 'GroupId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:security-group/${i}` },
  { type: 'AWS::EC2::NetworkAcl', list: (r) => r.ec2?.networkAcls, id: 'NetworkAclId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:network-acl/${i}` },
  { type: 'AWS::EC2::Instance', list: (r) => r.ec2?.instances, id: 'InstanceId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:instance/${i}` },
  { type: 'AWS::EC2::NetworkInterface', list: (r) => r.ec2?.networkInterfaces, id: 'NetworkInterfaceId', arn: (g, a, i) => `arn:aws:ec2:${g}:${a}:network-interface/${i}` },
];

/** PascalCase SDK members to the camelCase Config `configuration` (Config serializes the service model that way). */
export function camelize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelize);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.charAt(0).toLowerCase() + k.slice(1), camelize(x)]));
  return v;
}

/** Config items of the given accounts (and region, or all) where the region's recorder is recording. */
export function configItems(world: AwsWorld, accounts: readonly string[], region: string | undefined): Item[] {
  const out: Item[] = [];
  for (const acct of world.accounts) {
    if (!accounts.includes(acct.id)) continue;
    for (const [name, r] of Object.entries(acct.regions).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if ((region !== undefined && name !== region) || r.config?.recording !== true) continue;
      for (const t of RECORDED) {
        for (const item of t.list(r) ?? []) {
          const id = String(item[t.id]);
          const tags = Array.isArray(item.Tags) ? (item.Tags as { Key: string; Value: string }[]) : [];
          out.push({
            accountId: acct.id, awsRegion: name, resourceType: t.type, resourceId: id, resourceName: tags.find((x) => x.Key === 'Name')?.Value ?? id, arn: t.arn(name, acct.id, id),
            configurationItemStatus: 'OK', configuration: camelize(item), supplementaryConfiguration: {}, tags: tags.map((x) => ({ key: x.Key, value: x.Value })),
          });
        }
      }
    }
  }
  return out;
}

/**
 * The subset of Config's SQL the scanner uses: `SELECT ... WHERE resourceType IN ('A', 'B')`
 * or `resourceType = 'A'`, optionally `AND accountId = '...'` / `AND awsRegion = '...'`. Every
 * property is returned (the select list is ignored); results are JSON strings as the API returns them.
 */
export function selectConfig(items: readonly Item[], expression: string): string[] {
  const where = /\bWHERE\b([\s\S]*)$/i.exec(expression)?.[1] ?? '';
  const types = /resourceType\s+IN\s*\(([^)]*)\)/i.exec(where)?.[1]?.split(',').map((s) => s.trim().replace(/^'|'$/g, '')) ?? /resourceType\s*=\s*'([^']+)'/i.exec(where)?.slice(1);
  const account = /accountId\s*=\s*'([^']+)'/i.exec(where)?.[1];
  const region = /awsRegion\s*=\s*'([^']+)'/i.exec(where)?.[1];
  return items
    .filter((i) => (!types || types.includes(String(i.resourceType))) && (!account || i.accountId === account) && (!region || i.awsRegion === region))
    .map((i) => JSON.stringify(i));
}
