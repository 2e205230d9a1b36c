import type { Check } from '../../src/engine/check-api.js';
import storageAccountBlobLogging from './storage/account-blob-logging.js';
import storageAccountBlobRecovery from './storage/account-blob-recovery.js';
import storageAccountCmk from './storage/account-cmk.js';
import storageAccountInfrastructureEncryption from './storage/account-infrastructure-encryption.js';
import storageAccountNetworkRestricted from './storage/account-network-restricted.js';
import storageAccountSecureTransfer from './storage/account-secure-transfer.js';
import storageAccountTls12 from './storage/account-tls12.js';

/** Every azure check, sorted by id. */
export const AZURE_CHECKS: readonly Check[] = [
  storageAccountBlobLogging,
  storageAccountBlobRecovery,
  storageAccountCmk,
  storageAccountInfrastructureEncryption,
  storageAccountNetworkRestricted,
  storageAccountSecureTransfer,
  storageAccountTls12,
] as readonly Check[];
