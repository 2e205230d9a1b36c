import type { Resource, ResourceType } from '../../../src/model/resource.js';
import type { ConfigOf } from '../../../src/model/types/index.js';
import { makeResource } from '../../helpers/check-tester.js';

/** Complete, mostly compliant configs per AWS type; tests override the fields they exercise. */
const BASE: { readonly [T in ResourceType]?: ConfigOf<T> } = {
  'aws.ec2.volume': { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', state: 'in-use', attachedInstanceIds: ['i-1'], snapshotId: null },
  'aws.ec2.snapshot': { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', volumeId: 'vol-1', public: false, startTime: '2026-10-01T00:00:00Z' },
  'aws.ec2.ebs-encryption-default': { enabled: true, kmsKeyId: null },
  'aws.ec2.vpc': { cidrBlock: '10.0.0.0/16', isDefault: false, flowLogs: [{ id: 'fl-1', trafficType: 'ALL', destinationType: 'cloud-watch-logs', status: 'ACTIVE' }] },
  'aws.ec2.subnet': { vpcId: 'vpc-1', cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: false, routesToInternetGateway: false },
  'aws.ec2.security-group': { groupName: 'app', vpcId: 'vpc-1', isDefault: false, ingress: [], egress: [], attachedTo: ['eni-1'] },
  'aws.ec2.network-acl': { vpcId: 'vpc-1', isDefault: false, entries: [], subnetIds: ['subnet-1'] },
  'aws.ec2.route-table': { vpcId: 'vpc-1', main: true, subnetIds: [], routes: [{ destination: '10.0.0.0/16', destinationPrefixListId: null, targetKind: 'local', targetId: 'local', state: 'active' }] },
  'aws.ec2.network-gateway': { kind: 'vpc-peering', vpcIds: ['vpc-1', 'vpc-2'], subnetId: null, state: 'active' },
  'aws.ec2.instance': {
    state: 'running', vpcId: 'vpc-1', subnetId: 'subnet-1', securityGroupIds: ['sg-1'], publicIpAddress: null,
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' }, iamInstanceProfileArn: null, imageId: 'ami-1', platform: null,
    patchCompliance: { status: 'COMPLIANT', criticalNonCompliant: 0, highNonCompliant: 0, lastScan: '2026-10-30T00:00:00Z' }, ssmManaged: true,
    associationCompliance: { status: 'COMPLIANT', nonCompliant: 0, lastExecution: '2026-10-30T00:00:00Z' },
  },
  'aws.s3.bucket': { defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k1', bucketKeyEnabled: true }, policy: null, versioning: 'Enabled', mfaDelete: false, objectLock: null, publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }, logging: null },
  'aws.s3.account-public-access-block': { publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } },
  'aws.rds.instance': {
    engine: 'postgres', engineVersion: '16.4', clusterId: null, storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', backupRetentionDays: 14, publiclyAccessible: false,
    deletionProtection: true, multiAz: true, autoMinorVersionUpgrade: true, vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'], tlsParameter: { name: 'rds.force_ssl', value: '1' }, logExports: ['postgresql', 'upgrade'],
  },
  'aws.rds.cluster': { engine: 'aurora-postgresql', engineVersion: '16.4', storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', backupRetentionDays: 14, deletionProtection: true, vpcId: 'vpc-1', subnetIds: ['subnet-1'], publiclyAccessible: false, securityGroupIds: ['sg-1'], tlsParameter: { name: 'rds.force_ssl', value: '1' }, logExports: ['postgresql'] },
  'aws.rds.snapshot': { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', public: false, sourceId: 'db-1', snapshotType: 'manual' },
  'aws.dynamodb.table': { sseType: 'CUSTOMER_MANAGED', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k1', pointInTimeRecovery: true, deletionProtection: true },
  'aws.efs.file-system': { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', automaticBackups: true },
  'aws.kms.key': { keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', origin: 'AWS_KMS', keyState: 'Enabled', rotationEnabled: true, rotationPeriodDays: 365, deletionDate: null, policy: null },
  'aws.cloudtrail.trail': { homeRegion: 'us-east-1', isMultiRegion: true, isOrganizationTrail: false, logFileValidation: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', isLogging: true, includeGlobalServiceEvents: true, s3BucketName: 'trail-logs', dataEvents: true,
    eventSelectors: { basic: [{ readWriteType: 'All', dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced: [] },
    cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:trail', latestCloudWatchLogsDeliveryTime: '2026-10-31T23:50:00Z', latestCloudWatchLogsDeliveryError: null,
  },
  'aws.cloudtrail.account-trails': { trailArns: ['arn:aws:cloudtrail:us-east-1:111122223333:trail/main'] },
  'aws.config.recorder': { present: true, recording: true, allSupported: true, includeGlobalResourceTypes: true, lastStatus: 'SUCCESS', deliveryChannel: true },
  'aws.iam.identity-providers': { samlProviders: [] },
  'aws.iam.root-account': { credentialsPresent: true, mfaEnabled: true, hardwareMfa: true, accessKeysPresent: false, passwordLastUsed: null },
  'aws.iam.user': { passwordEnabled: true, passwordLastUsed: '2026-10-20T00:00:00Z', mfaActive: true, accessKeys: [], createdAt: '2025-01-01T00:00:00Z', hasAdministratorAccess: false, attachedPolicyArns: [], inlinePolicyNames: [] },
  'aws.iam.policy': { document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }, attachmentCount: 1 },
  'aws.iam.role': { serviceLinked: false, attachedPolicyArns: [], inlinePolicies: [], trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] } },
  'aws.iam.emergency-access': { designated: ['arn:aws:iam::111122223333:role/break-glass'] },
  'aws.iam.access-analyzer': { analyzers: [{ arn: 'arn:aws:access-analyzer:us-east-1:111122223333:analyzer/account', type: 'ACCOUNT', status: 'ACTIVE' }] },
  'aws.secretsmanager.secret': { kmsKeyId: null, rotationEnabled: true, rotationLambdaArn: 'arn:aws:lambda:us-east-1:111122223333:function:rotate', rotationIntervalDays: 30, rotationScheduleExpression: null, lastRotatedDate: '2026-10-20T00:00:00Z', createdDate: '2025-01-01T00:00:00Z', policy: null, replicaRegions: [] },
  'aws.acm.certificate': { status: 'ISSUED', certificateType: 'AMAZON_ISSUED', keyAlgorithm: 'RSA_2048', notAfter: '2027-06-01T00:00:00Z', inUse: true, renewalEligibility: 'ELIGIBLE' },
  'aws.ssm.document': { documentType: 'Command', sharedWith: [] },
  'aws.iam.password-policy': { present: true, minimumLength: 14, requireSymbols: true, requireNumbers: true, requireUppercase: true, requireLowercase: true, maxAgeDays: null, reusePrevention: 24 },
  'aws.elbv2.listener': { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1', loadBalancerScheme: 'internet-facing', protocol: 'HTTPS', port: 443, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', redirectsToHttps: false },
  'aws.cloudfront.distribution': { viewerProtocolPolicies: ['redirect-to-https'], minimumProtocolVersion: 'TLSv1.2_2021', originProtocolPolicies: ['https-only'], logging: { bucket: 'cf-logs.s3.amazonaws.com', prefix: 'cf/' }, loggingV2: undefined },
  'aws.backup.vault': { vaultType: 'BACKUP_VAULT', locked: true, lockMode: 'COMPLIANCE', minRetentionDays: 7, encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k1', accessPolicy: null, recoveryPoints: 3, unencryptedRecoveryPoints: [] },
  'aws.backup.plan': { rules: [], selections: [] },
  'aws.backup.region': { resourceTypeOptIn: { Aurora: true, DynamoDB: true, EBS: true, EFS: true, RDS: true, S3: true }, planArns: ['plan-1'], restoreTestingPlans: [] },
  'aws.guardduty.detector': { detectorId: 'd-1', enabled: true, ebsMalwareProtection: true, s3MalwareProtection: true, s3DataEvents: true },
  'aws.logs.log-group': { retentionInDays: 365, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', metricFilters: [] },
  'aws.cloudwatch.metric-alarm': { metrics: [{ namespace: 'CISBenchmark', name: 'RootAccountUsage' }], actionsEnabled: true, alarmActions: ['arn:aws:sns:us-east-1:111122223333:security-alerts'] },
  'aws.securityhub.hub': { enabled: true, subscribedAt: '2025-01-01T00:00:00Z' },
  'aws.elbv2.load-balancer': { type: 'application', scheme: 'internet-facing', accessLogs: { bucket: 'lb-logs', prefix: 'web' } },
  'aws.inspector2.status': { ec2: true, ecr: true, lambda: true, workloads: { ec2: true, ecr: true, lambda: true } },
  'aws.opensearch.domain': {
    engineVersion: 'OpenSearch_2.13', encryptionAtRest: true, kmsKeyId: null, nodeToNodeEncryption: true, enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
    vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] }, accessPolicy: null, enabledLogTypes: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'], fineGrainedAccessControl: true,
  },
  'aws.redshift.cluster': {
    encrypted: true, kmsKeyId: null, publiclyAccessible: false, vpcId: 'vpc-1', securityGroupIds: ['sg-1'], subnetGroupName: 'private', requireSsl: true,
    auditLogging: { destinationType: 'cloudwatch', bucketName: null }, automatedSnapshotRetentionDays: 7, enhancedVpcRouting: true,
  },
  'aws.elasticache.replication-group': {
    engine: 'redis', atRestEncryptionEnabled: true, transitEncryptionEnabled: true, transitEncryptionMode: 'required', authTokenEnabled: true, snapshotRetentionDays: 7,
    securityGroupIds: undefined, subnetGroupName: 'private', logDelivery: [], kmsKeyId: null, automaticFailover: true, multiAz: true,
  },
  'aws.sns.topic': { kmsMasterKeyId: 'alias/aws/sns', policy: null, fifo: false, deliveryStatusLogging: [], subscriptionsConfirmed: 1 },
  'aws.sqs.queue': { kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null, fifo: false },
  'aws.sagemaker.notebook-instance': { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', directInternetAccess: false, rootAccess: false, subnetId: 'subnet-1', securityGroupIds: ['sg-1'] },
  'aws.eks.cluster': {
    version: '1.31', vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'], endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'],
    secretsEncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k1', enabledLogTypes: ['api', 'audit', 'authenticator'],
  },
  'aws.apigateway.stage': {
    apiType: 'REST', apiId: 'a1', accessLogDestinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:api', executionLoggingLevel: 'ERROR', cacheClusterEnabled: true, cacheDataEncrypted: true,
    clientCertificateId: 'cert-1', webAclArn: null, tracingEnabled: true,
  },
  'aws.lambda.function': {
    runtime: 'nodejs22.x', packageType: 'Zip', kmsKeyArn: null, environmentVariableNames: [], vpc: null, tracingMode: 'PassThrough', logGroup: '/aws/lambda/f', functionUrlAuthType: undefined,
    policy: { Version: '2012-10-17', Statement: [{ Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:111122223333:function:f', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::in' } } }] },
  },
};

type Over<T extends ResourceType> = Partial<Omit<Resource<T>, 'type' | 'config'>>;

/** A resource of `type` with a complete config: the base above with `config` overrides applied. */
export function aws<T extends ResourceType>(type: T, config: Partial<ConfigOf<T>> = {}, over: Over<T> = {}): Resource<T> {
  const base = BASE[type] as ConfigOf<T> | undefined;
  if (!base) throw new Error(`no base fixture for ${type}`);
  return makeResource(type, { ...base, ...config }, over);
}

export const EPHI_TAGS = { phi: 'true' } as const;
export const ACCOUNT = '111122223333';
