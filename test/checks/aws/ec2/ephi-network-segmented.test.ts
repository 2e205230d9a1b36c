import { describe, expect, it } from 'vitest';
import check from '../../../../checks/aws/ec2/ephi-network-segmented.js';
import type { Resource } from '../../../../src/model/resource.js';
import type { NetworkAclEntry, Route, SecurityGroupRule } from '../../../../src/model/types/aws/index.js';
import { checkCases, makeContext } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

/**
 * Hand-built VPC topologies, each a few resources, read the way the AWS docs describe them:
 * security groups are stateful and allow-only (a group reference admits the group's members),
 * network ACLs are stateless and first-match by rule number and skip traffic inside one subnet,
 * routes are longest-prefix, peering needs routes both ways through an active connection.
 */
const arn = (kind: string, id: string) => `arn:aws:ec2:us-east-1:111122223333:${kind}/${id}`;
const all = (over: Partial<SecurityGroupRule> = {}): SecurityGroupRule => ({ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [], ...over });
const tcp = (port: number, over: Partial<SecurityGroupRule> = {}): SecurityGroupRule => ({ ...all(over), protocol: 'tcp', fromPort: port, toPort: port });
const entry = (ruleNumber: number, egress: boolean, action: 'allow' | 'deny', cidr: string, protocol = '-1', ports: [number, number] | null = null): NetworkAclEntry => ({
  ruleNumber, egress, action, protocol, cidrBlock: cidr, ipv6CidrBlock: null, fromPort: ports?.[0] ?? null, toPort: ports?.[1] ?? null,
});
const OPEN_ACL = [entry(100, false, 'allow', '0.0.0.0/0'), entry(100, true, 'allow', '0.0.0.0/0'), entry(32767, false, 'deny', '0.0.0.0/0'), entry(32767, true, 'deny', '0.0.0.0/0')];
const route = (destination: string, targetId: string, targetKind: Route['targetKind']): Route => ({ destination, destinationPrefixListId: null, targetKind, targetId, state: 'active' });

const subnet = (id: string, cidr: string, vpc = 'vpc-1') => aws('aws.ec2.subnet', { vpcId: vpc, cidrBlock: cidr }, { id: arn('subnet', id), name: id });
const sg = (id: string, ingress: readonly SecurityGroupRule[] | undefined, egress: readonly SecurityGroupRule[] | undefined = [all({ ipv4Ranges: ['0.0.0.0/0'] })], vpc = 'vpc-1') =>
  aws('aws.ec2.security-group', { groupName: id, vpcId: vpc, ingress, egress }, { id: arn('security-group', id), name: id });
const acl = (id: string, subnets: readonly string[], entries: readonly NetworkAclEntry[] | undefined, vpc = 'vpc-1') =>
  aws('aws.ec2.network-acl', { vpcId: vpc, subnetIds: subnets, entries }, { id: arn('network-acl', id), name: id });
const table = (id: string, vpc: string, main: boolean, subnets: readonly string[], routes: readonly Route[]) =>
  aws('aws.ec2.route-table', { vpcId: vpc, main, subnetIds: subnets, routes }, { id: arn('route-table', id), name: id });
const instance = (id: string, subnetId: string, groups: readonly string[], tags: Record<string, string> = {}) =>
  aws('aws.ec2.instance', { subnetId, securityGroupIds: groups, vpcId: 'vpc-1' }, { id: arn('instance', id), name: id, tags });
const db = (config: Partial<Resource<'aws.rds.instance'>['config']> = {}) =>
  aws('aws.rds.instance', { subnetIds: ['subnet-db'], securityGroupIds: ['sg-db'], publiclyAccessible: false, ...config }, { id: 'arn:aws:rds:us-east-1:111122223333:db:ehr', name: 'ehr', tags: EPHI_TAGS });

