import {
  GetEbsDefaultKmsKeyIdCommand, GetEbsEncryptionByDefaultCommand, paginateDescribeFlowLogs, paginateDescribeInstances, paginateDescribeInternetGateways, paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces, paginateDescribeRouteTables, paginateDescribeSecurityGroups, paginateDescribeSnapshots, paginateDescribeSubnets, paginateDescribeVolumes, paginateDescribeVpcPeeringConnections,
  paginateDescribeVpcs,
} from '@aws-sdk/client-ec2';
import { paginateDescribeInstanceInformation, paginateListResourceComplianceSummaries } from '@aws-sdk/client-ssm';
import type { Resource, ResourceType } from '../../../src/model/resource.js';
import {
  arr, instanceConfig, networkAclConfig, pascalize, peeringConfig, routeTableConfig, securityGroupConfig, snapshotConfig, str, subnetConfig, tagsOf, volumeConfig, vpcConfig, type Raw,
} from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';

/** Config resource types the EC2 unit reads from AWS Config when the region's recorder records everything. */
export const EC2_CONFIG_TYPES = [
  'AWS::EC2::Instance', 'AWS::EC2::NetworkAcl', 'AWS::EC2::NetworkInterface', 'AWS::EC2::RouteTable', 'AWS::EC2::SecurityGroup', 'AWS::EC2::Subnet', 'AWS::EC2::VPC', 'AWS::EC2::Volume',
] as const;

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/**
 * EC2 in one region, plus the Systems Manager facts of its instances (so an instance is
 * complete within one unit). Each inventory type comes from AWS Config where the region's
 * recorder records it, from its Describe API otherwise; account settings, snapshots and flow
 * logs are always read directly, alongside.
 */
