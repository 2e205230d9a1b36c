import { defineResourceType } from '../registry.js';

/** A Memorystore for Redis instance (CAI `redis.googleapis.com/Instance`, Redis API v1 shape). */
export interface RedisInstanceConfig {
  /** `SERVER_AUTHENTICATION` or `DISABLED`; the API documents an unset mode as TLS disabled, so the mapper reads absence as `DISABLED`. */
  readonly transitEncryptionMode: string | undefined;
}

export const REDIS_INSTANCE = defineResourceType({
  type: 'gcp.redis.instance',
  provider: 'gcp',
  title: 'Memorystore for Redis instance',
  native: { cai: 'redis.googleapis.com/Instance', terraform: ['google_redis_instance'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.redis.instance': RedisInstanceConfig;
  }
}