/** One VPC: an application subnet and a database subnet, open ACLs, a main table with the local route. */
function vpc(over: { dbIngress?: readonly SecurityGroupRule[] | undefined; appEgress?: readonly SecurityGroupRule[]; dbAcl?: readonly NetworkAclEntry[] | undefined; extra?: readonly Resource[]; drop?: readonly string[] } = {}): Resource[] {
  const list: Resource[] = [
    subnet('subnet-app', '10.0.1.0/24'), subnet('subnet-db', '10.0.2.0/24'),
    sg('sg-app', [], over.appEgress), sg('sg-db', 'dbIngress' in over ? over.dbIngress : [tcp(5432, { sourceGroupIds: ['sg-app'] })]),
    acl('acl-app', ['subnet-app'], OPEN_ACL), acl('acl-db', ['subnet-db'], 'dbAcl' in over ? over.dbAcl : OPEN_ACL),
    table('rtb-main', 'vpc-1', true, [], [route('10.0.0.0/16', 'local', 'local')]),
    instance('i-app', 'subnet-app', ['sg-app']),
    ...(over.extra ?? []),
  ];
  return list.filter((r) => !(over.drop ?? []).includes(r.name));
}

/** The database in a public subnet (default route to an internet gateway), publicly accessible. */
function publicDb(ingress: readonly SecurityGroupRule[], dbAcl: readonly NetworkAclEntry[] = OPEN_ACL): Resource[] {
  return vpc({ dbIngress: ingress, dbAcl, extra: [table('rtb-public', 'vpc-1', false, ['subnet-db'], [route('10.0.0.0/16', 'local', 'local'), route('0.0.0.0/0', 'igw-1', 'internet-gateway')])] });
}

/** A second VPC peered with the first: the application lives there. */
function peered(over: { appRoute?: Route | null; dbRoute?: Route | null; peering?: Resource | null } = {}): Resource[] {
  const pcx = aws('aws.ec2.network-gateway', { kind: 'vpc-peering', vpcIds: ['vpc-2', 'vpc-1'], subnetId: null, state: 'active' }, { id: arn('vpc-peering-connection', 'pcx-1'), name: 'pcx-1' });
  const appRoute = over.appRoute === undefined ? route('10.0.0.0/16', 'pcx-1', 'vpc-peering') : over.appRoute;
  const dbRoute = over.dbRoute === undefined ? route('10.1.0.0/16', 'pcx-1', 'vpc-peering') : over.dbRoute;
  return [
    subnet('subnet-app', '10.1.1.0/24', 'vpc-2'), subnet('subnet-db', '10.0.2.0/24'),
    sg('sg-app', [], undefined, 'vpc-2'), sg('sg-db', [all({ ipv4Ranges: ['10.1.0.0/16'] })]),
    acl('acl-app', ['subnet-app'], OPEN_ACL, 'vpc-2'), acl('acl-db', ['subnet-db'], OPEN_ACL),
    table('rtb-app', 'vpc-2', true, [], [route('10.1.0.0/16', 'local', 'local'), ...(appRoute ? [appRoute] : [])]),
    table('rtb-db', 'vpc-1', true, [], [route('10.0.0.0/16', 'local', 'local'), ...(dbRoute ? [dbRoute] : [])]),
    aws('aws.ec2.instance', { subnetId: 'subnet-app', securityGroupIds: ['sg-app'], vpcId: 'vpc-2' }, { id: arn('instance', 'i-app'), name: 'i-app' }),
    ...(over.peering === null ? [] : [over.peering ?? pcx]),
  ];
}

const flat = [all({ sourceGroupIds: ['sg-app'] })];

