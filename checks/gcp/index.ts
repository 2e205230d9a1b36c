import type { Check } from '../../src/engine/check-api.js';
import backupdrPlanFrequency48h from './backupdr/plan-frequency-48h.js';
import backupdrVaultEnforcedRetention from './backupdr/vault-enforced-retention.js';
import backupdrVaultSeparateProject from './backupdr/vault-separate-project.js';
import bigqueryDatasetCmek from './bigquery/dataset-cmek.js';
import bigqueryDatasetEncryptedAtRest from './bigquery/dataset-encrypted-at-rest.js';
import bigqueryDatasetNotPublic from './bigquery/dataset-not-public.js';
import computeDiskCmek from './compute/disk-cmek.js';
import computeDiskEncryptedAtRest from './compute/disk-encrypted-at-rest.js';
import computeDiskSnapshotSchedule from './compute/disk-snapshot-schedule.js';
import computeEphiSegmented from './compute/ephi-segmented.js';
import computeFirewallNoPublicAdminPorts from './compute/firewall-no-public-admin-ports.js';
import computeFirewallNoPublicDatabasePorts from './compute/firewall-no-public-database-ports.js';
import computeForwardingRuleHttpsOnly from './compute/forwarding-rule-https-only.js';
import computeInstanceNoExternalIp from './compute/instance-no-external-ip.js';
import computeInstanceShieldedVm from './compute/instance-shielded-vm.js';
import computeInstanceVmManager from './compute/instance-vm-manager.js';
import computeNetworkNotDefault from './compute/network-not-default.js';
import computeOsLogin2sv from './compute/os-login-2sv.js';
import computeSslPolicyStrongProfile from './compute/ssl-policy-strong-profile.js';
import computeSslPolicyTls12 from './compute/ssl-policy-tls12.js';
import computeSubnetworkFlowLogs from './compute/subnetwork-flow-logs.js';
import computeSubnetworkPrivateGoogleAccess from './compute/subnetwork-private-google-access.js';
import computeTargetProxySslPolicy from './compute/target-proxy-ssl-policy.js';
import containerClusterPrivateNodes from './container/cluster-private-nodes.js';
import containerClusterSecretsEncryption from './container/cluster-secrets-encryption.js';
import iamNoBasicRolesOnUsers from './iam/no-basic-roles-on-users.js';
import iamNoServiceAccountUserAtProject from './iam/no-service-account-user-at-project.js';
import iamNoUserManagedServiceAccountKeys from './iam/no-user-managed-service-account-keys.js';
import iamServiceAccountNoAdminRoles from './iam/service-account-no-admin-roles.js';
import kmsKeyInUseNotDestroyed from './kms/key-in-use-not-destroyed.js';
import kmsKeyNotPublic from './kms/key-not-public.js';
import kmsKeyRotation from './kms/key-rotation.js';
import loggingAlertAuditConfigChanges from './logging/alert-audit-config-changes.js';
import loggingAlertCustomRoleChanges from './logging/alert-custom-role-changes.js';
import loggingAlertFirewallChanges from './logging/alert-firewall-changes.js';
import loggingAlertNetworkChanges from './logging/alert-network-changes.js';
import loggingAlertProjectOwnershipChanges from './logging/alert-project-ownership-changes.js';
import loggingAlertRouteChanges from './logging/alert-route-changes.js';
import loggingAlertSqlConfigChanges from './logging/alert-sql-config-changes.js';
import loggingAlertStorageIamChanges from './logging/alert-storage-iam-changes.js';
import loggingBucketRetention from './logging/bucket-retention.js';
import loggingProjectSinkAllLogs from './logging/project-sink-all-logs.js';
import loggingSinkDestinationLocked from './logging/sink-destination-locked.js';
import osconfigPatchDeploymentPresent from './osconfig/patch-deployment-present.js';
import pubsubTopicCmek from './pubsub/topic-cmek.js';
import redisInstanceTransitEncryption from './redis/instance-transit-encryption.js';
import resourcemanagerDataAccessAuditLogs from './resourcemanager/data-access-audit-logs.js';
import resourcemanagerGoogleSignIn2sv from './resourcemanager/google-sign-in-2sv.js';
import resourcemanagerNoPublicIam from './resourcemanager/no-public-iam.js';
import resourcemanagerOsLoginRequired from './resourcemanager/os-login-required.js';
import resourcemanagerSecurityCommandCenter from './resourcemanager/security-command-center.js';
import secretmanagerSecretRotation from './secretmanager/secret-rotation.js';
import securitycenterVmThreatDetection from './securitycenter/vm-threat-detection.js';
import sqlInstanceAutomatedBackups from './sql/instance-automated-backups.js';
import sqlInstanceBackupOtherRegion from './sql/instance-backup-other-region.js';
import sqlInstanceBackupRetention from './sql/instance-backup-retention.js';
import sqlInstanceCmek from './sql/instance-cmek.js';
import sqlInstanceEncryptedAtRest from './sql/instance-encrypted-at-rest.js';
import sqlInstanceNoOpenAuthorizedNetworks from './sql/instance-no-open-authorized-networks.js';
import sqlInstanceNoPublicIp from './sql/instance-no-public-ip.js';
import sqlInstancePointInTimeRecovery from './sql/instance-point-in-time-recovery.js';
import sqlInstanceSslRequired from './sql/instance-ssl-required.js';
import storageBucketBackupProtection from './storage/bucket-backup-protection.js';
import storageBucketCmek from './storage/bucket-cmek.js';
import storageBucketEncryptedAtRest from './storage/bucket-encrypted-at-rest.js';
import storageBucketNotPublic from './storage/bucket-not-public.js';
import storageBucketPublicAccessPrevention from './storage/bucket-public-access-prevention.js';
import storageBucketUniformAccess from './storage/bucket-uniform-access.js';

