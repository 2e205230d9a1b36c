import type { AwsWorld, WorldRegion } from '../../../src/simulator/aws/world.js';

export const MGMT = '111111111111';
export const MEMBER = '222222222222';
export const BROKEN = '333333333333';

/** A region with one of everything; `recording` decides whether EC2 inventory comes from AWS Config. */
export function region(account: string, name: string, recording: boolean): WorldRegion {
  const vpc = `vpc-${name}-1`;
  return {
    config: recording ? { recording: true, allSupported: true, includeGlobalResourceTypes: name === 'us-east-1' } : null,
    ec2: {
      ebsEncryptionByDefault: recording,
      volumes: [
        { VolumeId: `vol-${name}-enc`, Encrypted: true, KmsKeyId: `arn:aws:kms:${name}:${account}:key/k1`, State: 'in-use', Attachments: [{ InstanceId: `i-${name}-1` }], Tags: [{ Key: 'phi', Value: 'true' }] },
        { VolumeId: `vol-${name}-plain`, Encrypted: false, State: 'available', Attachments: [], Tags: [{ Key: 'Name', Value: 'scratch' }] },
      ],
      snapshots: [{ SnapshotId: `snap-${account}-${name}`, Encrypted: false, VolumeId: `vol-${name}-plain`, OwnerId: account, StartTime: '2026-01-01T00:00:00Z', public: true }],
      vpcs: [{ VpcId: vpc, CidrBlock: '10.0.0.0/16', IsDefault: false, Tags: [{ Key: 'phi', Value: 'true' }] }],
      flowLogs: recording ? [{ FlowLogId: `fl-${name}`, ResourceId: vpc, TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', FlowLogStatus: 'ACTIVE' }] : [],
      subnets: [
        { SubnetId: `subnet-${name}-pub`, VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: `${name}a`, MapPublicIpOnLaunch: true, AssignIpv6AddressOnCreation: false },
        { SubnetId: `subnet-${name}-priv`, VpcId: vpc, CidrBlock: '10.0.2.0/24', AvailabilityZone: `${name}b`, MapPublicIpOnLaunch: false, AssignIpv6AddressOnCreation: false },
      ],
      routeTables: [
        { RouteTableId: `rtb-${name}-pub`, VpcId: vpc, Associations: [{ SubnetId: `subnet-${name}-pub`, Main: false }], Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: `igw-${name}` }] },
        { RouteTableId: `rtb-${name}-main`, VpcId: vpc, Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }, { DestinationCidrBlock: '10.9.0.0/16', VpcPeeringConnectionId: `pcx-${name}`, State: 'active' }] },
      ],
      securityGroups: [
        { GroupId: `sg-${name}-ssh`, GroupName: 'bastion', VpcId: vpc, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
        { GroupId: `sg-${name}-default`, GroupName: 'default', VpcId: vpc, IpPermissions: [], IpPermissionsEgress: [] },
      ],
      networkAcls: [{ NetworkAclId: `acl-${name}`, VpcId: vpc, IsDefault: true, Entries: [{ RuleNumber: 100, Egress: false, RuleAction: 'allow', Protocol: '-1', CidrBlock: '0.0.0.0/0' }], Associations: [{ SubnetId: `subnet-${name}-pub` }] }],
      instances: [{ InstanceId: `i-${name}-1`, State: { Name: 'running' }, VpcId: vpc, SubnetId: `subnet-${name}-pub`, SecurityGroups: [{ GroupId: `sg-${name}-ssh` }], PublicIpAddress: '203.0.113.10', MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' }, ImageId: 'ami-1', Tags: [{ Key: 'phi', Value: 'true' }] }],
      networkInterfaces: [{ NetworkInterfaceId: `eni-${name}-1`, Groups: [{ GroupId: `sg-${name}-ssh` }], Attachment: { InstanceId: `i-${name}-1` } }],
      internetGateways: [{ InternetGatewayId: `igw-${name}`, Attachments: [{ VpcId: vpc, State: 'available' }] }],
      vpcPeeringConnections: [{
        VpcPeeringConnectionId: `pcx-${name}`, RequesterVpcInfo: { VpcId: vpc, CidrBlock: '10.0.0.0/16', OwnerId: account, Region: name },
        AccepterVpcInfo: { VpcId: `vpc-${name}-shared`, CidrBlock: '10.9.0.0/16', OwnerId: '999999999999', Region: name }, Status: { Code: 'active', Message: 'Active' },
      }],
    },
    kms: {
      keys: [
        { KeyMetadata: { KeyId: 'k1', Arn: `arn:aws:kms:${name}:${account}:key/k1`, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', KeyState: 'Enabled', CreationDate: '2025-01-01T00:00:00Z' }, rotation: true, Tags: [{ TagKey: 'phi', TagValue: 'true' }] },
        { KeyMetadata: { KeyId: 'k2', Arn: `arn:aws:kms:${name}:${account}:key/k2`, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', KeyState: 'Enabled', CreationDate: '2025-01-01T00:00:00Z' }, rotation: false },
        { KeyMetadata: { KeyId: 'k3', Arn: `arn:aws:kms:${name}:${account}:key/k3`, KeyManager: 'CUSTOMER', KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY', Origin: 'AWS_KMS', KeyState: 'Enabled', CreationDate: '2025-01-01T00:00:00Z' } },
      ],
    },
    rds: {
      instances: [{
        DBInstanceIdentifier: 'db1', DBInstanceArn: `arn:aws:rds:${name}:${account}:db:db1`, Engine: 'postgres', EngineVersion: '14.10', StorageEncrypted: false, BackupRetentionPeriod: 1, PubliclyAccessible: true,
        DeletionProtection: false, MultiAZ: false, AutoMinorVersionUpgrade: true, DBSubnetGroup: { VpcId: vpc, Subnets: [{ SubnetIdentifier: `subnet-${name}-priv` }] }, VpcSecurityGroups: [{ VpcSecurityGroupId: `sg-${name}-default` }],
        DBParameterGroups: [{ DBParameterGroupName: 'pg14' }], TagList: [{ Key: 'phi', Value: 'true' }],
      }],
      snapshots: [{ DBSnapshotIdentifier: 'db1-manual', DBSnapshotArn: `arn:aws:rds:${name}:${account}:snapshot:db1-manual`, DBInstanceIdentifier: 'db1', Encrypted: false, SnapshotType: 'manual', public: false }],
      parameterGroups: { pg14: [{ ParameterName: 'rds.force_ssl', ParameterValue: '1', Source: 'user' }, { ParameterName: 'max_connections', Source: 'engine-default' }] },
    },
    elbv2: {
      loadBalancers: [{ LoadBalancerArn: `arn:aws:elasticloadbalancing:${name}:${account}:loadbalancer/app/web/1`, LoadBalancerName: 'web', Scheme: 'internet-facing', Type: 'application', VpcId: vpc }],
      listeners: [
        { ListenerArn: `arn:aws:elasticloadbalancing:${name}:${account}:listener/app/web/1/443`, LoadBalancerArn: `arn:aws:elasticloadbalancing:${name}:${account}:loadbalancer/app/web/1`, Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-2016-08' },
        { ListenerArn: `arn:aws:elasticloadbalancing:${name}:${account}:listener/app/web/1/80`, LoadBalancerArn: `arn:aws:elasticloadbalancing:${name}:${account}:loadbalancer/app/web/1`, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] },
      ],
    },
    cloudtrail: name === 'us-east-1' ? { trails: [{ Name: 'main', TrailARN: `arn:aws:cloudtrail:us-east-1:${account}:trail/main`, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: account === MGMT, LogFileValidationEnabled: true, S3BucketName: 'trail-bucket', IncludeGlobalServiceEvents: true, isLogging: true }] } : {},
    backup: {
      vaults: [{ BackupVaultName: 'prod', BackupVaultArn: `arn:aws:backup:${name}:${account}:backup-vault:prod`, VaultType: 'BACKUP_VAULT', Locked: false, NumberOfRecoveryPoints: 3, policy: null }],
      plans: [{ BackupPlanId: 'plan-1', BackupPlanArn: `arn:aws:backup:${name}:${account}:backup-plan:plan-1`, BackupPlanName: 'daily', Rules: [{ RuleName: 'daily', TargetBackupVaultName: 'prod', Lifecycle: { DeleteAfterDays: 35 } }], selections: [{ SelectionId: 'sel-1', SelectionName: 'phi', IamRoleArn: 'arn:aws:iam::1:role/backup', Resources: [], ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'phi', ConditionValue: 'true' }] }] }],
    },
    guardduty: recording ? { detectorId: `det-${name}`, status: 'ENABLED', features: [{ Name: 'EBS_MALWARE_PROTECTION', Status: 'ENABLED' }, { Name: 'S3_DATA_EVENTS', Status: 'DISABLED' }] } : null,
    dynamodb: {
      tables: [
        {
          TableName: 'claims', TableArn: `arn:aws:dynamodb:${name}:${account}:table/claims`, TableStatus: 'ACTIVE', SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: `arn:aws:kms:${name}:${account}:key/k1` },
          DeletionProtectionEnabled: true, pointInTimeRecovery: true, Tags: [{ Key: 'phi', Value: 'true' }, { Key: 'owner', Value: 'claims-team' }],
        },
        { TableName: 'sessions', TableArn: `arn:aws:dynamodb:${name}:${account}:table/sessions`, TableStatus: 'ACTIVE', DeletionProtectionEnabled: false, pointInTimeRecovery: false },
      ],
    },
    efs: {
      fileSystems: [
        { FileSystemId: `fs-${name}-enc`, FileSystemArn: `arn:aws:elasticfilesystem:${name}:${account}:file-system/fs-${name}-enc`, Name: 'shared', Encrypted: true, KmsKeyId: `arn:aws:kms:${name}:${account}:key/k1`, LifeCycleState: 'available', Tags: [{ Key: 'phi', Value: 'true' }], backupPolicy: 'ENABLED' },
        { FileSystemId: `fs-${name}-plain`, FileSystemArn: `arn:aws:elasticfilesystem:${name}:${account}:file-system/fs-${name}-plain`, Encrypted: false, LifeCycleState: 'available', Tags: [] },
      ],
    },
    inspector2: { ec2: 'ENABLED', ecr: 'DISABLED', lambda: 'DISABLED' },
    // ECR scanning is off over a repository (a gap); Lambda scanning is off where no function exists (none).
    ecr: { repositories: ['web'] },
    ssm: { managedInstances: [`i-${name}-1`], patchCompliance: [{ ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: `i-${name}-1`, Status: 'NON_COMPLIANT', NonCompliantSummary: { NonCompliantCount: 3, SeveritySummary: { CriticalCount: 1, HighCount: 2 } } }] },
  };
}

function account(id: string, roles: boolean) {
  return {
    id, name: `acct-${id}`,
    ...(roles ? { roles: [{ name: 'PhiscanReadOnly', externalId: 'ext-1' }] } : {}),
    regions: { 'us-east-1': region(id, 'us-east-1', true), 'eu-west-1': region(id, 'eu-west-1', false) },
    iam: {
      // IAM Identity Center assigns permission sets in the member accounts (its SAML provider exists there).
      ...(roles ? { samlProviders: ['AWSSSO_4f1e0000deadbeef_DO_NOT_DELETE'] } : {}),
      users: [
        { UserName: 'alice', CreateDate: '2025-01-01T00:00:00Z', password: true, passwordLastUsed: '2026-10-01T00:00:00Z', mfa: false, groups: ['admins'] },
        { UserName: 'bob', CreateDate: '2025-01-01T00:00:00Z', password: false, accessKeys: [{ active: true, lastRotated: '2025-01-01T00:00:00Z', lastUsed: '2026-10-01T00:00:00Z' }], Tags: [{ Key: 'team', Value: 'data' }] },
      ],
      groups: [{ GroupName: 'admins', attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'] }],
      root: { mfa: true, hardwareMfa: false },
      passwordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, MaxPasswordAge: 90, PasswordReusePrevention: 24 },
    },
    cloudfront: {
      distributions: [
        {
          Id: 'EPORTAL', DomainName: 'dportal.cloudfront.net', Tags: [{ Key: 'phi', Value: 'true' }],
          DistributionConfig: {
            CallerReference: 'portal', Comment: '', Enabled: true, Origins: { Quantity: 1, Items: [{ Id: 'app', DomainName: 'app.example.org', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only', OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] } } }] },
            DefaultCacheBehavior: { TargetOriginId: 'app', ViewerProtocolPolicy: 'redirect-to-https' }, CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/api/*', TargetOriginId: 'app', ViewerProtocolPolicy: 'https-only' }] },
            ViewerCertificate: { ACMCertificateArn: `arn:aws:acm:us-east-1:${id}:certificate/portal`, SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
          },
        },
        {
          Id: 'ESTATIC', DomainName: 'dstatic.cloudfront.net',
          DistributionConfig: {
            CallerReference: 'static', Comment: '', Enabled: true, Origins: { Quantity: 2, Items: [{ Id: 'bucket', DomainName: 'b.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } }, { Id: 'legacy', DomainName: 'legacy.example.org', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'match-viewer' } }] },
            DefaultCacheBehavior: { TargetOriginId: 'bucket', ViewerProtocolPolicy: 'allow-all' }, ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' },
          },
        },
      ],
    },
    s3: {
      accountPublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      buckets: [
        {
          Name: `phi-${id}`, Region: 'us-east-1', tags: { phi: 'true' }, versioning: { Status: 'Enabled' as const },
          encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:us-east-1:${id}:key/k1` }, BucketKeyEnabled: true }] },
          policy: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::phi-${id}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
          objectLock: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 30 } } },
          publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
          logging: { TargetBucket: 'logs', TargetPrefix: `phi-${id}/` },
        },
        { Name: `web-${id}`, Region: 'eu-west-1' },
      ],
    },
  };
}

/** Two reachable accounts (management + member) and one whose role cannot be assumed; us-east-1 records with Config, eu-west-1 does not. */
export function orgWorld(): AwsWorld {
  return {
    organization: { id: 'o-sim', managementAccount: MGMT },
    accounts: [{ ...account(MGMT, false), configAggregators: [{ name: 'org-agg', region: 'us-east-1' }] }, account(MEMBER, true), { ...account(BROKEN, false) }],
  };
}

/** The same world with `n` more customer keys in one region of the member account. */
export function withKeys(world: AwsWorld, n: number, region: string): AwsWorld {
  return {
    ...world,
    accounts: world.accounts.map((a) => {
      if (a.id !== MEMBER) return a;
      const r = a.regions[region];
      const extra = Array.from({ length: n }, (_, i) => ({ KeyMetadata: { KeyId: `x${String(i).padStart(3, '0')}`, Arn: `arn:aws:kms:${region}:${MEMBER}:key/x${String(i).padStart(3, '0')}`, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', KeyState: 'Enabled', CreationDate: '2025-01-01T00:00:00Z' }, rotation: i % 2 === 0 }));
      return { ...a, regions: { ...a.regions, [region]: { ...r, kms: { keys: [...(r?.kms?.keys ?? []), ...extra] } } } };
    }),
  };
}
