import type { AwsWorld, Item, WorldAccount, WorldBucket, WorldRegion } from './world.js';

/** The 17 regions enabled by default in every account. */
export const DEFAULT_REGIONS = [
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
] as const;

const tags = (i: number): Item[] => (i % 3 === 0 ? [{ Key: 'phi', Value: 'true' }] : []);
const n4 = (i: number) => String(i).padStart(4, '0');

/**
 * One region with about `size` resources, mostly EC2 (as real estates are), plus keys, databases,
 * load balancers and backups. `recording` turns on the AWS Config recorder. Deterministic.
 */
export function generateRegion(account: string, region: string, size: number, recording: boolean): WorldRegion {
  const share = (f: number) => Math.max(1, Math.round(size * f));
  const vpcs = share(0.01);
  const vpc = (i: number) => `vpc-${n4(i % vpcs)}`;
  const subnets = Array.from({ length: share(0.06) }, (_, i) => ({ SubnetId: `subnet-${n4(i)}`, VpcId: vpc(i), CidrBlock: `10.${i % 250}.0.0/24`, AvailabilityZone: `${region}a`, MapPublicIpOnLaunch: i % 4 === 0, AssignIpv6AddressOnCreation: false }));
  const instances = Array.from({ length: share(0.12) }, (_, i) => ({
    InstanceId: `i-${n4(i)}`, State: { Name: 'running' }, VpcId: vpc(i), SubnetId: subnets[i % subnets.length]?.SubnetId, SecurityGroups: [{ GroupId: `sg-${n4(i % share(0.12))}` }],
    ...(i % 5 === 0 ? { PublicIpAddress: `198.51.100.${i % 250}` } : {}), MetadataOptions: { HttpTokens: i % 2 ? 'required' : 'optional', HttpEndpoint: 'enabled' }, ImageId: 'ami-1', Tags: tags(i),
  }));
  return {
    config: recording ? { recording: true, allSupported: true, includeGlobalResourceTypes: region === 'us-east-1' } : null,
    ec2: {
      ebsEncryptionByDefault: recording,
      volumes: Array.from({ length: share(0.3) }, (_, i) => ({ VolumeId: `vol-${n4(i)}`, Encrypted: i % 4 !== 0, State: 'in-use', Attachments: [{ InstanceId: `i-${n4(i % instances.length)}` }], Tags: tags(i) })),
      snapshots: Array.from({ length: share(0.08) }, (_, i) => ({ SnapshotId: `snap-${account}-${region}-${n4(i)}`, Encrypted: true, VolumeId: `vol-${n4(i)}`, OwnerId: account, StartTime: '2026-01-01T00:00:00Z', public: i === 0 })),
      vpcs: Array.from({ length: vpcs }, (_, i) => ({ VpcId: vpc(i), CidrBlock: '10.0.0.0/8', IsDefault: i === 0, Tags: tags(i) })),
      flowLogs: Array.from({ length: vpcs }, (_, i) => ({ FlowLogId: `fl-${n4(i)}`, ResourceId: vpc(i), TrafficType: 'ALL', LogDestinationType: 's3', FlowLogStatus: 'ACTIVE' })),
      subnets,
      routeTables: Array.from({ length: share(0.02) }, (_, i) => ({ RouteTableId: `rtb-${n4(i)}`, VpcId: vpc(i), Associations: [{ SubnetId: subnets[i]?.SubnetId, Main: false }], Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: `igw-${n4(i % vpcs)}` }] })),
      securityGroups: Array.from({ length: share(0.12) }, (_, i) => ({ GroupId: `sg-${n4(i)}`, GroupName: i === 0 ? 'default' : `sg-${i}`, VpcId: vpc(i), IpPermissions: [{ IpProtocol: 'tcp', FromPort: i % 7 === 0 ? 22 : 443, ToPort: i % 7 === 0 ? 22 : 443, IpRanges: [{ CidrIp: i % 2 ? '10.0.0.0/8' : '0.0.0.0/0' }] }], IpPermissionsEgress: [] })),
      networkAcls: Array.from({ length: vpcs }, (_, i) => ({ NetworkAclId: `acl-${n4(i)}`, VpcId: vpc(i), IsDefault: true, Entries: [{ RuleNumber: 100, Egress: false, RuleAction: 'allow', Protocol: '-1', CidrBlock: '10.0.0.0/8' }], Associations: [] })),
      instances,
      networkInterfaces: instances.map((x, i) => ({ NetworkInterfaceId: `eni-${n4(i)}`, Groups: x.SecurityGroups, Attachment: { InstanceId: x.InstanceId } })),
      internetGateways: Array.from({ length: vpcs }, (_, i) => ({ InternetGatewayId: `igw-${n4(i)}`, Attachments: [{ VpcId: vpc(i) }] })),
    },
    kms: { keys: Array.from({ length: share(0.04) }, (_, i) => ({ KeyMetadata: { KeyId: `key-${n4(i)}`, Arn: `arn:aws:kms:${region}:${account}:key/key-${n4(i)}`, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', KeyState: 'Enabled', CreationDate: '2025-01-01T00:00:00Z' }, rotation: i % 2 === 0 })) },
    rds: {
      instances: Array.from({ length: share(0.02) }, (_, i) => ({ DBInstanceIdentifier: `db-${n4(i)}`, DBInstanceArn: `arn:aws:rds:${region}:${account}:db:db-${n4(i)}`, Engine: 'postgres', EngineVersion: '16.2', StorageEncrypted: i % 3 !== 0, BackupRetentionPeriod: 7, PubliclyAccessible: false, DeletionProtection: true, DBSubnetGroup: { VpcId: vpc(i), Subnets: [] }, VpcSecurityGroups: [], DBParameterGroups: [{ DBParameterGroupName: 'default.postgres16' }], TagList: tags(i) })),
      parameterGroups: { 'default.postgres16': [{ ParameterName: 'rds.force_ssl', Source: 'engine-default' }] },
    },
    elbv2: {
      loadBalancers: Array.from({ length: share(0.01) }, (_, i) => ({ LoadBalancerArn: `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/lb${i}/1`, LoadBalancerName: `lb${i}`, Scheme: 'internet-facing', Type: 'application' })),
      listeners: Array.from({ length: share(0.01) }, (_, i) => ({ ListenerArn: `arn:aws:elasticloadbalancing:${region}:${account}:listener/app/lb${i}/1/443`, LoadBalancerArn: `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/lb${i}/1`, Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })),
    },
    cloudtrail: region === 'us-east-1' ? { trails: [{ Name: 'org', TrailARN: `arn:aws:cloudtrail:us-east-1:${account}:trail/org`, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, LogFileValidationEnabled: true, isLogging: true }] } : {},
    backup: {
      vaults: [{ BackupVaultName: 'main', BackupVaultArn: `arn:aws:backup:${region}:${account}:backup-vault:main`, Locked: true, LockDate: '2025-01-01T00:00:00Z', MinRetentionDays: 7, NumberOfRecoveryPoints: 10, policy: null }],
      plans: [{ BackupPlanId: 'p1', BackupPlanArn: `arn:aws:backup:${region}:${account}:backup-plan:p1`, BackupPlanName: 'daily', Rules: [{ RuleName: 'r', TargetBackupVaultName: 'main', CopyActions: [{ DestinationBackupVaultArn: `arn:aws:backup:us-west-2:999999999999:backup-vault:central` }] }], selections: [{ SelectionId: 's1', SelectionName: 'phi', IamRoleArn: 'arn:aws:iam::1:role/b', ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'phi', ConditionValue: 'true' }] }] }],
    },
    guardduty: { detectorId: `d-${region}`, status: 'ENABLED', features: [{ Name: 'EBS_MALWARE_PROTECTION', Status: 'ENABLED' }] },
    inspector2: { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'DISABLED' },
    ssm: { managedInstances: instances.map((x) => x.InstanceId), patchCompliance: instances.map((x) => ({ ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: x.InstanceId, Status: 'COMPLIANT' })) },
  };
}

/** `accounts` accounts x `regions` regions x about `perRegion` resources, with `bucketsPerAccount` buckets. Config records in every other region. */
export function generateAwsWorld(accounts: number, regions: readonly string[], perRegion: number, bucketsPerAccount: number): AwsWorld {
  const list: WorldAccount[] = [];
  for (let a = 0; a < accounts; a++) {
    const id = String(100000000000 + a);
    const buckets: WorldBucket[] = Array.from({ length: bucketsPerAccount }, (_, i) => ({
      Name: `bench-${id}-${n4(i)}`, Region: regions[i % regions.length] ?? 'us-east-1', tags: i % 3 === 0 ? { phi: 'true' } : {}, versioning: { Status: 'Enabled' },
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: i % 2 ? 'aws:kms' : 'AES256' } }] }, publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    }));
    list.push({
      id, name: `bench-${a}`, roles: [{ name: 'PhiscanReadOnly' }],
      regions: Object.fromEntries(regions.map((r, i) => [r, generateRegion(id, r, perRegion, i % 2 === 0)])),
      iam: { users: Array.from({ length: 20 }, (_, i) => ({ UserName: `u${i}`, CreateDate: '2025-01-01T00:00:00Z', password: i % 2 === 0, mfa: i % 4 !== 0 })), root: { mfa: true, hardwareMfa: true }, passwordPolicy: { MinimumPasswordLength: 14 } },
      s3: { accountPublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }, buckets },
    });
  }
  return { organization: { id: 'o-bench', managementAccount: list[0]?.id ?? '' }, accounts: list };
}
