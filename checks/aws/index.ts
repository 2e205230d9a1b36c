import type { Check } from '../../src/engine/check-api.js';
import acmCertificateNotExpiring from './acm/certificate-not-expiring.js';
import acmCertificateRsa2048OrStronger from './acm/certificate-rsa-2048-or-stronger.js';
import apigatewayStageAccessLogging from './apigateway/stage-access-logging.js';
import apigatewayStageCacheEncrypted from './apigateway/stage-cache-encrypted.js';
import apigatewayStageClientCertificate from './apigateway/stage-client-certificate.js';
import backupEphiResourceCovered from './backup/ephi-resource-covered.js';
import backupPlanCopiesOffsite from './backup/plan-copies-offsite.js';
import backupPlanFrequency48h from './backup/plan-frequency-48h.js';
import backupPlanMinRetention from './backup/plan-min-retention.js';
import backupRecoveryPointEncrypted from './backup/recovery-point-encrypted.js';
import backupRestoreTestingPlan from './backup/restore-testing-plan.js';
import backupVaultLockCompliance from './backup/vault-lock-compliance.js';
import backupVaultPolicyProtectsRecoveryPoints from './backup/vault-policy-protects-recovery-points.js';
import cloudfrontDistributionAccessLogging from './cloudfront/distribution-access-logging.js';
import cloudfrontDistributionHttpsOrigins from './cloudfront/distribution-https-origins.js';
import cloudfrontDistributionHttpsViewers from './cloudfront/distribution-https-viewers.js';
import cloudfrontDistributionModernTls from './cloudfront/distribution-modern-tls.js';
import cloudtrailAccountMultiRegionTrail from './cloudtrail/account-multi-region-trail.js';
import cloudtrailEphiBucketDataEvents from './cloudtrail/ephi-bucket-data-events.js';
import cloudtrailEphiTableDataEvents from './cloudtrail/ephi-table-data-events.js';
import cloudtrailTrailCloudwatchLogs from './cloudtrail/trail-cloudwatch-logs.js';
import cloudtrailTrailKmsEncryption from './cloudtrail/trail-kms-encryption.js';
import cloudtrailTrailLogFileValidation from './cloudtrail/trail-log-file-validation.js';
import cloudtrailTrailLogging from './cloudtrail/trail-logging.js';
import cloudwatchAlarmCloudtrailChanges from './cloudwatch/alarm-cloudtrail-changes.js';
import cloudwatchAlarmCmkDisableOrDeletion from './cloudwatch/alarm-cmk-disable-or-deletion.js';
import cloudwatchAlarmConfigChanges from './cloudwatch/alarm-config-changes.js';
import cloudwatchAlarmConsoleSignInFailures from './cloudwatch/alarm-console-sign-in-failures.js';
import cloudwatchAlarmConsoleSignInWithoutMfa from './cloudwatch/alarm-console-sign-in-without-mfa.js';
import cloudwatchAlarmIamPolicyChanges from './cloudwatch/alarm-iam-policy-changes.js';
import cloudwatchAlarmNaclChanges from './cloudwatch/alarm-nacl-changes.js';
import cloudwatchAlarmNetworkGatewayChanges from './cloudwatch/alarm-network-gateway-changes.js';
import cloudwatchAlarmRootAccountUsage from './cloudwatch/alarm-root-account-usage.js';
import cloudwatchAlarmRouteTableChanges from './cloudwatch/alarm-route-table-changes.js';
import cloudwatchAlarmS3BucketPolicyChanges from './cloudwatch/alarm-s3-bucket-policy-changes.js';
import cloudwatchAlarmSecurityGroupChanges from './cloudwatch/alarm-security-group-changes.js';
import cloudwatchAlarmUnauthorizedApiCalls from './cloudwatch/alarm-unauthorized-api-calls.js';
import cloudwatchAlarmVpcChanges from './cloudwatch/alarm-vpc-changes.js';
import configRecorderAllResources from './config/recorder-all-resources.js';
import configRecorderEnabled from './config/recorder-enabled.js';
import dynamodbTableCustomerManagedKey from './dynamodb/table-customer-managed-key.js';
import dynamodbTableDeletionProtection from './dynamodb/table-deletion-protection.js';
import dynamodbTableEncryptedAtRest from './dynamodb/table-encrypted-at-rest.js';
import dynamodbTablePointInTimeRecovery from './dynamodb/table-point-in-time-recovery.js';
import ec2DefaultSgRestrictsAll from './ec2/default-sg-restricts-all.js';
import ec2EbsEncryptionByDefault from './ec2/ebs-encryption-by-default.js';
import ec2EphiNetworkSegmented from './ec2/ephi-network-segmented.js';
import ec2InstanceImdsv2Required from './ec2/instance-imdsv2-required.js';
import ec2InstanceNoPublicIp from './ec2/instance-no-public-ip.js';
import ec2NaclNoAllowAllIngress from './ec2/nacl-no-allow-all-ingress.js';
import ec2SgNoPublicAdminPorts from './ec2/sg-no-public-admin-ports.js';
import ec2SgNoPublicAllTraffic from './ec2/sg-no-public-all-traffic.js';
import ec2SgNoPublicDatabasePorts from './ec2/sg-no-public-database-ports.js';
import ec2SnapshotEncrypted from './ec2/snapshot-encrypted.js';
import ec2SnapshotNotPublic from './ec2/snapshot-not-public.js';
import ec2SubnetNoPublicIpInEphiVpc from './ec2/subnet-no-public-ip-in-ephi-vpc.js';
import ec2VolumeEncrypted from './ec2/volume-encrypted.js';
import ec2VpcFlowLogsEnabled from './ec2/vpc-flow-logs-enabled.js';
import efsFileSystemBackupsEnabled from './efs/file-system-backups-enabled.js';
import efsFileSystemEncrypted from './efs/file-system-encrypted.js';
import eksClusterAuditLogging from './eks/cluster-audit-logging.js';
import eksClusterEndpointNotPublic from './eks/cluster-endpoint-not-public.js';
import eksClusterSecretsEncryption from './eks/cluster-secrets-encryption.js';
import elasticacheReplicationGroupAutomaticBackups from './elasticache/replication-group-automatic-backups.js';
import elasticacheReplicationGroupEncryptedAtRest from './elasticache/replication-group-encrypted-at-rest.js';
import elasticacheReplicationGroupEncryptedInTransit from './elasticache/replication-group-encrypted-in-transit.js';
import elbv2ListenerEncrypted from './elbv2/listener-encrypted.js';
import elbv2ListenerModernTlsPolicy from './elbv2/listener-modern-tls-policy.js';
import elbv2LoadBalancerAccessLogging from './elbv2/load-balancer-access-logging.js';
import guarddutyDetectorEnabled from './guardduty/detector-enabled.js';
import guarddutyMalwareProtectionEnabled from './guardduty/malware-protection-enabled.js';
import iamAccessAnalyzerEnabled from './iam/access-analyzer-enabled.js';
import iamBreakGlassAccessDocumented from './iam/break-glass-access-documented.js';
import iamIdentityProviderMfa from './iam/identity-provider-mfa.js';
import iamPasswordPolicyStrong from './iam/password-policy-strong.js';
import iamPolicyNoFullAdmin from './iam/policy-no-full-admin.js';
import iamRoleNoAdministratorAccess from './iam/role-no-administrator-access.js';
import iamRootAccountHardwareMfa from './iam/root-account-hardware-mfa.js';
import iamRootAccountMfa from './iam/root-account-mfa.js';
import iamRootAccountNoAccessKeys from './iam/root-account-no-access-keys.js';
import iamUserAccessKeyRotated from './iam/user-access-key-rotated.js';
import iamUserConsoleMfa from './iam/user-console-mfa.js';
import iamUserNoAdministratorAccess from './iam/user-no-administrator-access.js';
import iamUserNoDirectPolicies from './iam/user-no-direct-policies.js';
import iamUserNoUnusedCredentials from './iam/user-no-unused-credentials.js';
import inspector2ScanningEnabled from './inspector2/scanning-enabled.js';
import kmsKeyPendingDeletionUnused from './kms/key-pending-deletion-unused.js';
import kmsKeyRotationEnabled from './kms/key-rotation-enabled.js';
import lambdaFunctionNotPublic from './lambda/function-not-public.js';
import logsLogGroupKmsEncryption from './logs/log-group-kms-encryption.js';
import logsLogGroupRetention from './logs/log-group-retention.js';
import opensearchDomainAuditLogs from './opensearch/domain-audit-logs.js';
import opensearchDomainEncryptedAtRest from './opensearch/domain-encrypted-at-rest.js';
import opensearchDomainHttpsRequired from './opensearch/domain-https-required.js';
import opensearchDomainNodeToNodeEncryption from './opensearch/domain-node-to-node-encryption.js';
import opensearchDomainNotPublic from './opensearch/domain-not-public.js';
import rdsClusterBackupRetention from './rds/cluster-backup-retention.js';
import rdsClusterDeletionProtection from './rds/cluster-deletion-protection.js';
import rdsClusterStorageEncrypted from './rds/cluster-storage-encrypted.js';
import rdsClusterTlsRequired from './rds/cluster-tls-required.js';
import rdsInstanceAutoMinorUpgrade from './rds/instance-auto-minor-upgrade.js';
import rdsInstanceBackupRetention from './rds/instance-backup-retention.js';
import rdsInstanceDeletionProtection from './rds/instance-deletion-protection.js';
import rdsInstanceLogExports from './rds/instance-log-exports.js';
import rdsInstanceNotPublic from './rds/instance-not-public.js';
import rdsInstanceStorageEncrypted from './rds/instance-storage-encrypted.js';
import rdsInstanceTlsRequired from './rds/instance-tls-required.js';
import rdsSnapshotEncrypted from './rds/snapshot-encrypted.js';
import rdsSnapshotNotPublic from './rds/snapshot-not-public.js';
import redshiftClusterAuditLogging from './redshift/cluster-audit-logging.js';
import redshiftClusterEncryptedAtRest from './redshift/cluster-encrypted-at-rest.js';
import redshiftClusterNotPublic from './redshift/cluster-not-public.js';
import redshiftClusterTlsRequired from './redshift/cluster-tls-required.js';
import s3AccountPublicAccessBlocked from './s3/account-public-access-blocked.js';
import s3BackupBucketObjectLock from './s3/backup-bucket-object-lock.js';
import s3BucketAccessLogging from './s3/bucket-access-logging.js';
import s3BucketDenyInsecureTransport from './s3/bucket-deny-insecure-transport.js';
import s3BucketEncryptedAtRest from './s3/bucket-encrypted-at-rest.js';
import s3BucketEphiCustomerManagedKey from './s3/bucket-ephi-customer-managed-key.js';
import s3BucketKmsEncryption from './s3/bucket-kms-encryption.js';
import s3BucketPublicAccessBlocked from './s3/bucket-public-access-blocked.js';
import s3BucketVersioningEnabled from './s3/bucket-versioning-enabled.js';
import sagemakerNotebookKmsEncryption from './sagemaker/notebook-kms-encryption.js';
import sagemakerNotebookNoDirectInternet from './sagemaker/notebook-no-direct-internet.js';
import secretsmanagerSecretRotatedRecently from './secretsmanager/secret-rotated-recently.js';
import secretsmanagerSecretRotationEnabled from './secretsmanager/secret-rotation-enabled.js';
import securityhubAccountEnabled from './securityhub/account-enabled.js';
import snsTopicEncryptedAtRest from './sns/topic-encrypted-at-rest.js';
import sqsQueueEncryptedAtRest from './sqs/queue-encrypted-at-rest.js';
import ssmDocumentNotPublic from './ssm/document-not-public.js';
import ssmInstanceAssociationCompliant from './ssm/instance-association-compliant.js';
import ssmInstanceManaged from './ssm/instance-managed.js';
import ssmInstancePatchCompliant from './ssm/instance-patch-compliant.js';

