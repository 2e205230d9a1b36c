import type { Check } from '../../src/engine/check-api.js';
import computeDiskCmk from './compute/disk-cmk.js';
import computeDiskEncryptedAtRest from './compute/disk-encrypted-at-rest.js';
import computeDiskNoPublicExport from './compute/disk-no-public-export.js';
import computeVirtualMachineBackup from './compute/virtual-machine-backup.js';
import computeVirtualMachineEncryptionAtHost from './compute/virtual-machine-encryption-at-host.js';
import computeVirtualMachineNoPublicIp from './compute/virtual-machine-no-public-ip.js';
import cosmosdbAccountCmk from './cosmosdb/account-cmk.js';
import cosmosdbAccountDiagnosticLogs from './cosmosdb/account-diagnostic-logs.js';
import cosmosdbAccountEncryptedAtRest from './cosmosdb/account-encrypted-at-rest.js';
import cosmosdbAccountLocalAuthDisabled from './cosmosdb/account-local-auth-disabled.js';
import cosmosdbAccountNetworkRestricted from './cosmosdb/account-network-restricted.js';
import cosmosdbAccountTls12 from './cosmosdb/account-tls12.js';
import dataprotectionBackupVaultGeoRedundant from './dataprotection/backup-vault-geo-redundant.js';
import dataprotectionBackupVaultImmutability from './dataprotection/backup-vault-immutability.js';
import dataprotectionBackupVaultSoftDelete from './dataprotection/backup-vault-soft-delete.js';
import entraTenantMfaAdmins from './entra/tenant-mfa-admins.js';
import entraTenantMfaAllUsers from './entra/tenant-mfa-all-users.js';
import keyvaultKeyRotationPolicy from './keyvault/key-rotation-policy.js';
import keyvaultVaultDiagnosticLogs from './keyvault/vault-diagnostic-logs.js';
import keyvaultVaultNetworkRestricted from './keyvault/vault-network-restricted.js';
import keyvaultVaultPurgeProtection from './keyvault/vault-purge-protection.js';
import keyvaultVaultSoftDelete from './keyvault/vault-soft-delete.js';
import monitorSubscriptionActivityLogExport from './monitor/subscription-activity-log-export.js';
import mysqlFlexibleServerCmk from './mysql/flexible-server-cmk.js';
import mysqlFlexibleServerEncryptedAtRest from './mysql/flexible-server-encrypted-at-rest.js';
import mysqlFlexibleServerGeoBackup from './mysql/flexible-server-geo-backup.js';
import mysqlFlexibleServerNoPublicAccess from './mysql/flexible-server-no-public-access.js';
import mysqlFlexibleServerSecureTransport from './mysql/flexible-server-secure-transport.js';
import networkApplicationGatewayTls12 from './network/application-gateway-tls12.js';
import networkEphiSegmented from './network/ephi-segmented.js';
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
import recoveryservicesVaultGeoRedundant from './recoveryservices/vault-geo-redundant.js';
import recoveryservicesVaultImmutability from './recoveryservices/vault-immutability.js';
import recoveryservicesVaultSoftDelete from './recoveryservices/vault-soft-delete.js';
import redisCacheNoNonTlsPort from './redis/cache-no-non-tls-port.js';
import redisCacheTls12 from './redis/cache-tls12.js';
import securitySubscriptionDefenderServers from './security/subscription-defender-servers.js';
import securitySubscriptionDefenderSql from './security/subscription-defender-sql.js';
import securitySubscriptionDefenderStorageMalwareScanning from './security/subscription-defender-storage-malware-scanning.js';
import sqlDatabaseGeoBackup from './sql/database-geo-backup.js';
import sqlDatabaseTde from './sql/database-tde.js';
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
  computeDiskCmk,
  computeDiskEncryptedAtRest,
  computeDiskNoPublicExport,
  computeVirtualMachineBackup,
  computeVirtualMachineEncryptionAtHost,
  computeVirtualMachineNoPublicIp,
  cosmosdbAccountCmk,
  cosmosdbAccountDiagnosticLogs,
  cosmosdbAccountEncryptedAtRest,
  cosmosdbAccountLocalAuthDisabled,
  cosmosdbAccountNetworkRestricted,
  cosmosdbAccountTls12,
  dataprotectionBackupVaultGeoRedundant,
  dataprotectionBackupVaultImmutability,
  dataprotectionBackupVaultSoftDelete,
  entraTenantMfaAdmins,
  entraTenantMfaAllUsers,
  keyvaultKeyRotationPolicy,
  keyvaultVaultDiagnosticLogs,
  keyvaultVaultNetworkRestricted,
  keyvaultVaultPurgeProtection,
  keyvaultVaultSoftDelete,
  monitorSubscriptionActivityLogExport,
  mysqlFlexibleServerCmk,
  mysqlFlexibleServerEncryptedAtRest,
  mysqlFlexibleServerGeoBackup,
  mysqlFlexibleServerNoPublicAccess,
  mysqlFlexibleServerSecureTransport,
  networkApplicationGatewayTls12,
  networkEphiSegmented,
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
  recoveryservicesVaultGeoRedundant,
  recoveryservicesVaultImmutability,
  recoveryservicesVaultSoftDelete,
  redisCacheNoNonTlsPort,
  redisCacheTls12,
  securitySubscriptionDefenderServers,
  securitySubscriptionDefenderSql,
  securitySubscriptionDefenderStorageMalwareScanning,
  sqlDatabaseGeoBackup,
  sqlDatabaseTde,
  sqlServerAuditing,
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