/** Every gcp check, sorted by id. */
export const GCP_CHECKS: readonly Check[] = [
  backupdrPlanFrequency48h,
  backupdrVaultEnforcedRetention,
  backupdrVaultSeparateProject,
  bigqueryDatasetCmek,
  bigqueryDatasetEncryptedAtRest,
  bigqueryDatasetNotPublic,
  computeDiskCmek,
  computeDiskEncryptedAtRest,
  computeDiskSnapshotSchedule,
  computeEphiSegmented,
  computeFirewallNoPublicAdminPorts,
  computeFirewallNoPublicDatabasePorts,
  computeForwardingRuleHttpsOnly,
  computeInstanceNoExternalIp,
  computeInstanceShieldedVm,
  computeInstanceVmManager,
  computeNetworkNotDefault,
  computeOsLogin2sv,
  computeSslPolicyStrongProfile,
  computeSslPolicyTls12,
  computeSubnetworkFlowLogs,
  computeSubnetworkPrivateGoogleAccess,
  computeTargetProxySslPolicy,
  containerClusterPrivateNodes,
  containerClusterSecretsEncryption,
  iamNoBasicRolesOnUsers,
  iamNoServiceAccountUserAtProject,
  iamNoUserManagedServiceAccountKeys,
  iamServiceAccountNoAdminRoles,
  kmsKeyInUseNotDestroyed,
  kmsKeyNotPublic,
  kmsKeyRotation,
  loggingAlertAuditConfigChanges,
  loggingAlertCustomRoleChanges,
  loggingAlertFirewallChanges,
  loggingAlertNetworkChanges,
  loggingAlertProjectOwnershipChanges,
  loggingAlertRouteChanges,
  loggingAlertSqlConfigChanges,
  loggingAlertStorageIamChanges,
  loggingBucketRetention,
  loggingProjectSinkAllLogs,
  loggingSinkDestinationLocked,
  osconfigPatchDeploymentPresent,
  pubsubTopicCmek,
  redisInstanceTransitEncryption,
  resourcemanagerDataAccessAuditLogs,
  resourcemanagerGoogleSignIn2sv,
  resourcemanagerNoPublicIam,
  resourcemanagerOsLoginRequired,
  resourcemanagerSecurityCommandCenter,
  secretmanagerSecretRotation,
  securitycenterVmThreatDetection,
  sqlInstanceAutomatedBackups,
  sqlInstanceBackupOtherRegion,
  sqlInstanceBackupRetention,
  sqlInstanceCmek,
  sqlInstanceEncryptedAtRest,
  sqlInstanceNoOpenAuthorizedNetworks,
  sqlInstanceNoPublicIp,
  sqlInstancePointInTimeRecovery,
  sqlInstanceSslRequired,
  storageBucketBackupProtection,
  storageBucketCmek,
  storageBucketEncryptedAtRest,
  storageBucketNotPublic,
  storageBucketPublicAccessPrevention,
  storageBucketUniformAccess,
] as readonly Check[];
