import { defineResourceType } from '../registry.js';

/** Redshift provisioned cluster (`DescribeClusters`, `DescribeLoggingStatus`, `DescribeClusterParameters`). */
export interface RedshiftClusterConfig {
  /** `Encrypted`. */
  readonly encrypted: boolean | undefined;
  /** `KmsKeyId`; null = the AWS owned or managed key. */
  readonly kmsKeyId: string | null | undefined;
  readonly publiclyAccessible: boolean | undefined;
  readonly vpcId: string | null | undefined;
  /** `VpcSecurityGroups[].VpcSecurityGroupId`. */
  readonly securityGroupIds: readonly string[] | undefined;
  readonly subnetGroupName: string | null | undefined;
  /** `require_ssl` of the cluster parameter group (the default group: false). */
  readonly requireSsl: boolean | undefined;
  /** Audit logging (`DescribeLoggingStatus`); null = off. */
  readonly auditLogging: { readonly destinationType: 's3' | 'cloudwatch'; readonly bucketName: string | null } | null | undefined;
  /** `AutomatedSnapshotRetentionPeriod` in days; 0 = automated snapshots off. */
  readonly automatedSnapshotRetentionDays: number | undefined;
  readonly enhancedVpcRouting: boolean | undefined;
}

export const REDSHIFT_CLUSTER = defineResourceType({
  type: 'aws.redshift.cluster', provider: 'aws', title: 'Redshift cluster', native: { awsConfig: 'AWS::Redshift::Cluster', terraform: ['aws_redshift_cluster', 'aws_redshift_parameter_group', 'aws_redshift_logging'] },
  network: (c) => ({ networkId: c.vpcId ?? undefined, securityGroupIds: c.securityGroupIds, publicAddress: c.publiclyAccessible }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.redshift.cluster': RedshiftClusterConfig;
  }
}
