import type { Check } from '../../src/engine/check-api.js';
import authorizationNoCustomOwnerRoles from './authorization/no-custom-owner-roles.js';
import authorizationPrivilegedRolesEligible from './authorization/privileged-roles-eligible.js';
import authorizationSubscriptionMax3Owners from './authorization/subscription-max-3-owners.js';
import authorizationSubscriptionMultipleOwners from './authorization/subscription-multiple-owners.js';
import computeDiskCmk from './compute/disk-cmk.js';
import computeDiskEncryptedAtRest from './compute/disk-encrypted-at-rest.js';
import computeDiskNoPublicExport from './compute/disk-no-public-export.js';
import computeVirtualMachineBackupSeparateSubscription from './compute/virtual-machine-backup-separate-subscription.js';
import computeVirtualMachineBackup from './compute/virtual-machine-backup.js';
import computeVirtualMachineEncryptionAtHost from './compute/virtual-machine-encryption-at-host.js';
import computeVirtualMachineNoMissingCriticalPatches from './compute/virtual-machine-no-missing-critical-patches.js';
import computeVirtualMachineNoPublicIp from './compute/virtual-machine-no-public-ip.js';
import computeVirtualMachinePatchAssessment from './compute/virtual-machine-patch-assessment.js';
import cosmosdbAccountCmk from './cosmosdb/account-cmk.js';
import cosmosdbAccountDiagnosticLogs from './cosmosdb/account-diagnostic-logs.js';
import cosmosdbAccountEncryptedAtRest from './cosmosdb/account-encrypted-at-rest.js';
import cosmosdbAccountLocalAuthDisabled from './cosmosdb/account-local-auth-disabled.js';
import cosmosdbAccountNetworkRestricted from './cosmosdb/account-network-restricted.js';
import cosmosdbAccountTls12 from './cosmosdb/account-tls12.js';
import dataprotectionBackupVaultGeoRedundant from './dataprotection/backup-vault-geo-redundant.js';
import dataprotectionBackupVaultImmutability from './dataprotection/backup-vault-immutability.js';
import dataprotectionBackupVaultMultiUserAuthorization from './dataprotection/backup-vault-multi-user-authorization.js';
import dataprotectionBackupVaultSoftDelete from './dataprotection/backup-vault-soft-delete.js';
import entraTenantGlobalAdminCount from './entra/tenant-global-admin-count.js';
import entraTenantMfaAdmins from './entra/tenant-mfa-admins.js';
import entraTenantMfaAllUsers from './entra/tenant-mfa-all-users.js';
import keyvaultKeyExpirationSet from './keyvault/key-expiration-set.js';
import keyvaultKeyRotationPolicy from './keyvault/key-rotation-policy.js';
import keyvaultSecretExpirationSet from './keyvault/secret-expiration-set.js';
import keyvaultVaultDiagnosticLogs from './keyvault/vault-diagnostic-logs.js';
import keyvaultVaultNetworkRestricted from './keyvault/vault-network-restricted.js';
import keyvaultVaultPurgeProtection from './keyvault/vault-purge-protection.js';
import keyvaultVaultSoftDelete from './keyvault/vault-soft-delete.js';
import monitorActivityLogAlertNsgChanges from './monitor/activity-log-alert-nsg-changes.js';
import monitorActivityLogAlertNsgRuleChanges from './monitor/activity-log-alert-nsg-rule-changes.js';
import monitorActivityLogAlertPolicyAssignmentChanges from './monitor/activity-log-alert-policy-assignment-changes.js';
import monitorActivityLogAlertSecuritySolutionChanges from './monitor/activity-log-alert-security-solution-changes.js';
import monitorActivityLogAlertSqlFirewallChanges from './monitor/activity-log-alert-sql-firewall-changes.js';
import monitorSubscriptionActivityLogExport from './monitor/subscription-activity-log-export.js';
import monitorSubscriptionDiagnosticCategories from './monitor/subscription-diagnostic-categories.js';
import mysqlFlexibleServerCmk from './mysql/flexible-server-cmk.js';
import mysqlFlexibleServerEncryptedAtRest from './mysql/flexible-server-encrypted-at-rest.js';
import mysqlFlexibleServerGeoBackup from './mysql/flexible-server-geo-backup.js';
import mysqlFlexibleServerNoPublicAccess from './mysql/flexible-server-no-public-access.js';
import mysqlFlexibleServerSecureTransport from './mysql/flexible-server-secure-transport.js';
import networkApplicationGatewayTls12 from './network/application-gateway-tls12.js';
import networkEphiSegmented from './network/ephi-segmented.js';
import networkFlowLogRetention90d from './network/flow-log-retention-90d.js';
import networkSecurityGroupNoPublicAdminPorts from './network/security-group-no-public-admin-ports.js';
import networkSecurityGroupNoPublicDatabasePorts from './network/security-group-no-public-database-ports.js';
import networkSubnetNsg from './network/subnet-nsg.js';
import networkVirtualNetworkFlowLogs from './network/virtual-network-flow-logs.js';
import policySubscriptionHipaaAssignment from './policy/subscription-hipaa-assignment.js';
import postgresqlFlexibleServerCmk from './postgresql/flexible-server-cmk.js';
import postgresqlFlexibleServerEncryptedAtRest from './postgresql/flexible-server-encrypted-at-rest.js';
import postgresqlFlexibleServerGeoBackup from './postgresql/flexible-server-geo-backup.js';
import postgresqlFlexibleServerNoPublicAccess from './postgresql/flexible-server-no-public-access.js';
import postgresqlFlexibleServerSecureTransport from './postgresql/flexible-server-secure-transport.js';
import recoveryservicesBackupPolicyFrequency48h from './recoveryservices/backup-policy-frequency-48h.js';
import recoveryservicesBackupPolicyMinRetention from './recoveryservices/backup-policy-min-retention.js';
import recoveryservicesVaultGeoRedundant from './recoveryservices/vault-geo-redundant.js';
import recoveryservicesVaultImmutability from './recoveryservices/vault-immutability.js';
import recoveryservicesVaultMultiUserAuthorization from './recoveryservices/vault-multi-user-authorization.js';
import recoveryservicesVaultSoftDelete from './recoveryservices/vault-soft-delete.js';
import redisCacheNoNonTlsPort from './redis/cache-no-non-tls-port.js';
import redisCacheTls12 from './redis/cache-tls12.js';
import securitySubscriptionDefenderEndpointIntegration from './security/subscription-defender-endpoint-integration.js';
import securitySubscriptionDefenderServers from './security/subscription-defender-servers.js';
import securitySubscriptionDefenderSql from './security/subscription-defender-sql.js';
import securitySubscriptionDefenderStorageMalwareScanning from './security/subscription-defender-storage-malware-scanning.js';
import siterecoveryTestFailoverRecent from './siterecovery/test-failover-recent.js';
import sqlDatabaseGeoBackup from './sql/database-geo-backup.js';
import sqlDatabaseTde from './sql/database-tde.js';
import sqlServerAuditingRetention90d from './sql/server-auditing-retention-90d.js';
import sqlServerAuditing from './sql/server-auditing.js';
import sqlServerCmk from './sql/server-cmk.js';
import sqlServerEntraOnlyAuth from './sql/server-entra-only-auth.js';
import sqlServerNoPublicAccess from './sql/server-no-public-access.js';
import sqlServerTls12 from './sql/server-tls12.js';
import sqlServerVulnerabilityAssessment from './sql/server-vulnerability-assessment.js';
import storageAccountBlobLogging from './storage/account-blob-logging.js';
import storageAccountBlobRecovery from './storage/account-blob-recovery.js';
import storageAccountCmk from './storage/account-cmk.js';
import storageAccountEncryptedAtRest from './storage/account-encrypted-at-rest.js';
import storageAccountInfrastructureEncryption from './storage/account-infrastructure-encryption.js';
import storageAccountNetworkRestricted from './storage/account-network-restricted.js';
import storageAccountNoPublicBlobAccess from './storage/account-no-public-blob-access.js';
import storageAccountNoSharedKey from './storage/account-no-shared-key.js';
import storageAccountSecureTransfer from './storage/account-secure-transfer.js';
import storageAccountTls12 from './storage/account-tls12.js';
import webSiteFtpsOnly from './web/site-ftps-only.js';
import webSiteHttpsOnly from './web/site-https-only.js';
import webSiteTls12 from './web/site-tls12.js';

