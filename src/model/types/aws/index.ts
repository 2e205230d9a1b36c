import { BACKUP_PLAN, BACKUP_VAULT } from './backup.js';
import { EBS_ENCRYPTION_DEFAULT, EBS_SNAPSHOT, EBS_VOLUME, EC2_INSTANCE, NETWORK_ACL, NETWORK_GATEWAY, ROUTE_TABLE, SECURITY_GROUP, SUBNET, VPC } from './ec2.js';
import { IAM_PASSWORD_POLICY, IAM_ROOT_ACCOUNT, IAM_USER } from './iam.js';
import { KMS_KEY } from './kms.js';
import { CLOUDTRAIL_ACCOUNT_TRAILS, CLOUDTRAIL_TRAIL, CONFIG_RECORDER } from './logging.js';
import { CLOUDFRONT_DISTRIBUTION, LB_LISTENER } from './network-edge.js';
import { RDS_CLUSTER, RDS_INSTANCE, RDS_SNAPSHOT } from './rds.js';
import { S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, S3_BUCKET } from './s3.js';
import { DYNAMODB_TABLE, EFS_FILE_SYSTEM } from './storage.js';
import { GUARDDUTY_DETECTOR, INSPECTOR2_STATUS } from './threat-detection.js';

export type * from './backup.js';
export type * from './common.js';
export type * from './ec2.js';
export type * from './iam.js';
export type * from './kms.js';
export type * from './logging.js';
export type * from './network-edge.js';
export type * from './rds.js';
export type * from './s3.js';
export type * from './storage.js';
export type * from './threat-detection.js';

/** Canonical AWS resource types, sorted by type name. */
export const AWS_RESOURCE_TYPES = [
  BACKUP_PLAN,
  BACKUP_VAULT,
  CLOUDFRONT_DISTRIBUTION,
  CLOUDTRAIL_ACCOUNT_TRAILS,
  CLOUDTRAIL_TRAIL,
  CONFIG_RECORDER,
  DYNAMODB_TABLE,
  EBS_ENCRYPTION_DEFAULT,
  EC2_INSTANCE,
  NETWORK_ACL,
  NETWORK_GATEWAY,
  ROUTE_TABLE,
  SECURITY_GROUP,
  EBS_SNAPSHOT,
  SUBNET,
  EBS_VOLUME,
  VPC,
  EFS_FILE_SYSTEM,
  LB_LISTENER,
  GUARDDUTY_DETECTOR,
  IAM_PASSWORD_POLICY,
  IAM_ROOT_ACCOUNT,
  IAM_USER,
  INSPECTOR2_STATUS,
  KMS_KEY,
  RDS_CLUSTER,
  RDS_INSTANCE,
  RDS_SNAPSHOT,
  S3_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET,
] as const;
