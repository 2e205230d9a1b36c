import { defineResourceType } from '../registry.js';

/** The TLS-enforcing parameter of the instance's (or cluster's) parameter group. */
export interface RdsTlsParameter {
  /** `rds.force_ssl` or `require_secure_transport`. */
  readonly name: string;
  /** Effective value; engine default applied when the group does not set it. */
  readonly value: string | null;
}

export interface RdsInstanceConfig {
  readonly engine: string | undefined;
  readonly engineVersion: string | undefined;
  /** Aurora members inherit encryption, backups and TLS from the cluster. */
  readonly clusterId: string | null | undefined;
  readonly storageEncrypted: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
  readonly backupRetentionDays: number | undefined;
  readonly publiclyAccessible: boolean | undefined;
  readonly deletionProtection: boolean | undefined;
  readonly multiAz: boolean | undefined;
  readonly autoMinorVersionUpgrade: boolean | undefined;
  readonly vpcId: string | null | undefined;
  readonly subnetIds: readonly string[] | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
  /** null = the engine has no TLS-forcing parameter (e.g. Oracle uses options instead). */
  readonly tlsParameter: RdsTlsParameter | null | undefined;
  /** `EnabledCloudwatchLogsExports` (log types published to CloudWatch Logs); [] = none. */
  readonly logExports: readonly string[] | undefined;
}

export interface RdsClusterConfig {
  readonly engine: string | undefined;
  readonly engineVersion: string | undefined;
  readonly storageEncrypted: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
  readonly backupRetentionDays: number | undefined;
  readonly deletionProtection: boolean | undefined;
  readonly vpcId: string | null | undefined;
  /** Subnets of the cluster's DB subnet group (where its instances run). */
  readonly subnetIds: readonly string[] | undefined;
  /** Some member instance is publicly accessible (the cluster's endpoints then resolve to a public address); false when it has none. */
  readonly publiclyAccessible: boolean | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
  readonly tlsParameter: RdsTlsParameter | null | undefined;
  /** `EnabledCloudwatchLogsExports`; [] = none. */
  readonly logExports: readonly string[] | undefined;
}

export interface RdsSnapshotConfig {
  readonly encrypted: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
  readonly public: boolean | undefined;
  readonly sourceId: string | undefined;
  readonly snapshotType: string | undefined;
}

export const RDS_INSTANCE = defineResourceType({
  type: 'aws.rds.instance', provider: 'aws', title: 'RDS DB instance', native: { awsConfig: 'AWS::RDS::DBInstance', terraform: ['aws_db_instance', 'aws_db_parameter_group'] },
  network: (c) => ({ networkId: c.vpcId ?? undefined, subnetIds: c.subnetIds, securityGroupIds: c.securityGroupIds, publicAddress: c.publiclyAccessible }),
});
export const RDS_CLUSTER = defineResourceType({
  type: 'aws.rds.cluster', provider: 'aws', title: 'RDS / Aurora DB cluster', native: { awsConfig: 'AWS::RDS::DBCluster', terraform: ['aws_rds_cluster', 'aws_rds_cluster_parameter_group'] },
  network: (c) => ({ networkId: c.vpcId ?? undefined, subnetIds: c.subnetIds, securityGroupIds: c.securityGroupIds, publicAddress: c.publiclyAccessible }),
});
export const RDS_SNAPSHOT = defineResourceType({ type: 'aws.rds.snapshot', provider: 'aws', title: 'RDS snapshot', native: { awsConfig: 'AWS::RDS::DBSnapshot', terraform: ['aws_db_snapshot'] }, network: (c) => ({ publicAddress: c.public }) });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.rds.instance': RdsInstanceConfig;
    'aws.rds.cluster': RdsClusterConfig;
    'aws.rds.snapshot': RdsSnapshotConfig;
  }
}
