/**
 * Every IAM action the AWS collector may perform, by service. This list is the source of the
 * published read-only policy (docs/aws-readonly-policy.json, checked by a test) and the call-log
 * test asserts the collector never performs anything else. All are Describe/List/Get/Select/
 * BatchGet reads plus iam:GenerateCredentialReport (which only prepares the report) and
 * sts:AssumeRole (organization scans: it mints read-only session credentials, changes nothing).
 */
export const AWS_READ_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'access-analyzer': ['ListAnalyzers'],
  acm: ['ListCertificates'],
  // API Gateway authorizes reads by HTTP verb: GET on the APIs and their stages.
  apigateway: ['GET'],
  backup: [
    'DescribeRegionSettings', 'GetBackupPlan', 'GetBackupSelection', 'GetBackupVaultAccessPolicy', 'ListBackupPlans', 'ListBackupSelections', 'ListBackupVaults', 'ListRecoveryPointsByBackupVault',
    'ListRestoreTestingPlans', 'ListRestoreTestingSelections',
  ],
  cloudfront: ['GetDistributionConfig', 'ListDistributions', 'ListTagsForResource'],
  cloudtrail: ['DescribeTrails', 'GetEventSelectors', 'GetTrailStatus'],
  cloudwatch: ['DescribeAlarms'],
  config: ['DescribeConfigurationRecorderStatus', 'DescribeConfigurationRecorders', 'DescribeDeliveryChannels', 'SelectAggregateResourceConfig', 'SelectResourceConfig'],
  dynamodb: ['DescribeContinuousBackups', 'DescribeTable', 'ListTables', 'ListTagsOfResource'],
  ec2: [
    'DescribeFlowLogs', 'DescribeInstances', 'DescribeInternetGateways', 'DescribeNetworkAcls', 'DescribeNetworkInterfaces', 'DescribeRegions', 'DescribeRouteTables',
    'DescribeSecurityGroups', 'DescribeSnapshots', 'DescribeSubnets', 'DescribeVolumes', 'DescribeVpcPeeringConnections', 'DescribeVpcs', 'GetEbsDefaultKmsKeyId',
    'GetEbsEncryptionByDefault',
  ],
  ecr: ['DescribeRepositories'],
  eks: ['DescribeCluster', 'ListClusters'],
  elasticache: ['DescribeReplicationGroups', 'ListTagsForResource'],
  elasticfilesystem: ['DescribeBackupPolicy', 'DescribeFileSystems'],
  elasticloadbalancing: ['DescribeListeners', 'DescribeLoadBalancerAttributes', 'DescribeLoadBalancers'],
  es: ['DescribeDomains', 'ListDomainNames', 'ListTags'],
  guardduty: ['GetDetector', 'ListDetectors', 'ListMalwareProtectionPlans'],
  iam: ['GenerateCredentialReport', 'GetAccountAuthorizationDetails', 'GetAccountPasswordPolicy', 'GetAccountSummary', 'GetCredentialReport', 'ListSAMLProviders', 'ListVirtualMFADevices'],
  inspector2: ['BatchGetAccountStatus'],
  kms: ['DescribeKey', 'GetKeyRotationStatus', 'ListKeys', 'ListResourceTags'],
  lambda: ['GetAccountSettings', 'GetPolicy', 'ListFunctions', 'ListTags'],
  logs: ['DescribeDeliveries', 'DescribeDeliverySources', 'DescribeLogGroups', 'DescribeMetricFilters'],
  organizations: ['ListAccounts'],
  rds: ['DescribeDBClusterParameters', 'DescribeDBClusters', 'DescribeDBInstances', 'DescribeDBParameters', 'DescribeDBSnapshotAttributes', 'DescribeDBSnapshots'],
  redshift: ['DescribeClusterParameters', 'DescribeClusters', 'DescribeLoggingStatus'],
  s3: [
    'GetAccountPublicAccessBlock', 'GetBucketLogging', 'GetBucketObjectLockConfiguration', 'GetBucketPolicy', 'GetBucketPublicAccessBlock', 'GetBucketTagging',
    'GetBucketVersioning', 'GetEncryptionConfiguration', 'ListAllMyBuckets',
  ],
  sagemaker: ['DescribeNotebookInstance', 'ListNotebookInstances', 'ListTags'],
  secretsmanager: ['ListSecrets'],
  securityhub: ['DescribeHub'],
  sns: ['GetTopicAttributes', 'ListTagsForResource', 'ListTopics'],
  sqs: ['GetQueueAttributes', 'ListQueueTags', 'ListQueues'],
  ssm: ['DescribeDocumentPermission', 'DescribeInstanceInformation', 'ListDocuments', 'ListResourceComplianceSummaries'],
  sts: ['AssumeRole', 'GetCallerIdentity'],
};

/** `service:Action`, sorted. */
export function readActions(): string[] {
  return Object.entries(AWS_READ_ACTIONS).flatMap(([s, ops]) => ops.map((o) => `${s}:${o}`)).sort();
}

/** The minimal IAM policy document a scanning principal needs (the published JSON). */
export function readOnlyPolicy(): { Version: string; Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: string }[] } {
  const reads = readActions().filter((a) => a !== 'sts:AssumeRole');
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'PhiscanReadOnly', Effect: 'Allow', Action: reads, Resource: '*' },
      // Only needed with --org / --assume-role: narrow Resource to the member role ARN pattern.
      { Sid: 'PhiscanAssumeMemberRole', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: 'arn:aws:iam::*:role/PhiscanReadOnly' },
    ],
  };
}
