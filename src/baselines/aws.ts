import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { RequirementId } from '../nprm/catalog.js';
import { BackupPlan } from '@cdktf/provider-aws/lib/backup-plan/index.js';
import { BackupRegionSettings } from '@cdktf/provider-aws/lib/backup-region-settings/index.js';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection/index.js';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault/index.js';
import { BackupVaultLockConfiguration } from '@cdktf/provider-aws/lib/backup-vault-lock-configuration/index.js';
import { BackupVaultPolicy } from '@cdktf/provider-aws/lib/backup-vault-policy/index.js';
import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail/index.js';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { ConfigConfigurationRecorder } from '@cdktf/provider-aws/lib/config-configuration-recorder/index.js';
import { ConfigConfigurationRecorderStatus } from '@cdktf/provider-aws/lib/config-configuration-recorder-status/index.js';
import { ConfigDeliveryChannel } from '@cdktf/provider-aws/lib/config-delivery-channel/index.js';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance/index.js';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group/index.js';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group/index.js';
import { DefaultNetworkAcl } from '@cdktf/provider-aws/lib/default-network-acl/index.js';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group/index.js';
import { EbsDefaultKmsKey } from '@cdktf/provider-aws/lib/ebs-default-kms-key/index.js';
import { EbsEncryptionByDefault } from '@cdktf/provider-aws/lib/ebs-encryption-by-default/index.js';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log/index.js';
import { GuarddutyDetector } from '@cdktf/provider-aws/lib/guardduty-detector/index.js';
import { GuarddutyDetectorFeature } from '@cdktf/provider-aws/lib/guardduty-detector-feature/index.js';
import { IamAccountPasswordPolicy } from '@cdktf/provider-aws/lib/iam-account-password-policy/index.js';
import { IamGroup } from '@cdktf/provider-aws/lib/iam-group/index.js';
import { IamGroupPolicyAttachment } from '@cdktf/provider-aws/lib/iam-group-policy-attachment/index.js';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy/index.js';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy/index.js';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js';
import { Inspector2Enabler } from '@cdktf/provider-aws/lib/inspector2-enabler/index.js';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias/index.js';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key/index.js';
import { NetworkAcl } from '@cdktf/provider-aws/lib/network-acl/index.js';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider/index.js';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table/index.js';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association/index.js';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import { S3AccountPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-account-public-access-block/index.js';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging/index.js';
import { S3BucketObjectLockConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-object-lock-configuration/index.js';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls/index.js';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy/index.js';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block/index.js';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration/index.js';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning/index.js';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group/index.js';
import { Subnet } from '@cdktf/provider-aws/lib/subnet/index.js';
import { Vpc } from '@cdktf/provider-aws/lib/vpc/index.js';
import { EPHI_TAG_KEY, EPHI_TAG_VALUE, ephiTags, policyJson, type Tags } from './tags.js';

/**
 * AWS HIPAA baseline constructs. Account id, region and bucket names are literal props (not
 * `${data...}` tokens) on purpose: policies built from them stay readable in the synthesized
 * JSON, so phiscan can verify them before apply instead of answering not_assessed.
 */

const arnPrefix = (partition: string) => `arn:${partition}`;

interface AwsScope {
  readonly accountId: string;
  readonly region: string;
  /** Default `aws`. */
  readonly partition?: string;
}

// ---- KMS ------------------------------------------------------------------------------------

export interface EphiKmsKeyProps extends AwsScope {
  readonly description?: string;
  /** Alias without the `alias/` prefix. */
  readonly alias?: string;
  /** Principals that administer the key (no encrypt/decrypt). Default: the account root, which delegates to IAM. */
  readonly keyAdminArns?: readonly string[];
  /** Principals that encrypt/decrypt with the key. Default: none beyond the services below. */
  readonly keyUserArns?: readonly string[];
  /** AWS service principals allowed to use the key in this account, e.g. `logs.us-east-1.amazonaws.com`. */
  readonly servicePrincipals?: readonly string[];
  /** Rotation period (90-2560 days). Default 365. */
  readonly rotationPeriodDays?: number;
  /** Waiting period before deletion (7-30). Default 30. */
  readonly deletionWindowDays?: number;
  readonly tags?: Tags;
}

const KEY_ADMIN_ACTIONS = ['kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion', 'kms:RotateKeyOnDemand'];
const KEY_USE_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];

