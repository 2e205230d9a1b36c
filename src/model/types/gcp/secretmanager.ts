import { defineResourceType } from '../registry.js';

/** A Secret Manager secret's metadata (CAI `secretmanager.googleapis.com/Secret`); payloads are never read. */
export interface SecretmanagerSecretConfig {
  /**
   * `rotation.rotationPeriod` in seconds; null = no recurring rotation schedule. The API documents the period as
   * input-only, so a live rotation policy that does not echo it reads as undefined (unknown), never as null.
   */
  readonly rotationPeriodSeconds: number | null | undefined;
  /** `rotation.nextRotationTime` (RFC 3339); null = none scheduled. */
  readonly nextRotationTime: string | null | undefined;
  /** Pub/Sub topics the rotation notifications go to. */
  readonly topics: readonly string[] | undefined;
}

export const SECRETMANAGER_SECRET = defineResourceType({
  type: 'gcp.secretmanager.secret',
  provider: 'gcp',
  title: 'Secret Manager secret',
  native: { cai: 'secretmanager.googleapis.com/Secret', terraform: ['google_secret_manager_secret'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.secretmanager.secret': SecretmanagerSecretConfig;
  }
}
