import { defineResourceType } from '../registry.js';
import { openToWorld } from '../../aws/network.js';

export interface EbsVolumeConfig {
  readonly encrypted: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
  readonly state: string | undefined;
  /** Instance ids the volume is attached to. */
  readonly attachedInstanceIds: readonly string[] | undefined;
  readonly snapshotId: string | null | undefined;
}

export interface EbsSnapshotConfig {
  readonly encrypted: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
  readonly volumeId: string | null | undefined;
  /** Shared with everyone (createVolumePermission group `all`). */
  readonly public: boolean | undefined;
  readonly startTime: string | undefined;
}

/** EBS encryption by default: a per-region account setting. */
export interface EbsEncryptionDefaultConfig {
  readonly enabled: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
}

export interface VpcConfig {
  readonly cidrBlock: string | undefined;
  readonly isDefault: boolean | undefined;
  /** Flow logs attached to this VPC; [] = none. */
  readonly flowLogs: readonly { readonly id: string; readonly trafficType: 'ACCEPT' | 'REJECT' | 'ALL' | string; readonly destinationType: string; readonly status: string }[] | undefined;
}

export interface SubnetConfig {
  readonly vpcId: string | undefined;
  readonly cidrBlock: string | undefined;
  readonly availabilityZone: string | undefined;
  readonly mapPublicIpOnLaunch: boolean | undefined;
  readonly assignIpv6AddressOnCreation: boolean | undefined;
  /** The subnet's route table sends 0.0.0.0/0 or ::/0 to an internet gateway. */
  readonly routesToInternetGateway: boolean | undefined;
}

export interface SecurityGroupRule {
  /** `-1` = all protocols; otherwise `tcp`, `udp`, `icmp` or a protocol number. */
  readonly protocol: string;
  /** null for all ports. */
  readonly fromPort: number | null;
  readonly toPort: number | null;
  readonly ipv4Ranges: readonly string[];
  readonly ipv6Ranges: readonly string[];
  readonly sourceGroupIds: readonly string[];
  readonly prefixListIds: readonly string[];
  readonly description?: string;
}

export interface SecurityGroupConfig {
  readonly groupName: string | undefined;
  readonly vpcId: string | null | undefined;
  readonly isDefault: boolean | undefined;
  readonly ingress: readonly SecurityGroupRule[] | undefined;
  readonly egress: readonly SecurityGroupRule[] | undefined;
  /** Network interfaces (or instances) using the group; [] = unused. */
  readonly attachedTo: readonly string[] | undefined;
}

export interface NetworkAclEntry {
  readonly ruleNumber: number;
  readonly egress: boolean;
  readonly action: 'allow' | 'deny';
  readonly protocol: string;
  readonly cidrBlock: string | null;
  readonly ipv6CidrBlock: string | null;
  readonly fromPort: number | null;
  readonly toPort: number | null;
}

export interface NetworkAclConfig {
  readonly vpcId: string | undefined;
  readonly isDefault: boolean | undefined;
  readonly entries: readonly NetworkAclEntry[] | undefined;
  readonly subnetIds: readonly string[] | undefined;
}

export interface Ec2InstanceConfig {
  readonly state: string | undefined;
  readonly vpcId: string | null | undefined;
  readonly subnetId: string | null | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
  readonly publicIpAddress: string | null | undefined;
  readonly metadataOptions: { readonly httpTokens: 'required' | 'optional'; readonly httpEndpoint: 'enabled' | 'disabled' } | undefined;
  readonly iamInstanceProfileArn: string | null | undefined;
  readonly imageId: string | undefined;
  readonly platform: string | null | undefined;
  /** From Systems Manager patch compliance; null = not a managed instance. */
  readonly patchCompliance: { readonly status: 'COMPLIANT' | 'NON_COMPLIANT'; readonly criticalNonCompliant: number; readonly highNonCompliant: number; readonly lastScan: string | null } | null | undefined;
  /** Managed by Systems Manager (SSM agent online). */
  readonly ssmManaged: boolean | undefined;
  /**
   * State Manager association compliance (`ListResourceComplianceSummaries`, ComplianceType
   * Association); null = the instance reports none (not managed, or no association).
   */
  readonly associationCompliance: { readonly status: 'COMPLIANT' | 'NON_COMPLIANT'; readonly nonCompliant: number; readonly lastExecution: string | null } | null | undefined;
}

/** Internet gateways, NAT gateways, peering connections and transit gateway attachments, for the network map. */
export interface NetworkGatewayConfig {
  readonly kind: 'internet-gateway' | 'nat-gateway' | 'vpc-peering' | 'transit-gateway-attachment' | 'vpn-gateway';
  /** VPCs the gateway is attached to or connects (a peering connection: requester, then accepter). */
  readonly vpcIds: readonly string[] | undefined;
  readonly subnetId: string | null | undefined;
  /**
   * Peering connections: `Status.Code` (`active`, `pending-acceptance`, `rejected`, `deleted`...);
   * only an active connection carries traffic. null for kinds without one.
   */
  readonly state: string | null | undefined;
}

/** What a route sends traffic to, by the id prefix AWS gives each target. */
export type RouteTargetKind =
  | 'local' | 'internet-gateway' | 'egress-only-internet-gateway' | 'nat-gateway' | 'vpc-peering' | 'transit-gateway' | 'vpn-gateway'
  | 'network-interface' | 'instance' | 'vpc-endpoint' | 'local-gateway' | 'carrier-gateway' | 'core-network' | 'other';