/** Customer-managed symmetric key with automatic rotation and a key policy split into admin, use and service statements. */
export class EphiKmsKey extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same); a customer-managed key is key management beyond the NPRM. */
  static readonly requirements: readonly RequirementId[] = ['key-management'];
  readonly key: KmsKey;

  constructor(scope: Construct, id: string, props: EphiKmsKeyProps) {
    super(scope, id);
    const arn = arnPrefix(props.partition ?? 'aws');
    const root = `${arn}:iam::${props.accountId}:root`;
    const admins = props.keyAdminArns ?? [root];
    const statements: unknown[] = [
      // Administration only: admins cannot read data with the key.
      { Sid: 'KeyAdministration', Effect: 'Allow', Principal: { AWS: [...admins] }, Action: KEY_ADMIN_ACTIONS, Resource: '*' },
    ];
    if (props.keyUserArns && props.keyUserArns.length > 0) {
      statements.push({ Sid: 'KeyUse', Effect: 'Allow', Principal: { AWS: [...props.keyUserArns] }, Action: KEY_USE_ACTIONS, Resource: '*' });
    }
    if (props.servicePrincipals && props.servicePrincipals.length > 0) {
      statements.push({
        Sid: 'ServiceUseFromThisAccount',
        Effect: 'Allow',
        Principal: { Service: [...props.servicePrincipals] },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceAccount': props.accountId } },
      });
    }
    // AWS services acting for a principal of this account (S3, RDS, Backup) through grants.
    statements.push({
      Sid: 'AwsServicesViaAccountPrincipals',
      Effect: 'Allow',
      Principal: { AWS: root },
      Action: [...KEY_USE_ACTIONS, 'kms:CreateGrant', 'kms:ListGrants'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:CallerAccount': props.accountId }, StringLike: { 'kms:ViaService': [`s3.${props.region}.amazonaws.com`, `rds.${props.region}.amazonaws.com`, `backup.${props.region}.amazonaws.com`, `ec2.${props.region}.amazonaws.com`, `secretsmanager.${props.region}.amazonaws.com`] } },
    });
    this.key = new KmsKey(this, 'key', {
      description: props.description ?? 'ePHI customer-managed key',
      enableKeyRotation: true,
      rotationPeriodInDays: props.rotationPeriodDays ?? 365,
      deletionWindowInDays: props.deletionWindowDays ?? 30,
      policy: policyJson({ Version: '2012-10-17', Statement: statements }),
      tags: { ...props.tags },
    });
    if (props.alias) new KmsAlias(this, 'alias', { name: `alias/${props.alias}`, targetKeyId: this.key.keyId });
  }
}

// ---- S3 -------------------------------------------------------------------------------------

export interface SecureBucketProps extends AwsScope {
  /** Literal bucket name (kept literal so the TLS-only policy stays readable before apply). */
  readonly bucketName: string;
  /** KMS key for SSE-KMS; omit only for a server-access-log target, which S3 requires to use SSE-S3. */
  readonly kmsKey?: KmsKey;
  /** Bucket that receives this bucket's server access logs. */
  readonly accessLogBucket?: S3Bucket;
  /** Object Lock default retention in COMPLIANCE mode, in days. Default: off (Object Lock can only be chosen at creation). */
  readonly objectLockDays?: number;
  /** Tag the bucket as holding ePHI. Default true. */
  readonly ephi?: boolean;
  /** Extra policy statements (e.g. log delivery grants), added after the TLS-only deny. */
  readonly extraPolicyStatements?: readonly unknown[];
  readonly tags?: Tags;
  /** Allow `terraform destroy` to delete a non-empty bucket. Default false. */
  readonly forceDestroy?: boolean;
}

/** S3 bucket with SSE-KMS, a TLS-only policy, versioning, every public access block, access logging and optional Object Lock. */
export class SecureBucket extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['encryption-at-rest', 'encryption-in-transit', 'access-control-least-privilege', 'integrity', 'backup-separation', 'audit-logging'];
  readonly bucket: S3Bucket;
  readonly policy: S3BucketPolicy;
  readonly versioning: S3BucketVersioningA;
  readonly publicAccessBlock: S3BucketPublicAccessBlock;
  readonly arn: string;

  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    const arn = `${arnPrefix(props.partition ?? 'aws')}:s3:::${props.bucketName}`;
    this.arn = arn;
    const tags = props.ephi === false ? { ...props.tags } : ephiTags(props.tags);
    this.bucket = new S3Bucket(this, 'bucket', {
      bucket: props.bucketName,
      objectLockEnabled: props.objectLockDays !== undefined,
      forceDestroy: props.forceDestroy ?? false,
      tags,
    });
    new S3BucketOwnershipControls(this, 'ownership', { bucket: this.bucket.id, rule: { objectOwnership: 'BucketOwnerEnforced' } });
    this.publicAccessBlock = new S3BucketPublicAccessBlock(this, 'public-access-block', { bucket: this.bucket.id, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket: this.bucket.id,
      rule: [props.kmsKey
        ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.kmsKey.arn }, bucketKeyEnabled: true }
        : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
    this.versioning = new S3BucketVersioningA(this, 'versioning', { bucket: this.bucket.id, versioningConfiguration: { status: 'Enabled' } });
    this.policy = new S3BucketPolicy(this, 'policy', {
      bucket: this.bucket.id,
      policy: policyJson({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          ...(props.extraPolicyStatements ?? []),
        ],
      }),
    });
    if (props.accessLogBucket) new S3BucketLoggingA(this, 'logging', { bucket: this.bucket.id, targetBucket: props.accessLogBucket.id, targetPrefix: `${props.bucketName}/` });
    if (props.objectLockDays !== undefined) {
      new S3BucketObjectLockConfigurationA(this, 'object-lock', { bucket: this.bucket.id, rule: { defaultRetention: { mode: 'COMPLIANCE', days: props.objectLockDays } } });
    }
  }
}

