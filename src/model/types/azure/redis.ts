import { defineResourceType } from '../registry.js';
import type { PublicNetworkAccess } from './common.js';

/** Microsoft.Cache/redis (Azure Cache for Redis), api-version 2024-03-01 (`properties.*`). */
export interface RedisCacheConfig {
  /** `enableNonSslPort` (port 6379, plaintext); null = not returned (false). */
  readonly enableNonSslPort: boolean | null | undefined;
  /** `minimumTlsVersion`: `1.0`, `1.1`, `1.2`; null = not set (the service default applies; older caches accepted TLS 1.0). */
  readonly minimumTlsVersion: string | null | undefined;
  /** `publicNetworkAccess`. */
  readonly publicNetworkAccess: PublicNetworkAccess | undefined;
  /** `subnetId` (VNet-injected Premium cache); null = none. */
  readonly subnetId: string | null | undefined;
}

export const REDIS_CACHE = defineResourceType({
  type: 'azure.redis.cache',
  provider: 'azure',
  title: 'Azure Cache for Redis',
  native: { arm: 'Microsoft.Cache/redis', terraform: ['azurerm_redis_cache'] },
  network: (c) => ({
    ...(c.subnetId ? { subnetIds: [c.subnetId] } : {}),
    publicAddress: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess === 'Enabled' && !c.subnetId,
  }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.redis.cache': RedisCacheConfig;
  }
}