/** One route of `RouteTables[].Routes[]` (DescribeRouteTables). */
export interface Route {
  /** `DestinationCidrBlock` or `DestinationIpv6CidrBlock`; null for a prefix-list route. */
  readonly destination: string | null;
  /** `DestinationPrefixListId`; null for a CIDR route. */
  readonly destinationPrefixListId: string | null;
  readonly targetKind: RouteTargetKind;
  /** `GatewayId`, `NatGatewayId`, `VpcPeeringConnectionId`, `TransitGatewayId`... (`local` for the VPC's own range). */
  readonly targetId: string;
  /** `State`: `active`, or `blackhole` when the target is gone or detached. */
  readonly state: 'active' | 'blackhole';
}

/** A VPC route table: its routes and the subnets it serves. */
export interface RouteTableConfig {
  readonly vpcId: string | undefined;
  /** The VPC's main table, which serves every subnet without an explicit association. */
  readonly main: boolean | undefined;
  /** Subnets explicitly associated with the table. */
  readonly subnetIds: readonly string[] | undefined;
  readonly routes: readonly Route[] | undefined;
}

const vpcOf = (vpcId: string | null | undefined) => (vpcId ? { networkId: vpcId } : {});

export const EBS_VOLUME = defineResourceType({ type: 'aws.ec2.volume', provider: 'aws', title: 'EBS volume', native: { awsConfig: 'AWS::EC2::Volume', terraform: ['aws_ebs_volume'] } });
export const EBS_SNAPSHOT = defineResourceType({ type: 'aws.ec2.snapshot', provider: 'aws', title: 'EBS snapshot', native: { terraform: ['aws_ebs_snapshot', 'aws_ebs_snapshot_copy'] }, network: (c) => ({ publicAddress: c.public }) });
export const EBS_ENCRYPTION_DEFAULT = defineResourceType({ type: 'aws.ec2.ebs-encryption-default', provider: 'aws', title: 'EBS encryption by default (region)', native: { terraform: ['aws_ebs_encryption_by_default'] } });
export const VPC = defineResourceType({ type: 'aws.ec2.vpc', provider: 'aws', title: 'VPC', native: { awsConfig: 'AWS::EC2::VPC', terraform: ['aws_vpc', 'aws_default_vpc', 'aws_flow_log'] } });
export const SUBNET = defineResourceType({
  type: 'aws.ec2.subnet', provider: 'aws', title: 'Subnet', native: { awsConfig: 'AWS::EC2::Subnet', terraform: ['aws_subnet'] },
  network: (c) => ({ ...vpcOf(c.vpcId), publicAddress: c.mapPublicIpOnLaunch }),
});
export const SECURITY_GROUP = defineResourceType({
  type: 'aws.ec2.security-group', provider: 'aws', title: 'Security group', native: { awsConfig: 'AWS::EC2::SecurityGroup', terraform: ['aws_security_group', 'aws_default_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_security_group_rule'] },
  // Open to the internet: an ingress rule from 0.0.0.0/0 or ::/0.
  network: (c) => ({ ...vpcOf(c.vpcId), publicAddress: c.ingress?.some((r) => openToWorld(r).length > 0) }),
});
export const NETWORK_ACL = defineResourceType({
  type: 'aws.ec2.network-acl', provider: 'aws', title: 'Network ACL', native: { awsConfig: 'AWS::EC2::NetworkAcl', terraform: ['aws_network_acl', 'aws_network_acl_rule', 'aws_default_network_acl'] },
  network: (c) => ({ ...vpcOf(c.vpcId), subnetIds: c.subnetIds }),
});
export const EC2_INSTANCE = defineResourceType({
  type: 'aws.ec2.instance', provider: 'aws', title: 'EC2 instance', native: { awsConfig: 'AWS::EC2::Instance', terraform: ['aws_instance'] },
  network: (c) => ({ ...vpcOf(c.vpcId), subnetIds: c.subnetId ? [c.subnetId] : [], securityGroupIds: c.securityGroupIds, publicAddress: c.publicIpAddress === undefined ? undefined : c.publicIpAddress !== null }),
});
export const ROUTE_TABLE = defineResourceType({
  type: 'aws.ec2.route-table', provider: 'aws', title: 'Route table', native: { awsConfig: 'AWS::EC2::RouteTable', terraform: ['aws_route_table', 'aws_default_route_table', 'aws_route', 'aws_route_table_association', 'aws_main_route_table_association'] },
  network: (c) => ({ ...vpcOf(c.vpcId), subnetIds: c.subnetIds }),
});
export const NETWORK_GATEWAY = defineResourceType({
  type: 'aws.ec2.network-gateway', provider: 'aws', title: 'Network gateway', native: { terraform: ['aws_internet_gateway', 'aws_nat_gateway', 'aws_vpc_peering_connection'] },
  network: (c) => ({ networkId: c.vpcIds?.[0], peers: c.vpcIds, subnetIds: c.subnetId ? [c.subnetId] : [] }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.ec2.volume': EbsVolumeConfig;
    'aws.ec2.snapshot': EbsSnapshotConfig;
    'aws.ec2.ebs-encryption-default': EbsEncryptionDefaultConfig;
    'aws.ec2.vpc': VpcConfig;
    'aws.ec2.subnet': SubnetConfig;
    'aws.ec2.security-group': SecurityGroupConfig;
    'aws.ec2.network-acl': NetworkAclConfig;
    'aws.ec2.instance': Ec2InstanceConfig;
    'aws.ec2.network-gateway': NetworkGatewayConfig;
    'aws.ec2.route-table': RouteTableConfig;
  }
}