// ---- VPC ------------------------------------------------------------------------------------

export interface SegmentedVpcProps {
  readonly name: string;
  /** Default 10.40.0.0/16. */
  readonly cidrBlock?: string;
  /** Private ePHI subnets: CIDR and availability zone. Default two /20s in `<region>a` and `<region>b`. */
  readonly privateSubnets?: readonly { readonly cidrBlock: string; readonly availabilityZone: string }[];
  readonly region: string;
  /** Encrypted bucket that receives the flow logs (all traffic, Parquet). */
  readonly flowLogBucketArn: string;
  readonly tags?: Tags;
}

/** VPC with private-only ePHI subnets, flow logs to encrypted S3, a rule-less default security group and restrictive NACLs. */
export class SegmentedVpc extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['network-segmentation', 'disable-unused-ports', 'network-map', 'audit-logging'];
  readonly vpc: Vpc;
  readonly subnets: Subnet[];
  readonly flowLog: FlowLog;
  readonly defaultSecurityGroup: DefaultSecurityGroup;
  readonly privateAcl: NetworkAcl;
  readonly cidrBlock: string;

  constructor(scope: Construct, id: string, props: SegmentedVpcProps) {
    super(scope, id);
    this.cidrBlock = props.cidrBlock ?? '10.40.0.0/16';
    const tags = { ...props.tags, Name: props.name };
    this.vpc = new Vpc(this, 'vpc', { cidrBlock: this.cidrBlock, enableDnsHostnames: true, enableDnsSupport: true, tags });
    // No rules at all: nothing may use the default group by accident.
    this.defaultSecurityGroup = new DefaultSecurityGroup(this, 'default-sg', { vpcId: this.vpc.id, ingress: [], egress: [], tags: { ...tags, Name: `${props.name}-default-deny` } });
    // The default NACL (used by any subnet not associated below) allows nothing.
    new DefaultNetworkAcl(this, 'default-nacl', { defaultNetworkAclId: this.vpc.defaultNetworkAclId, ingress: [], egress: [], tags: { ...tags, Name: `${props.name}-default-deny` }, lifecycle: { ignoreChanges: ['subnet_ids'] } });
    this.flowLog = new FlowLog(this, 'flow-log', {
      vpcId: this.vpc.id,
      trafficType: 'ALL',
      logDestinationType: 's3',
      logDestination: `${props.flowLogBucketArn}/vpc-flow-logs/`,
      maxAggregationInterval: 60,
      destinationOptions: { fileFormat: 'parquet', perHourPartition: true },
      tags,
    });
    const specs = props.privateSubnets ?? [
      { cidrBlock: '10.40.0.0/20', availabilityZone: `${props.region}a` },
      { cidrBlock: '10.40.16.0/20', availabilityZone: `${props.region}b` },
    ];
    // A route table without routes beyond the implicit local route: no internet path.
    const routes = new RouteTable(this, 'private-routes', { vpcId: this.vpc.id, route: [], tags: { ...tags, Name: `${props.name}-private` } });
    this.subnets = specs.map((s, i) => {
      const subnet = new Subnet(this, `private-${i}`, { vpcId: this.vpc.id, cidrBlock: s.cidrBlock, availabilityZone: s.availabilityZone, mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: false, tags: { ...tags, Name: `${props.name}-private-${i}`, tier: 'ephi-private' } });
      new RouteTableAssociation(this, `private-${i}-routes`, { subnetId: subnet.id, routeTableId: routes.id });
      return subnet;
    });
    // Only traffic from inside the VPC, both ways (return traffic included, since it stays in the VPC CIDR).
    this.privateAcl = new NetworkAcl(this, 'private-nacl', {
      vpcId: this.vpc.id,
      subnetIds: this.subnets.map((s) => s.id),
      ingress: [{ ruleNo: 100, action: 'allow', protocol: '-1', cidrBlock: this.cidrBlock, fromPort: 0, toPort: 0 }],
      egress: [{ ruleNo: 100, action: 'allow', protocol: '-1', cidrBlock: this.cidrBlock, fromPort: 0, toPort: 0 }],
      tags: { ...tags, Name: `${props.name}-private` },
    });
  }
}

// ---- Logging and detection ------------------------------------------------------------------

export interface AuditTrailProps extends AwsScope {
  readonly name?: string;
  readonly bucket: SecureBucket;
  readonly kmsKey: KmsKey;
  /** Bucket ARNs whose object-level (data) events are recorded. */
  readonly dataEventBucketArns?: readonly string[];
  /** Days the trail's CloudWatch Logs group keeps events. Default 365. */
  readonly logRetentionDays?: number;
  readonly tags?: Tags;
}