/** Every azure check, sorted by id. */
export const AZURE_CHECKS: readonly Check[] = [
  authorizationNoCustomOwnerRoles,
  authorizationPrivilegedRolesEligible,
  authorizationSubscriptionMax3Owners,
  authorizationSubscriptionMultipleOwners,
  computeDiskCmk,
  computeDiskEncryptedAtRest,
  computeDiskNoPublicExport,
  computeVirtualMachineBackup,
  computeVirtualMachineBackupSeparateSubscription,
  computeVirtualMachineEncryptionAtHost,
  computeVirtualMachineNoMissingCriticalPatches,
  computeVirtualMachineNoPublicIp,
  computeVirtualMachinePatchAssessment,
  cosmosdbAccountCmk,
  cosmosdbAccountDiagnosticLogs,
  cosmosdbAccountEncryptedAtRest,
  cosmosdbAccountLocalAuthDisabled,
  cosmosdbAccountNetworkRestricted,
  cosmosdbAccountTls12,
  dataprotectionBackupVaultGeoRedundant,
  dataprotectionBackupVaultImmutability,
  dataprotectionBackupVaultMultiUserAuthorization,
  dataprotectionBackupVaultSoftDelete,
  entraTenantGlobalAdminCount,
  entraTenantMfaAdmins,
  entraTenantMfaAllUsers,
  keyvaultKeyExpirationSet,
  keyvaultKeyRotationPolicy,
  keyvaultSecretExpirationSet,
  keyvaultVaultDiagnosticLogs,
  keyvaultVaultNetworkRestricted,
  keyvaultVaultPurgeProtection,
  keyvaultVaultSoftDelete,
  monitorActivityLogAlertNsgChanges,
  monitorActivityLogAlertNsgRuleChanges,
  monitorActivityLogAlertPolicyAssignmentChanges,
  monitorActivityLogAlertSecuritySolutionChanges,
  monitorActivityLogAlertSqlFirewallChanges,
  monitorSubscriptionActivityLogExport,
  monitorSubscriptionDiagnosticCategories,
  mysqlFlexibleServerCmk,
  mysqlFlexibleServerEncryptedAtRest,
  mysqlFlexibleServerGeoBackup,
  mysqlFlexibleServerNoPublicAccess,
  mysqlFlexibleServerSecureTransport,
  networkApplicationGatewayTls12,
  networkEphiSegmented,
  networkFlowLogRetention90d,
  networkSecurityGroupNoPublicAdminPorts,
  networkSecurityGroupNoPublicDatabasePorts,
  networkSubnetNsg,
  networkVirtualNetworkFlowLogs,
  policySubscriptionHipaaAssignment,
  postgresqlFlexibleServerCmk,
  postgresqlFlexibleServerEncryptedAtRest,
  postgresqlFlexibleServerGeoBackup,
  postgresqlFlexibleServerNoPublicAccess,
  postgresqlFlexibleServerSecureTransport,
  recoveryservicesBackupPolicyFrequency48h,
  recoveryservicesBackupPolicyMinRetention,
  recoveryservicesVaultGeoRedundant,
  recoveryservicesVaultImmutability,
  recoveryservicesVaultMultiUserAuthorization,
  recoveryservicesVaultSoftDelete,
  redisCacheNoNonTlsPort,
  redisCacheTls12,
  securitySubscriptionDefenderEndpointIntegration,
  securitySubscriptionDefenderServers,
  securitySubscriptionDefenderSql,
  securitySubscriptionDefenderStorageMalwareScanning,
  siterecoveryTestFailoverRecent,
  sqlDatabaseGeoBackup,
  sqlDatabaseTde,
  sqlServerAuditing,
  sqlServerAuditingRetention90d,
  sqlServerCmk,
  sqlServerEntraOnlyAuth,
  sqlServerNoPublicAccess,
  sqlServerTls12,
  sqlServerVulnerabilityAssessment,
  storageAccountBlobLogging,
  storageAccountBlobRecovery,
  storageAccountCmk,
  storageAccountEncryptedAtRest,
  storageAccountInfrastructureEncryption,
  storageAccountNetworkRestricted,
  storageAccountNoPublicBlobAccess,
  storageAccountNoSharedKey,
  storageAccountSecureTransfer,
  storageAccountTls12,
  webSiteFtpsOnly,
  webSiteHttpsOnly,
  webSiteTls12,
] as readonly Check[];
