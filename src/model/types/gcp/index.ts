import { BACKUPDR_BACKUP_PLAN, BACKUPDR_PLAN_ASSOCIATION, BACKUPDR_VAULT } from './backupdr.js';
import { BIGQUERY_DATASET } from './bigquery.js';
import { COMPUTE_BACKEND_SERVICE, COMPUTE_DISK, COMPUTE_FIREWALL, COMPUTE_FORWARDING_RULE, COMPUTE_INSTANCE, COMPUTE_NETWORK, COMPUTE_RESOURCE_POLICY, COMPUTE_SSL_POLICY, COMPUTE_SUBNETWORK, COMPUTE_TARGET_PROXY } from './compute.js';
import { CONTAINER_CLUSTER } from './container.js';
import { IAM_SERVICE_ACCOUNT } from './iam.js';
import { KMS_CRYPTO_KEY, KMS_KEY_RING } from './kms.js';
import { LOGGING_BUCKET, LOGGING_METRIC, LOGGING_SINK } from './logging.js';
import { MONITORING_ALERT_POLICY } from './monitoring.js';
import { OSCONFIG_PATCH_DEPLOYMENT } from './osconfig.js';
import { ORGPOLICY_POLICY } from './orgpolicy.js';
import { RESOURCEMANAGER_PROJECT } from './project.js';
import { PUBSUB_TOPIC } from './pubsub.js';
import { REDIS_INSTANCE } from './redis.js';
import { SECRETMANAGER_SECRET } from './secretmanager.js';
import { SQL_INSTANCE } from './sql.js';
import { STORAGE_BUCKET } from './storage.js';

export type * from './backupdr.js';
export type * from './bigquery.js';
export type * from './common.js';
export type * from './compute.js';
export type * from './container.js';
export type * from './iam.js';
export type * from './kms.js';
export type * from './logging.js';
export type * from './monitoring.js';
export type * from './osconfig.js';
export type * from './orgpolicy.js';
export type * from './project.js';
export type * from './pubsub.js';
export type * from './redis.js';
export type * from './secretmanager.js';
export type * from './sql.js';
export type * from './storage.js';
export { PUBLIC_MEMBERS } from './common.js';
export { kmsKeyRelativeName } from './kms.js';
export { sinkDestinationId } from './logging.js';

/** Canonical gcp resource types (one module per service, listed here), sorted by type name. */
export const GCP_RESOURCE_TYPES = [
  BACKUPDR_BACKUP_PLAN,
  BACKUPDR_PLAN_ASSOCIATION,
  BACKUPDR_VAULT,
  BIGQUERY_DATASET,
  COMPUTE_BACKEND_SERVICE,
  COMPUTE_DISK,
  COMPUTE_FIREWALL,
  COMPUTE_FORWARDING_RULE,
  COMPUTE_INSTANCE,
  COMPUTE_NETWORK,
  COMPUTE_RESOURCE_POLICY,
  COMPUTE_SSL_POLICY,
  COMPUTE_SUBNETWORK,
  COMPUTE_TARGET_PROXY,
  CONTAINER_CLUSTER,
  IAM_SERVICE_ACCOUNT,
  KMS_CRYPTO_KEY,
  KMS_KEY_RING,
  LOGGING_BUCKET,
  LOGGING_METRIC,
  LOGGING_SINK,
  MONITORING_ALERT_POLICY,
  ORGPOLICY_POLICY,
  OSCONFIG_PATCH_DEPLOYMENT,
  PUBSUB_TOPIC,
  REDIS_INSTANCE,
  RESOURCEMANAGER_PROJECT,
  SECRETMANAGER_SECRET,
  SQL_INSTANCE,
  STORAGE_BUCKET,
] as const;
