import { defineResourceType } from '../registry.js';

/** Where the engine's slow log or engine log goes (`LogDeliveryConfigurations[]`). */
export interface ElastiCacheLogDelivery {
  /** `slow-log` or `engine-log`. */
  readonly logType: string;
  /** `cloudwatch-logs` or `kinesis-firehose`. */
  readonly destinationType: string;
  /** Log group or delivery stream name. */
  readonly destination: string | null;
}

/** Settings a replication group and a cache cluster share (`DescribeReplicationGroups`, `DescribeCacheClusters`). */
interface ElastiCacheCommon {
  /** `redis`, `valkey` or (clusters only) `memcached`. */
  readonly engine: string | undefined;
  readonly atRestEncryptionEnabled: boolean | undefined;
  readonly transitEncryptionEnabled: boolean | undefined;
  /** `preferred` also accepts unencrypted connections, `required` only TLS; null while transit encryption is off. */
  readonly transitEncryptionMode: 'preferred' | 'required' | null | undefined;
  /** `AuthTokenEnabled` (Redis AUTH). */
  readonly authTokenEnabled: boolean | undefined;
  /** `SnapshotRetentionLimit` in days; 0 = automatic backups off. */
  readonly snapshotRetentionDays: number | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
  readonly subnetGroupName: string | null | undefined;
  readonly logDelivery: readonly ElastiCacheLogDelivery[] | undefined;
}

export interface ElastiCacheReplicationGroupConfig extends ElastiCacheCommon {
  /** Key encrypting data at rest (`KmsKeyId`); null = the service-managed key. */
  readonly kmsKeyId: string | null | undefined;
  readonly automaticFailover: boolean | undefined;
  readonly multiAz: boolean | undefined;
}

export interface ElastiCacheClusterConfig extends ElastiCacheCommon {
  /** The replication group the cluster is a member of (its encryption and backups are the group's); null = stand-alone. */
  readonly replicationGroupId: string | null | undefined;
}

export const ELASTICACHE_REPLICATION_GROUP = defineResourceType({
  type: 'aws.elasticache.replication-group', provider: 'aws', title: 'ElastiCache replication group', native: { awsConfig: 'AWS::ElastiCache::ReplicationGroup', terraform: ['aws_elasticache_replication_group'] },
  network: (c) => ({ securityGroupIds: c.securityGroupIds }),
});
export const ELASTICACHE_CLUSTER = defineResourceType({
  type: 'aws.elasticache.cluster', provider: 'aws', title: 'ElastiCache cache cluster', native: { awsConfig: 'AWS::ElastiCache::CacheCluster', terraform: ['aws_elasticache_cluster'] },
  network: (c) => ({ securityGroupIds: c.securityGroupIds }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.elasticache.replication-group': ElastiCacheReplicationGroupConfig;
    'aws.elasticache.cluster': ElastiCacheClusterConfig;
  }
}