checkCases(check, {
  pass: [
    { name: 'the application reaches the database on its port only', resource: db(), inventory: vpc() },
    { name: 'all traffic allowed by the group, but the database subnet ACL admits only 5432', resource: db(), inventory: vpc({ dbIngress: flat, dbAcl: [entry(100, false, 'allow', '10.0.0.0/16', '6', [5432, 5432]), entry(100, true, 'allow', '0.0.0.0/0')] }) },
    { name: 'all traffic allowed inbound, but the ACL lets no reply out (stateless)', resource: db(), inventory: vpc({ dbIngress: flat, dbAcl: [entry(100, false, 'allow', '0.0.0.0/0'), entry(100, true, 'deny', '0.0.0.0/0')] }) },
    { name: 'the application group has no egress rule', resource: db(), inventory: vpc({ dbIngress: flat, appEgress: [] }) },
    { name: 'publicly accessible, but only an office address is allowed', resource: db({ publiclyAccessible: true }), inventory: publicDb([tcp(5432, { ipv4Ranges: ['198.51.100.7/32'] })]) },
    { name: 'open to 0.0.0.0/0 but not publicly accessible', resource: db(), inventory: publicDb([tcp(5432, { ipv4Ranges: ['0.0.0.0/0'] })]) },
    { name: 'public subnet route, but the database ACL denies the internet first', resource: db({ publiclyAccessible: true }), inventory: publicDb([tcp(5432, { ipv4Ranges: ['0.0.0.0/0'] })], [entry(50, false, 'allow', '10.0.0.0/8'), entry(100, false, 'deny', '0.0.0.0/0'), entry(100, true, 'allow', '0.0.0.0/0')]) },
    { name: 'peered VPC without a return route', resource: db(), inventory: peered({ dbRoute: null }) },
    { name: 'peering connection not active', resource: db(), inventory: peered({ peering: aws('aws.ec2.network-gateway', { kind: 'vpc-peering', vpcIds: ['vpc-2', 'vpc-1'], subnetId: null, state: 'pending-acceptance' }, { id: arn('vpc-peering-connection', 'pcx-1'), name: 'pcx-1' }) }) },
  ],
  fail: [
    { name: 'a non-ePHI instance reaches the database on every port (group reference)', resource: db(), inventory: vpc({ dbIngress: flat }), evidencePath: 'reachability.paths' },
    { name: 'the VPC range is allowed on every port', resource: db(), inventory: vpc({ dbIngress: [all({ ipv4Ranges: ['10.0.0.0/16'] })] }), evidencePath: 'reachability.paths' },
    { name: 'every TCP port, spelled as a range', resource: db(), inventory: vpc({ dbIngress: [{ ...tcp(0), fromPort: 0, toPort: 65535, sourceGroupIds: ['sg-app'] }] }), evidencePath: 'reachability.paths' },
    { name: 'same subnet: the ACL that would deny is not crossed', resource: db({ subnetIds: ['subnet-app'] }), inventory: vpc({ dbIngress: flat, extra: [acl('acl-app-deny', [], [entry(1, false, 'deny', '0.0.0.0/0')])] }), evidencePath: 'reachability.paths' },
    { name: 'the internet reaches a publicly accessible database', resource: db({ publiclyAccessible: true }), inventory: publicDb([tcp(5432, { ipv4Ranges: ['0.0.0.0/0'] })]), evidencePath: 'reachability.paths' },
    { name: 'the internet as two halves', resource: db({ publiclyAccessible: true }), inventory: publicDb([tcp(5432, { ipv4Ranges: ['0.0.0.0/1', '128.0.0.0/1'] })]), evidencePath: 'reachability.paths' },
    { name: 'a block list in the ACL still leaves the internet in', resource: db({ publiclyAccessible: true }), inventory: publicDb([tcp(5432, { ipv4Ranges: ['0.0.0.0/0'] })], [entry(50, false, 'deny', '203.0.113.0/24'), ...OPEN_ACL]), evidencePath: 'reachability.paths' },
    { name: 'a peered VPC reaches the database on every port', resource: db(), inventory: peered(), evidencePath: 'reachability.paths' },
  ],
  notAssessed: [
    { name: 'tags unreadable: whether it holds ePHI is unknown', resource: aws('aws.rds.instance', {}, { tags: undefined }), inventory: vpc({ dbIngress: flat }), evidencePath: 'tags' },
    { name: 'the database group rules could not be read', resource: db(), inventory: vpc({ dbIngress: undefined }), evidencePath: 'reachability.unknown' },
    { name: 'the database subnet ACL could not be read', resource: db(), inventory: vpc({ dbIngress: flat, dbAcl: undefined }), evidencePath: 'reachability.unknown' },
    { name: 'the database subnet has no ACL in the inventory', resource: db(), inventory: vpc({ dbIngress: flat, drop: ['acl-db'] }), evidencePath: 'reachability.unknown' },
    { name: 'the subnets of the database are unknown', resource: db({ subnetIds: undefined }), inventory: vpc(), evidencePath: 'reachability.unknown' },
    { name: 'a prefix list might hold the application range', resource: db(), inventory: vpc({ dbIngress: [all({ prefixListIds: ['pl-1'] })] }), evidencePath: 'reachability.unknown' },
    { name: 'public access unknown with a world-open group', resource: db({ publiclyAccessible: undefined }), inventory: publicDb([tcp(5432, { ipv4Ranges: ['0.0.0.0/0'] })]), evidencePath: 'reachability.unknown' },
    { name: 'through a transit gateway (its route tables are not read)', resource: db(), inventory: peered({ appRoute: route('10.0.0.0/16', 'tgw-1', 'transit-gateway'), dbRoute: route('10.1.0.0/16', 'tgw-1', 'transit-gateway') }), evidencePath: 'reachability.unknown' },
    { name: 'the peering connection is not in the inventory', resource: db(), inventory: peered({ peering: null }), evidencePath: 'reachability.unknown' },
    {
      name: 'security groups could not be listed in the region', resource: db(), inventory: vpc(), evidencePath: 'reachability.unknown',
      gaps: [{ provider: 'aws', service: 'ec2', operation: 'DescribeSecurityGroups', account: '111122223333', region: 'us-east-1', resourceTypes: ['aws.ec2.security-group'], reason: 'access-denied', message: 'denied' }],
    },
  ],
  notApplicable: [
    { name: 'not tagged as ePHI', resource: aws('aws.rds.instance'), inventory: vpc({ dbIngress: flat }) },
  ],
});