/**
 * Multi-region CloudTrail with log file validation, KMS encryption and S3 data events for ePHI buckets,
 * delivering to a KMS-encrypted CloudWatch Logs group too (for metric filters and alarms); the KMS key
 * must allow the `logs.<region>.amazonaws.com` service principal.
 */
export class AuditTrail extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['audit-logging', 'integrity', 'encryption-at-rest'];
  readonly trail: Cloudtrail;
  readonly logGroup: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: AuditTrailProps) {
    super(scope, id);
    const name = props.name ?? 'ephi-audit';
    this.logGroup = new CloudwatchLogGroup(this, 'events', { name: `/aws/cloudtrail/${name}`, retentionInDays: props.logRetentionDays ?? 365, kmsKeyId: props.kmsKey.arn, tags: { ...props.tags } });
    const role = new IamRole(this, 'to-logs', {
      name: `${name}-cloudtrail-to-logs`,
      assumeRolePolicy: policyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': props.accountId } } }] }),
      tags: { ...props.tags },
    });
    new IamRolePolicy(this, 'to-logs-policy', {
      role: role.id,
      policy: policyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `${this.logGroup.arn}:log-stream:*` }] }),
    });
    this.trail = new Cloudtrail(this, 'trail', {
      name,
      cloudWatchLogsGroupArn: `${this.logGroup.arn}:*`,
      cloudWatchLogsRoleArn: role.arn,
      s3BucketName: props.bucket.bucket.id,
      s3KeyPrefix: 'cloudtrail',
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      enableLogging: true,
      kmsKeyId: props.kmsKey.arn,
      eventSelector: props.dataEventBucketArns && props.dataEventBucketArns.length > 0
        ? [{ readWriteType: 'All', includeManagementEvents: true, dataResource: [{ type: 'AWS::S3::Object', values: props.dataEventBucketArns.map((a) => `${a}/`) }] }]
        : [],
      tags: { ...props.tags },
      dependsOn: [props.bucket.policy],
    });
  }
}

