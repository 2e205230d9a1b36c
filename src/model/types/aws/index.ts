import { ACM_CERTIFICATE } from './acm.js';
import { APIGATEWAY_STAGE } from './apigateway.js';
import { BACKUP_PLAN, BACKUP_REGION, BACKUP_VAULT } from './backup.js';
import { EBS_ENCRYPTION_DEFAULT, EBS_SNAPSHOT, EBS_VOLUME, EC2_INSTANCE, NETWORK_ACL, NETWORK_GATEWAY, ROUTE_TABLE, SECURITY_GROUP, SUBNET, VPC } from './ec2.js';
import { EKS_CLUSTER } from './eks.js';
import { ELASTICACHE_CLUSTER, ELASTICACHE_REPLICATION_GROUP } from './elasticache.js';
import { ELB_LOAD_BALANCER } from './elb.js';
import { IAM_ACCESS_ANALYZER, IAM_EMERGENCY_ACCESS, IAM_IDENTITY_PROVIDERS, IAM_PASSWORD_POLICY, IAM_POLICY, IAM_ROLE, IAM_ROOT_ACCOUNT, IAM_USER } from './iam.js';
import { KMS_KEY } from './kms.js';
import { LAMBDA_FUNCTION } from './lambda.js';
import { CLOUDTRAIL_ACCOUNT_TRAILS, CLOUDTRAIL_TRAIL, CONFIG_RECORDER, LOG_GROUP, METRIC_ALARM, SECURITYHUB_HUB } from './logging.js';
import { SNS_TOPIC, SQS_QUEUE } from './messaging.js';
import { CLOUDFRONT_DISTRIBUTION, LB_LISTENER, LOAD_BALANCER } from './network-edge.js';
import { OPENSEARCH_DOMAIN } from './opensearch.js';
import { RDS_CLUSTER, RDS_INSTANCE, RDS_SNAPSHOT } from './rds.js';
import { REDSHIFT_CLUSTER } from './redshift.js';
import { S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, S3_BUCKET } from './s3.js';
import { SAGEMAKER_NOTEBOOK } from './sagemaker.js';
import { SECRETSMANAGER_SECRET } from './secretsmanager.js';
import { SSM_DOCUMENT } from './ssm.js';
import { DYNAMODB_TABLE, EFS_FILE_SYSTEM } from './storage.js';
import { GUARDDUTY_DETECTOR, INSPECTOR2_STATUS } from './threat-detection.js';

export type * from './acm.js';
export type * from './apigateway.js';
export type * from './backup.js';
export type * from './common.js';
export type * from './ec2.js';
export type * from './eks.js';
export type * from './elasticache.js';
export type * from './elb.js';
export type * from './iam.js';
export type * from './kms.js';
export type * from './lambda.js';
export type * from './logging.js';
export type * from './messaging.js';
export type * from './network-edge.js';
export type * from './opensearch.js';
export type * from './rds.js';
export type * from './redshift.js';
export type * from './s3.js';
export type * from './sagemaker.js';
export type * from './secretsmanager.js';
export type * from './ssm.js';
export type * from './storage.js';
export type * from './threat-detection.js';

/** Canonical AWS resource types, sorted by type name. */
export const AWS_RESOURCE_TYPES = [
  ACM_CERTIFICATE,
  APIGATEWAY_STAGE,
  BACKUP_PLAN,
  BACKUP_REGION,
  BACKUP_VAULT,
  CLOUDFRONT_DISTRIBUTION,
  CLOUDTRAIL_ACCOUNT_TRAILS,
  CLOUDTRAIL_TRAIL,
  METRIC_ALARM,
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
  EKS_CLUSTER,
  ELASTICACHE_CLUSTER,
  ELASTICACHE_REPLICATION_GROUP,
  ELB_LOAD_BALANCER,
  LB_LISTENER,
  LOAD_BALANCER,
  GUARDDUTY_DETECTOR,
  IAM_ACCESS_ANALYZER,
  IAM_EMERGENCY_ACCESS,
  IAM_IDENTITY_PROVIDERS,
  IAM_PASSWORD_POLICY,
  IAM_POLICY,
  IAM_ROLE,
  IAM_ROOT_ACCOUNT,
  IAM_USER,
  INSPECTOR2_STATUS,
  KMS_KEY,
  LAMBDA_FUNCTION,
  LOG_GROUP,
  OPENSEARCH_DOMAIN,
  RDS_CLUSTER,
  RDS_INSTANCE,
  RDS_SNAPSHOT,
  REDSHIFT_CLUSTER,
  S3_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET,
  SAGEMAKER_NOTEBOOK,
  SECRETSMANAGER_SECRET,
  SECURITYHUB_HUB,
  SNS_TOPIC,
  SQS_QUEUE,
  SSM_DOCUMENT,
] as const;