describe('aws-ec2-ephi-network-segmented evidence', () => {
  it('names the failing path hop by hop, with the rule that allowed each hop', () => {
    const inventory = vpc({ dbIngress: flat });
    const v = check.evaluate(db(), makeContext({}, [db(), ...inventory]));
    expect(v.status).toBe('fail');
    if (v.status === 'not_applicable') return;
    expect(v.message).toContain('non-ePHI workload i-app reaches it on all traffic');
    const paths = v.evidence.find((e) => e.path === 'reachability.paths')?.observed as { class: string; source: { id: string }; hops: { kind: string; role: string; rules: string[] }[] }[];
    expect(paths[0]?.class).toBe('non-ephi-all-ports');
    expect(paths[0]?.source.id).toBe(arn('instance', 'i-app'));
    expect(paths[0]?.hops.map((h) => `${h.kind} ${h.role}`)).toEqual([
      'security-group egress', 'network-acl outbound', 'network-acl replies inbound', 'route route', 'network-acl inbound', 'network-acl replies outbound', 'security-group ingress',
    ]);
    expect(paths[0]?.hops[0]?.rules).toEqual(['sg-app egress all traffic to 0.0.0.0/0']);
    expect(paths[0]?.hops[3]?.rules).toEqual(['local route (same VPC)']);
    expect(paths[0]?.hops[4]?.rules).toEqual(['acl-db inbound rule 100 allow all traffic from 0.0.0.0/0']);
    expect(paths[0]?.hops[6]?.rules).toEqual(['sg-db ingress all traffic from sg-app']);
  });

  it('an ePHI workload is not a source, and the internet path names the gateway route', () => {
    const inventory = publicDb([tcp(5432, { ipv4Ranges: ['0.0.0.0/0'] })]).map((r) => (r.name === 'i-app' ? { ...r, tags: EPHI_TAGS } : r));
    const target = db({ publiclyAccessible: true });
    const v = check.evaluate(target, makeContext({}, [target, ...inventory]));
    expect(v.status).toBe('fail');
    if (v.status === 'not_applicable') return;
    const paths = v.evidence.find((e) => e.path === 'reachability.paths')?.observed as { class: string; traffic: string; hops: { kind: string; rules: string[] }[] }[];
    expect(paths.map((p) => p.class)).toEqual(['internet-to-ephi']);
    expect(paths[0]?.traffic).toBe('tcp 5432');
    expect(paths[0]?.hops[0]?.rules).toEqual(['rtb-public 0.0.0.0/0 -> igw-1']);
  });
});