export async function collectEc2(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const ec2 = u.client('ec2');
  const ssm = u.client('ssm');
  const p = { client: ec2, pageSize: 1000 };
  // Each type from AWS Config where the region's recorder records it, else from its Describe API.
  const list = async (configType: string, op: string, hides: readonly ResourceType[], read: () => Promise<Raw[]>): Promise<{ items: Raw[] | null | undefined; api: string }> => {
    const fromConfig = await u.configItems(configType);
    if (fromConfig) return { items: fromConfig.map((i) => pascalize(i.configuration) as Raw), api: 'config:SelectResourceConfig' };
    return { items: await u.call('ec2', op, hides, read), api: `ec2:${op}` };
  };

  const inventory = Promise.all([
    list('AWS::EC2::Volume', 'DescribeVolumes', ['aws.ec2.volume'], () => drain(paginateDescribeVolumes({ ...p, pageSize: 500 }, {}), (r) => raw(r.Volumes), u.signal)),
    list('AWS::EC2::VPC', 'DescribeVpcs', ['aws.ec2.vpc'], () => drain(paginateDescribeVpcs(p, {}), (r) => raw(r.Vpcs), u.signal)),
    list('AWS::EC2::Subnet', 'DescribeSubnets', ['aws.ec2.subnet'], () => drain(paginateDescribeSubnets(p, {}), (r) => raw(r.Subnets), u.signal)),
    list('AWS::EC2::RouteTable', 'DescribeRouteTables', ['aws.ec2.subnet', 'aws.ec2.route-table'], () => drain(paginateDescribeRouteTables({ ...p, pageSize: 100 }, {}), (r) => raw(r.RouteTables), u.signal)),
    list('AWS::EC2::SecurityGroup', 'DescribeSecurityGroups', ['aws.ec2.security-group'], () => drain(paginateDescribeSecurityGroups(p, {}), (r) => raw(r.SecurityGroups), u.signal)),
    list('AWS::EC2::NetworkAcl', 'DescribeNetworkAcls', ['aws.ec2.network-acl'], () => drain(paginateDescribeNetworkAcls(p, {}), (r) => raw(r.NetworkAcls), u.signal)),
    list('AWS::EC2::Instance', 'DescribeInstances', ['aws.ec2.instance'], () => drain(paginateDescribeInstances(p, {}), (r) => (r.Reservations ?? []).flatMap((x) => raw(x.Instances)), u.signal)),
    list('AWS::EC2::NetworkInterface', 'DescribeNetworkInterfaces', ['aws.ec2.security-group'], () => drain(paginateDescribeNetworkInterfaces(p, {}), (r) => raw(r.NetworkInterfaces), u.signal)),
  ]);
  const direct = Promise.all([
    u.call('ec2', 'DescribeFlowLogs', ['aws.ec2.vpc'], () => drain(paginateDescribeFlowLogs(p, {}), (r) => raw(r.FlowLogs), u.signal)),
    u.call('ec2', 'DescribeSnapshots', ['aws.ec2.snapshot'], () => drain(paginateDescribeSnapshots(p, { OwnerIds: ['self'] }), (r) => raw(r.Snapshots), u.signal)),
    // Owned snapshots restorable by everyone are the public ones: one listing instead of an attribute call per snapshot.
    u.call('ec2', 'DescribeSnapshots', ['aws.ec2.snapshot'], () => drain(paginateDescribeSnapshots(p, { OwnerIds: ['self'], RestorableByUserIds: ['all'] }), (r) => raw(r.Snapshots), u.signal)),
    u.call('ec2', 'GetEbsEncryptionByDefault', ['aws.ec2.ebs-encryption-default'], () => ec2.send(new GetEbsEncryptionByDefaultCommand({}))),
    u.call('ec2', 'GetEbsDefaultKmsKeyId', ['aws.ec2.ebs-encryption-default'], () => ec2.send(new GetEbsDefaultKmsKeyIdCommand({}))),
    u.call('ec2', 'DescribeInternetGateways', ['aws.ec2.network-gateway'], () => drain(paginateDescribeInternetGateways(p, {}), (r) => raw(r.InternetGateways), u.signal)),
    u.call('ec2', 'DescribeVpcPeeringConnections', ['aws.ec2.network-gateway'], () => drain(paginateDescribeVpcPeeringConnections(p, {}), (r) => raw(r.VpcPeeringConnections), u.signal)),
    u.call('ssm', 'DescribeInstanceInformation', ['aws.ec2.instance'], () => drain(paginateDescribeInstanceInformation({ client: ssm, pageSize: 50 }, {}), (r) => raw(r.InstanceInformationList), u.signal)),
    u.call('ssm', 'ListResourceComplianceSummaries', ['aws.ec2.instance'], () =>
      drain(paginateListResourceComplianceSummaries({ client: ssm, pageSize: 100 }, { Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }] }), (r) => raw(r.ResourceComplianceSummaryItems), u.signal)),
    u.call('ssm', 'ListResourceComplianceSummaries', ['aws.ec2.instance'], () =>
      drain(paginateListResourceComplianceSummaries({ client: ssm, pageSize: 100 }, { Filters: [{ Key: 'ComplianceType', Values: ['Association'], Type: 'EQUAL' }] }), (r) => raw(r.ResourceComplianceSummaryItems), u.signal)),
  ]);
  const [[volumes, vpcs, subnets, routeTables, groups, acls, instances, interfaces], [flowLogs, snapshots, publicSnapshots, ebsDefault, ebsKey, gateways, peerings, managed, patch, association]] = await Promise.all([inventory, direct]);

  const base = { provider: 'aws' as const, account, region };
  const src = (from: { api: string }) => ({ kind: 'live' as const, api: from.api });
  const arn = (kind: string, id: string) => `arn:aws:ec2:${region}:${account}:${kind}/${id}`;
  const named = (item: Raw, id: string) => tagsOf(item.Tags).Name ?? id;
  const emit = (r: Resource) => u.emit(r);

  for (const v of volumes.items ?? []) {
    const id = str(v.VolumeId) ?? '';
    emit({ ...base, type: 'aws.ec2.volume', id: arn('volume', id), name: named(v, id), tags: tagsOf(v.Tags), config: volumeConfig(v), source: src(volumes) });
  }
  for (const v of vpcs.items ?? []) {
    const id = str(v.VpcId) ?? '';
    emit({ ...base, type: 'aws.ec2.vpc', id: arn('vpc', id), name: named(v, id), tags: tagsOf(v.Tags), config: vpcConfig(v, flowLogs ?? undefined), source: src(vpcs) });
  }
  for (const s of subnets.items ?? []) {
    const id = str(s.SubnetId) ?? '';
    emit({ ...base, type: 'aws.ec2.subnet', id: arn('subnet', id), name: named(s, id), tags: tagsOf(s.Tags), config: subnetConfig(s, routeTables.items ?? undefined), source: src(subnets) });
  }
  for (const g of groups.items ?? []) {
    const id = str(g.GroupId) ?? '';
    emit({ ...base, type: 'aws.ec2.security-group', id: arn('security-group', id), name: str(g.GroupName) ?? id, tags: tagsOf(g.Tags), config: securityGroupConfig(g, interfaces.items ?? undefined), source: src(groups) });
  }
  for (const n of acls.items ?? []) {
    const id = str(n.NetworkAclId) ?? '';
    emit({ ...base, type: 'aws.ec2.network-acl', id: arn('network-acl', id), name: named(n, id), tags: tagsOf(n.Tags), config: networkAclConfig(n), source: src(acls) });
  }
  const ssmFacts = {
    managed: managed ? new Set(managed.filter((m) => str(m.PingStatus) === 'Online').map((m) => str(m.InstanceId) ?? '')) : undefined,
    patch: patch ? new Map(patch.map((c) => [str(c.ResourceId) ?? '', c])) : undefined,
    association: association ? new Map(association.map((c) => [str(c.ResourceId) ?? '', c])) : undefined,
  };
  for (const i of instances.items ?? []) {
    const id = str(i.InstanceId) ?? '';
    emit({ ...base, type: 'aws.ec2.instance', id: arn('instance', id), name: named(i, id), tags: tagsOf(i.Tags), config: instanceConfig(i, ssmFacts), source: src(instances) });
  }
  const publicIds = publicSnapshots ? new Set(publicSnapshots.map((s) => str(s.SnapshotId))) : undefined;
  for (const s of snapshots ?? []) {
    const id = str(s.SnapshotId) ?? '';
    emit({ ...base, type: 'aws.ec2.snapshot', id: `arn:aws:ec2:${region}::snapshot/${id}`, name: named(s, id), tags: tagsOf(s.Tags), config: snapshotConfig(s, publicIds ? publicIds.has(id) : undefined), source: { kind: 'live', api: 'ec2:DescribeSnapshots' } });
  }
  for (const g of gateways ?? []) {
    const id = str(g.InternetGatewayId) ?? '';
    emit({ ...base, type: 'aws.ec2.network-gateway', id: arn('internet-gateway', id), name: named(g, id), tags: tagsOf(g.Tags), config: { kind: 'internet-gateway', vpcIds: arr(g.Attachments).map((a) => str(a.VpcId) ?? '').filter(Boolean).sort(), subnetId: null, state: null }, source: { kind: 'live', api: 'ec2:DescribeInternetGateways' } });
  }
  for (const t of routeTables.items ?? []) {
    const id = str(t.RouteTableId) ?? '';
    emit({ ...base, type: 'aws.ec2.route-table', id: arn('route-table', id), name: named(t, id), tags: tagsOf(t.Tags), config: routeTableConfig(t), source: src(routeTables) });
  }
  for (const pc of peerings ?? []) {
    const id = str(pc.VpcPeeringConnectionId) ?? '';
    emit({ ...base, type: 'aws.ec2.network-gateway', id: arn('vpc-peering-connection', id), name: named(pc, id), tags: tagsOf(pc.Tags), config: peeringConfig(pc), source: { kind: 'live', api: 'ec2:DescribeVpcPeeringConnections' } });
  }
  if (ebsDefault !== undefined || ebsKey !== undefined) {
    emit({
      ...base, type: 'aws.ec2.ebs-encryption-default', id: `arn:aws:ec2:${region}:${account}:ebs-encryption-by-default`, name: `EBS encryption by default (${region})`, tags: {},
      config: { enabled: ebsDefault?.EbsEncryptionByDefault, kmsKeyId: ebsKey === undefined ? undefined : (ebsKey?.KmsKeyId ?? null) },
      source: { kind: 'live', api: 'ec2:GetEbsEncryptionByDefault' },
    });
  }
}