/** Bucket policy statements that let CloudTrail, AWS Config and VPC flow log delivery write to a log archive bucket of this account. */
export function logDeliveryStatements(bucketArn: string, accountId: string): unknown[] {
  const source = { StringEquals: { 'aws:SourceAccount': accountId } };
  const ownerFull = { StringEquals: { 'aws:SourceAccount': accountId, 's3:x-amz-acl': 'bucket-owner-full-control' } };
  return [
    { Sid: 'LogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: ['cloudtrail.amazonaws.com', 'config.amazonaws.com', 'delivery.logs.amazonaws.com'] }, Action: ['s3:GetBucketAcl', 's3:ListBucket'], Resource: bucketArn, Condition: source },
    { Sid: 'CloudTrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${bucketArn}/cloudtrail/AWSLogs/${accountId}/*`, Condition: ownerFull },
    { Sid: 'ConfigWrite', Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:PutObject', Resource: `${bucketArn}/config/AWSLogs/${accountId}/*`, Condition: ownerFull },
    { Sid: 'FlowLogWrite', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: `${bucketArn}/vpc-flow-logs/AWSLogs/${accountId}/*`, Condition: ownerFull },
  ];
}

export interface ConfigRecorderProps {
  readonly bucket: SecureBucket;
  readonly kmsKey: KmsKey;
  readonly partition?: string;
}

/** AWS Config recording every supported resource type (global types included) with a delivery channel. */
export class ConfigRecorder extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['asset-inventory', 'configuration-management', 'audit-logging'];
  readonly recorder: ConfigConfigurationRecorder;
  readonly status: ConfigConfigurationRecorderStatus;

  constructor(scope: Construct, id: string, props: ConfigRecorderProps) {
    super(scope, id);
    const role = new IamRole(this, 'role', {
      name: 'aws-config-recorder',
      assumeRolePolicy: policyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    });
    new IamRolePolicyAttachment(this, 'role-policy', { role: role.name, policyArn: `${arnPrefix(props.partition ?? 'aws')}:iam::aws:policy/service-role/AWS_ConfigRole` });
    this.recorder = new ConfigConfigurationRecorder(this, 'recorder', {
      name: 'default',
      roleArn: role.arn,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
    });
    const channel = new ConfigDeliveryChannel(this, 'channel', { name: 'default', s3BucketName: props.bucket.bucket.id, s3KeyPrefix: 'config', s3KmsKeyArn: props.kmsKey.arn, dependsOn: [this.recorder] });
    this.status = new ConfigConfigurationRecorderStatus(this, 'status', { name: this.recorder.name, isEnabled: true, dependsOn: [channel] });
  }
}

export interface ThreatDetectionProps {
  readonly accountId: string;
  /** Inspector2 resource types. Default EC2, ECR, LAMBDA, LAMBDA_CODE. */
  readonly inspectorResourceTypes?: readonly string[];
  readonly tags?: Tags;
}

/** GuardDuty with EBS malware protection, S3 and RDS protection, and Amazon Inspector scanning. */
export class ThreatDetection extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['anti-malware', 'vulnerability-scanning', 'patch-management'];
  readonly detector: GuarddutyDetector;
  readonly features: GuarddutyDetectorFeature[];
  readonly inspector: Inspector2Enabler;

  constructor(scope: Construct, id: string, props: ThreatDetectionProps) {
    super(scope, id);
    this.detector = new GuarddutyDetector(this, 'detector', { enable: true, findingPublishingFrequency: 'FIFTEEN_MINUTES', tags: { ...props.tags } });
    this.features = ['EBS_MALWARE_PROTECTION', 'S3_DATA_EVENTS', 'RDS_LOGIN_EVENTS'].map((name) =>
      new GuarddutyDetectorFeature(this, name.toLowerCase().replace(/_/g, '-'), { detectorId: this.detector.id, name, status: 'ENABLED' }));
    this.inspector = new Inspector2Enabler(this, 'inspector', { accountIds: [props.accountId], resourceTypes: [...(props.inspectorResourceTypes ?? ['EC2', 'ECR', 'LAMBDA', 'LAMBDA_CODE'])] });
  }
}

// ---- Backup ---------------------------------------------------------------------------------

export interface BackupBaselineProps extends AwsScope {
  readonly vaultName?: string;
  readonly kmsKey: KmsKey;
  /** ARN of a vault in another account or region that receives a copy of every recovery point. */
  readonly copyDestinationVaultArn: string;
  /** Retention of recovery points in this vault. Default 35 days. */
  readonly retentionDays?: number;
  /** Retention of the copies. Default 35 days. */
  readonly copyRetentionDays?: number;
  /** Vault Lock minimum retention. Default 7 days. */
  readonly minRetentionDays?: number;
  /** Vault Lock maximum retention. Default 3650 days. */
  readonly maxRetentionDays?: number;
  /** Days before the lock becomes immutable (compliance mode). Default 3. */
  readonly lockGraceDays?: number;
  /** Backup schedule. Default daily at 05:00 UTC. */
  readonly schedule?: string;
  /** Tag that selects resources. Default `data-classification = ephi`. */
  readonly selectionTag?: { readonly key: string; readonly value: string };
  /**
   * Manage the region's AWS Backup service opt-in (`aws_backup_region_settings`, one per account
   * and region), opting in every resource type: tag-based selections skip types not opted in.
   * Default true; set false when another configuration owns the region settings.
   */
  readonly manageRegionSettings?: boolean;
  readonly tags?: Tags;
}

/** AWS Backup resource types (ResourceTypeOptInPreference keys) the baseline opts in to. */
export const BACKUP_OPT_IN_TYPES: readonly string[] = ['Aurora', 'DocumentDB', 'DynamoDB', 'EBS', 'EC2', 'EFS', 'FSx', 'Neptune', 'RDS', 'S3', 'Storage Gateway', 'VirtualMachine'];

/** AWS Backup: compliance-locked vault that denies recovery point deletion, daily plan over ePHI-tagged resources, copy off-site. */
export class BackupBaseline extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['backup-procedures', 'data-backup-48h', 'backup-separation', 'system-restore-72h', 'integrity'];
  readonly vault: BackupVault;
  readonly lock: BackupVaultLockConfiguration;
  readonly plan: BackupPlan;
  readonly regionSettings: BackupRegionSettings | undefined;

  constructor(scope: Construct, id: string, props: BackupBaselineProps) {
    super(scope, id);
    const name = props.vaultName ?? 'ephi-backup-vault';
    this.regionSettings = props.manageRegionSettings === false ? undefined
      : new BackupRegionSettings(this, 'region-settings', { resourceTypeOptInPreference: Object.fromEntries(BACKUP_OPT_IN_TYPES.map((t) => [t, true])) });
    const arn = arnPrefix(props.partition ?? 'aws');
    this.vault = new BackupVault(this, 'vault', { name, kmsKeyArn: props.kmsKey.arn, tags: { ...props.tags } });
    this.lock = new BackupVaultLockConfiguration(this, 'lock', { backupVaultName: this.vault.name, changeableForDays: props.lockGraceDays ?? 3, minRetentionDays: props.minRetentionDays ?? 7, maxRetentionDays: props.maxRetentionDays ?? 3650 });
    new BackupVaultPolicy(this, 'policy', {
      backupVaultName: this.vault.name,
      policy: policyJson({
        Version: '2012-10-17',
        Statement: [{ Sid: 'DenyRecoveryPointDeletion', Effect: 'Deny', Principal: { AWS: '*' }, Action: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle', 'backup:PutBackupVaultAccessPolicy'], Resource: `${arn}:backup:${props.region}:${props.accountId}:backup-vault:${name}` }],
      }),
    });
    const role = new IamRole(this, 'role', {
      name: 'aws-backup-ephi',
      assumeRolePolicy: policyJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    });
    for (const [i, p] of ['AWSBackupServiceRolePolicyForBackup', 'AWSBackupServiceRolePolicyForRestores'].entries()) {
      new IamRolePolicyAttachment(this, `role-policy-${i}`, { role: role.name, policyArn: `${arn}:iam::aws:policy/service-role/${p}` });
    }
    this.plan = new BackupPlan(this, 'plan', {
      name: 'ephi-daily',
      rule: [{
        ruleName: 'daily',
        // The literal name (with dependsOn below) rather than a token keeps the rule readable before apply.
        targetVaultName: name,
        schedule: props.schedule ?? 'cron(0 5 * * ? *)',
        startWindow: 60,
        completionWindow: 360,
        lifecycle: { deleteAfter: props.retentionDays ?? 35 },
        copyAction: [{ destinationVaultArn: props.copyDestinationVaultArn, lifecycle: { deleteAfter: props.copyRetentionDays ?? 35 } }],
      }],
      tags: { ...props.tags },
      dependsOn: [this.vault],
    });
    const tag = props.selectionTag ?? { key: EPHI_TAG_KEY, value: EPHI_TAG_VALUE };
    new BackupSelection(this, 'selection', { name: 'ephi-tagged', planId: this.plan.id, iamRoleArn: role.arn, selectionTag: [{ type: 'STRINGEQUALS', key: tag.key, value: tag.value }] });
  }
}

// ---- IAM ------------------------------------------------------------------------------------

export interface IamBaselineProps {
  /** Default 14. */
  readonly minimumPasswordLength?: number;
  /** Default 24 (the maximum). */
  readonly passwordReusePrevention?: number;
  /** Default 0 = no forced expiry (NIST SP 800-63B); set e.g. 90 if your policy requires rotation. */
  readonly maxPasswordAgeDays?: number;
  /** Group whose members must use MFA for everything except enrolling their own device. */
  readonly mfaGroupName?: string;
}

/** Account password policy and an MFA-enforcement policy attached to a group for human users. */
export class IamBaseline extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['unique-identification', 'access-control-least-privilege', 'mfa'];
  readonly passwordPolicy: IamAccountPasswordPolicy;
  readonly mfaPolicy: IamPolicy;
  readonly mfaGroup: IamGroup;

  constructor(scope: Construct, id: string, props: IamBaselineProps = {}) {
    super(scope, id);
    this.passwordPolicy = new IamAccountPasswordPolicy(this, 'password-policy', {
      minimumPasswordLength: props.minimumPasswordLength ?? 14,
      passwordReusePrevention: props.passwordReusePrevention ?? 24,
      maxPasswordAge: props.maxPasswordAgeDays ?? 0,
      requireLowercaseCharacters: true,
      requireUppercaseCharacters: true,
      requireNumbers: true,
      requireSymbols: true,
      allowUsersToChangePassword: true,
      hardExpiry: false,
    });
    // `$${...}` is Terraform's escape for a literal `${...}`: the IAM policy variable, not an interpolation.
    const self = 'arn:aws:iam::*:user/$${aws:username}';
    const mfa = 'arn:aws:iam::*:mfa/*';
    this.mfaPolicy = new IamPolicy(this, 'mfa-policy', {
      name: 'RequireMFA',
      description: 'Denies every action without MFA except what a user needs to enrol an MFA device',
      policy: policyJson({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AllowManageOwnMfa', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice', 'iam:GetUser', 'iam:ChangePassword'], Resource: [self, mfa] },
          { Sid: 'DenyAllWithoutMfa', Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice', 'iam:GetUser', 'iam:ChangePassword', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
        ],
      }),
    });
    this.mfaGroup = new IamGroup(this, 'mfa-group', { name: props.mfaGroupName ?? 'mfa-required' });
    new IamGroupPolicyAttachment(this, 'mfa-attachment', { group: this.mfaGroup.name, policyArn: this.mfaPolicy.arn });
  }
}

