import { DATAPROTECTION_BACKUP_VAULT, RECOVERYSERVICES_VAULT } from './backup.js';
import { COMPUTE_DISK, COMPUTE_SNAPSHOT, COMPUTE_VIRTUAL_MACHINE } from './compute.js';
import { COSMOSDB_ACCOUNT } from './cosmosdb.js';
import { MYSQL_FLEXIBLE_SERVER, POSTGRESQL_FLEXIBLE_SERVER } from './dbflex.js';
import { ENTRA_TENANT } from './entra.js';
import { KEYVAULT_KEY, KEYVAULT_SECRET, KEYVAULT_VAULT } from './keyvault.js';
import { NETWORK_APPLICATION_GATEWAY, NETWORK_SECURITY_GROUP, NETWORK_SUBNET, NETWORK_VIRTUAL_NETWORK } from './network.js';
import { REDIS_CACHE } from './redis.js';
import { SQL_DATABASE, SQL_SERVER } from './sql.js';
import { STORAGE_ACCOUNT } from './storage.js';
import { RESOURCES_SUBSCRIPTION } from './subscription.js';
import { WEB_SITE } from './web.js';

export type * from './backup.js';
export type * from './common.js';
export type * from './compute.js';
export type * from './cosmosdb.js';
export type * from './dbflex.js';
export type * from './entra.js';
export type * from './keyvault.js';
export type * from './network.js';
export type * from './redis.js';
export type * from './sql.js';
export type * from './storage.js';
export type * from './subscription.js';
export type * from './web.js';
export { vnetIdOfSubnet, vnetsOfSubnets } from './common.js';

/** Canonical azure resource types (one module per service, listed here), sorted by type name. */
export const AZURE_RESOURCE_TYPES = [
  COMPUTE_DISK,
  COMPUTE_SNAPSHOT,
  COMPUTE_VIRTUAL_MACHINE,
  COSMOSDB_ACCOUNT,
  DATAPROTECTION_BACKUP_VAULT,
  ENTRA_TENANT,
  KEYVAULT_KEY,
  KEYVAULT_SECRET,
  KEYVAULT_VAULT,
  MYSQL_FLEXIBLE_SERVER,
  NETWORK_APPLICATION_GATEWAY,
  NETWORK_SECURITY_GROUP,
  NETWORK_SUBNET,
  NETWORK_VIRTUAL_NETWORK,
  POSTGRESQL_FLEXIBLE_SERVER,
  RECOVERYSERVICES_VAULT,
  REDIS_CACHE,
  RESOURCES_SUBSCRIPTION,
  SQL_DATABASE,
  SQL_SERVER,
  STORAGE_ACCOUNT,
  WEB_SITE,
] as const;
