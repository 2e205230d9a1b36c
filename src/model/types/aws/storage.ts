import { defineResourceType } from '../registry.js';

export interface DynamoDbTableConfig {
  /** `AWS_OWNED` (default, table shows no SSEDescription), `AWS_MANAGED` or `CUSTOMER_MANAGED` (KMS). */
  readonly sseType: 'AWS_OWNED' | 'AWS_MANAGED' | 'CUSTOMER_MANAGED' | undefined;
  readonly kmsKeyArn: string | null | undefined;
  readonly pointInTimeRecovery: boolean | undefined;
  readonly deletionProtection: boolean | undefined;
}

export interface EfsFileSystemConfig {
  readonly encrypted: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
  /** AWS Backup automatic backups (backup policy status ENABLED). */
  readonly automaticBackups: boolean | undefined;
}

export const DYNAMODB_TABLE = defineResourceType({ type: 'aws.dynamodb.table', provider: 'aws', title: 'DynamoDB table', native: { awsConfig: 'AWS::DynamoDB::Table', terraform: ['aws_dynamodb_table'] } });
export const EFS_FILE_SYSTEM = defineResourceType({ type: 'aws.efs.file-system', provider: 'aws', title: 'EFS file system', native: { awsConfig: 'AWS::EFS::FileSystem', terraform: ['aws_efs_file_system', 'aws_efs_backup_policy'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.dynamodb.table': DynamoDbTableConfig;
    'aws.efs.file-system': EfsFileSystemConfig;
  }
}