// ---- RDS ------------------------------------------------------------------------------------

export interface EphiDatabaseProps {
  readonly identifier: string;
  readonly vpc: SegmentedVpc;
  readonly kmsKey: KmsKey;
  /** PostgreSQL major version. Default 16. */
  readonly engineVersion?: string;
  readonly instanceClass?: string;
  readonly allocatedStorageGb?: number;
  /** Default 35 (the maximum). */
  readonly backupRetentionDays?: number;
  readonly multiAz?: boolean;
  /** CIDRs allowed to reach port 5432. Default: the VPC CIDR. */
  readonly allowedCidrs?: readonly string[];
  readonly tags?: Tags;
}

/** Private, encrypted PostgreSQL with rds.force_ssl, 35-day backups, deletion protection and a Secrets Manager master password. */
export class EphiDatabase extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['encryption-at-rest', 'encryption-in-transit', 'backup-separation', 'system-restore-72h', 'integrity', 'network-segmentation', 'patch-management'];
  readonly db: DbInstance;
  readonly parameterGroup: DbParameterGroup;
  readonly securityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: EphiDatabaseProps) {
    super(scope, id);
    const version = props.engineVersion ?? '16';
    const tags = ephiTags(props.tags);
    const params = (this.parameterGroup = new DbParameterGroup(this, 'params', {
      name: `${props.identifier}-tls`,
      family: `postgres${version.split('.')[0] ?? version}`,
      parameter: [{ name: 'rds.force_ssl', value: '1' }, { name: 'log_connections', value: '1' }, { name: 'log_disconnections', value: '1' }],
      tags,
    }));
    const subnets = new DbSubnetGroup(this, 'subnets', { name: `${props.identifier}-private`, subnetIds: props.vpc.subnets.map((s) => s.id), tags });
    const sg = (this.securityGroup = new SecurityGroup(this, 'sg', {
      name: `${props.identifier}-db`,
      description: 'PostgreSQL from inside the VPC only',
      vpcId: props.vpc.vpc.id,
      ingress: [{ description: 'PostgreSQL from the VPC', protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: [...(props.allowedCidrs ?? [props.vpc.cidrBlock])], ipv6CidrBlocks: [], securityGroups: [], prefixListIds: [], selfAttribute: false }],
      egress: [],
      tags,
    }));
    this.db = new DbInstance(this, 'db', {
      identifier: props.identifier,
      engine: 'postgres',
      engineVersion: version,
      instanceClass: props.instanceClass ?? 'db.t4g.medium',
      allocatedStorage: props.allocatedStorageGb ?? 50,
      storageType: 'gp3',
      storageEncrypted: true,
      kmsKeyId: props.kmsKey.arn,
      username: 'phiadmin',
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: props.kmsKey.arn,
      parameterGroupName: params.name,
      dbSubnetGroupName: subnets.name,
      vpcSecurityGroupIds: [sg.id],
      publiclyAccessible: false,
      multiAz: props.multiAz ?? true,
      backupRetentionPeriod: props.backupRetentionDays ?? 35,
      copyTagsToSnapshot: true,
      deletionProtection: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${props.identifier}-final`,
      autoMinorVersionUpgrade: true,
      iamDatabaseAuthenticationEnabled: true,
      performanceInsightsEnabled: true,
      performanceInsightsKmsKeyId: props.kmsKey.arn,
      enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      tags,
    });
  }
}

// ---- The whole baseline ----------------------------------------------------------------------

export interface AwsHipaaBaselineProps extends AwsScope {
  /** Prefix of every bucket name (must be globally unique), e.g. `acme-prod`. */
  readonly namePrefix: string;
  /** Vault in another account or region for backup copies. */
  readonly backupCopyVaultArn: string;
  readonly vpcCidr?: string;
  readonly privateSubnets?: SegmentedVpcProps['privateSubnets'];
  readonly keyAdminArns?: readonly string[];
  readonly keyUserArns?: readonly string[];
  /** Object Lock days on the ePHI bucket. Default off. */
  readonly dataObjectLockDays?: number;
  /** Create the PostgreSQL database. Default true. */
  readonly database?: boolean;
  readonly backup?: Partial<Pick<BackupBaselineProps, 'retentionDays' | 'copyRetentionDays' | 'minRetentionDays' | 'maxRetentionDays' | 'lockGraceDays' | 'schedule' | 'manageRegionSettings'>>;
  readonly iam?: IamBaselineProps;
  readonly tags?: Tags;
}

/** Every AWS baseline construct, wired together: keys, log archive, ePHI bucket, VPC, trail, Config, detection, backup, IAM, RDS. */
export class AwsHipaaBaseline extends Construct {
  readonly key: EphiKmsKey;
  readonly dataBucket: SecureBucket;
  readonly logBucket: SecureBucket;
  readonly accessLogBucket: SecureBucket;
  readonly vpc: SegmentedVpc;
  readonly trail: AuditTrail;
  readonly config: ConfigRecorder;
  readonly detection: ThreatDetection;
  readonly backup: BackupBaseline;
  readonly iam: IamBaseline;
  readonly database: EphiDatabase | undefined;
  readonly accountPublicAccessBlock: S3AccountPublicAccessBlock;
  readonly ebsEncryptionByDefault: EbsEncryptionByDefault;

  constructor(scope: Construct, id: string, props: AwsHipaaBaselineProps) {
    super(scope, id);
    const scopeProps: AwsScope = { accountId: props.accountId, region: props.region, ...(props.partition ? { partition: props.partition } : {}) };
    const tags = { ...props.tags };
    this.key = new EphiKmsKey(this, 'key', {
      ...scopeProps,
      alias: `${props.namePrefix}-ephi`,
      ...(props.keyAdminArns ? { keyAdminArns: props.keyAdminArns } : {}),
      ...(props.keyUserArns ? { keyUserArns: props.keyUserArns } : {}),
      servicePrincipals: ['cloudtrail.amazonaws.com', 'config.amazonaws.com', 'delivery.logs.amazonaws.com', `logs.${props.region}.amazonaws.com`],
      tags,
    });
    const key = this.key.key;
    // Account-wide guards: no public buckets, every new EBS volume encrypted with the CMK.
    this.accountPublicAccessBlock = new S3AccountPublicAccessBlock(this, 'account-public-access-block', { accountId: props.accountId, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true });
    this.ebsEncryptionByDefault = new EbsEncryptionByDefault(this, 'ebs-encryption', { enabled: true });
    new EbsDefaultKmsKey(this, 'ebs-default-key', { keyArn: key.arn });
    // S3 server access logs can only be delivered to a bucket with SSE-S3 default encryption.
    this.accessLogBucket = new SecureBucket(this, 'access-logs', {
      ...scopeProps,
      bucketName: `${props.namePrefix}-s3-access-logs`,
      ephi: false,
      extraPolicyStatements: [{ Sid: 'S3ServerAccessLogs', Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:${props.partition ?? 'aws'}:s3:::${props.namePrefix}-s3-access-logs/*`, Condition: { StringEquals: { 'aws:SourceAccount': props.accountId } } }],
      tags: { ...tags, 'data-classification': 'audit-log' },
    });
    this.accessLogBucket.bucket.addOverride('//.phiscan:ignore', { 'aws-s3-bucket-kms-encryption': 'S3 server access logs can only be delivered to a bucket encrypted with SSE-S3; the bucket holds no ePHI' });
    const logArn = `arn:${props.partition ?? 'aws'}:s3:::${props.namePrefix}-log-archive`;
    this.logBucket = new SecureBucket(this, 'log-archive', {
      ...scopeProps,
      bucketName: `${props.namePrefix}-log-archive`,
      kmsKey: key,
      accessLogBucket: this.accessLogBucket.bucket,
      ephi: false,
      extraPolicyStatements: logDeliveryStatements(logArn, props.accountId),
      tags: { ...tags, 'data-classification': 'audit-log' },
    });
    this.dataBucket = new SecureBucket(this, 'ephi-data', {
      ...scopeProps,
      bucketName: `${props.namePrefix}-ephi-data`,
      kmsKey: key,
      accessLogBucket: this.accessLogBucket.bucket,
      ...(props.dataObjectLockDays !== undefined ? { objectLockDays: props.dataObjectLockDays } : {}),
      tags,
    });
    this.vpc = new SegmentedVpc(this, 'network', {
      name: `${props.namePrefix}-ephi`,
      region: props.region,
      flowLogBucketArn: logArn,
      ...(props.vpcCidr ? { cidrBlock: props.vpcCidr } : {}),
      ...(props.privateSubnets ? { privateSubnets: props.privateSubnets } : {}),
      tags,
    });
    this.trail = new AuditTrail(this, 'trail', { ...scopeProps, name: `${props.namePrefix}-audit`, bucket: this.logBucket, kmsKey: key, dataEventBucketArns: [this.dataBucket.arn], tags });
    this.config = new ConfigRecorder(this, 'config', { bucket: this.logBucket, kmsKey: key, ...(props.partition ? { partition: props.partition } : {}) });
    this.detection = new ThreatDetection(this, 'detection', { accountId: props.accountId, tags });
    this.backup = new BackupBaseline(this, 'backup', { ...scopeProps, ...props.backup, kmsKey: key, copyDestinationVaultArn: props.backupCopyVaultArn, tags });
    this.iam = new IamBaseline(this, 'iam', props.iam);
    this.database = props.database === false ? undefined : new EphiDatabase(this, 'database', { identifier: `${props.namePrefix}-ephi`, vpc: this.vpc, kmsKey: key, tags });
  }
}

export interface AwsBaselineStackProps extends AwsHipaaBaselineProps {
  /** Provider default tags (owner, cost centre); the ePHI tag is set per resource. */
  readonly defaultTags?: Tags;
}

/** A stack with the AWS provider and the whole baseline, ready to synthesize. */
export class AwsBaselineStack extends TerraformStack {
  readonly baseline: AwsHipaaBaseline;

  constructor(scope: Construct, id: string, props: AwsBaselineStackProps) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: props.region, allowedAccountIds: [props.accountId], ...(props.defaultTags ? { defaultTags: [{ tags: { ...props.defaultTags } }] } : {}) });
    this.baseline = new AwsHipaaBaseline(this, 'baseline', props);
    new TerraformOutput(this, 'ephi_bucket', { value: this.baseline.dataBucket.bucket.bucket });
    new TerraformOutput(this, 'kms_key_arn', { value: this.baseline.key.key.arn });
  }
}