/** Every AWS check, sorted by id. */
export const AWS_CHECKS: readonly Check[] = [
  acmCertificateNotExpiring,
  acmCertificateRsa2048OrStronger,
  apigatewayStageAccessLogging,
  apigatewayStageCacheEncrypted,
  apigatewayStageClientCertificate,
  backupEphiResourceCovered,
  backupPlanCopiesOffsite,
  backupPlanFrequency48h,
  backupPlanMinRetention,
  backupRecoveryPointEncrypted,
  backupRestoreTestingPlan,
  backupVaultLockCompliance,
  backupVaultPolicyProtectsRecoveryPoints,
  cloudfrontDistributionAccessLogging,
  cloudfrontDistributionHttpsOrigins,
  cloudfrontDistributionHttpsViewers,
  cloudfrontDistributionModernTls,
  cloudtrailAccountMultiRegionTrail,
  cloudtrailEphiBucketDataEvents,
  cloudtrailEphiTableDataEvents,
  cloudtrailTrailCloudwatchLogs,
  cloudtrailTrailKmsEncryption,
  cloudtrailTrailLogFileValidation,
  cloudtrailTrailLogging,
  cloudwatchAlarmCloudtrailChanges,
  cloudwatchAlarmCmkDisableOrDeletion,
  cloudwatchAlarmConfigChanges,
  cloudwatchAlarmConsoleSignInFailures,
  cloudwatchAlarmConsoleSignInWithoutMfa,
  cloudwatchAlarmIamPolicyChanges,
  cloudwatchAlarmNaclChanges,
  cloudwatchAlarmNetworkGatewayChanges,
  cloudwatchAlarmRootAccountUsage,
  cloudwatchAlarmRouteTableChanges,
  cloudwatchAlarmS3BucketPolicyChanges,
  cloudwatchAlarmSecurityGroupChanges,
  cloudwatchAlarmUnauthorizedApiCalls,
  cloudwatchAlarmVpcChanges,
  configRecorderAllResources,
  configRecorderEnabled,
  dynamodbTableCustomerManagedKey,
  dynamodbTableDeletionProtection,
  dynamodbTableEncryptedAtRest,
  dynamodbTablePointInTimeRecovery,
  ec2DefaultSgRestrictsAll,
  ec2EbsEncryptionByDefault,
  ec2EphiNetworkSegmented,
  ec2InstanceImdsv2Required,
  ec2InstanceNoPublicIp,
  ec2NaclNoAllowAllIngress,
  ec2SgNoPublicAdminPorts,
  ec2SgNoPublicAllTraffic,
  ec2SgNoPublicDatabasePorts,
  ec2SnapshotEncrypted,
  ec2SnapshotNotPublic,
  ec2SubnetNoPublicIpInEphiVpc,
  ec2VolumeEncrypted,
  ec2VpcFlowLogsEnabled,
  efsFileSystemBackupsEnabled,
  efsFileSystemEncrypted,
  eksClusterAuditLogging,
  eksClusterEndpointNotPublic,
  eksClusterSecretsEncryption,
  elasticacheReplicationGroupAutomaticBackups,
  elasticacheReplicationGroupEncryptedAtRest,
  elasticacheReplicationGroupEncryptedInTransit,
  elbv2ListenerEncrypted,
  elbv2ListenerModernTlsPolicy,
  elbv2LoadBalancerAccessLogging,
  guarddutyDetectorEnabled,
  guarddutyMalwareProtectionEnabled,
  iamAccessAnalyzerEnabled,
  iamBreakGlassAccessDocumented,
  iamIdentityProviderMfa,
  iamPasswordPolicyStrong,
  iamPolicyNoFullAdmin,
  iamRoleNoAdministratorAccess,
  iamRootAccountHardwareMfa,
  iamRootAccountMfa,
  iamRootAccountNoAccessKeys,
  iamUserAccessKeyRotated,
  iamUserConsoleMfa,
  iamUserNoAdministratorAccess,
  iamUserNoDirectPolicies,
  iamUserNoUnusedCredentials,
  inspector2ScanningEnabled,
  kmsKeyPendingDeletionUnused,
  kmsKeyRotationEnabled,
  lambdaFunctionNotPublic,
  logsLogGroupKmsEncryption,
  logsLogGroupRetention,
  opensearchDomainAuditLogs,
  opensearchDomainEncryptedAtRest,
  opensearchDomainHttpsRequired,
  opensearchDomainNodeToNodeEncryption,
  opensearchDomainNotPublic,
  rdsClusterBackupRetention,
  rdsClusterDeletionProtection,
  rdsClusterStorageEncrypted,
  rdsClusterTlsRequired,
  rdsInstanceAutoMinorUpgrade,
  rdsInstanceBackupRetention,
  rdsInstanceDeletionProtection,
  rdsInstanceLogExports,
  rdsInstanceNotPublic,
  rdsInstanceStorageEncrypted,
  rdsInstanceTlsRequired,
  rdsSnapshotEncrypted,
  rdsSnapshotNotPublic,
  redshiftClusterAuditLogging,
  redshiftClusterEncryptedAtRest,
  redshiftClusterNotPublic,
  redshiftClusterTlsRequired,
  s3AccountPublicAccessBlocked,
  s3BackupBucketObjectLock,
  s3BucketAccessLogging,
  s3BucketDenyInsecureTransport,
  s3BucketEncryptedAtRest,
  s3BucketEphiCustomerManagedKey,
  s3BucketKmsEncryption,
  s3BucketPublicAccessBlocked,
  s3BucketVersioningEnabled,
  sagemakerNotebookKmsEncryption,
  sagemakerNotebookNoDirectInternet,
  secretsmanagerSecretRotatedRecently,
  secretsmanagerSecretRotationEnabled,
  securityhubAccountEnabled,
  snsTopicEncryptedAtRest,
  sqsQueueEncryptedAtRest,
  ssmDocumentNotPublic,
  ssmInstanceAssociationCompliant,
  ssmInstanceManaged,
  ssmInstancePatchCompliant,
];
