import type { IamBinding } from './common.js';
import { defineResourceType } from '../registry.js';

export interface KmsCryptoKeyConfig {
  /** `ENCRYPT_DECRYPT`, `ASYMMETRIC_SIGN`, `ASYMMETRIC_DECRYPT`, `MAC`... */
  readonly purpose: string | undefined;
  /** Rotation period in seconds; null = no automatic rotation. */
  readonly rotationPeriodSeconds: number | null | undefined;
  readonly nextRotationTime: string | null | undefined;
  /** State of the primary version (`ENABLED`, `DISABLED`, `DESTROY_SCHEDULED`, `DESTROYED`); null = no primary. */
  readonly primaryState: string | null | undefined;
  /** `SOFTWARE`, `HSM`, `EXTERNAL`... */
  readonly protectionLevel: string | undefined;
  /** The key's own IAM policy bindings; undefined = not read. */
  readonly iamBindings: readonly IamBinding[] | undefined;
}

export interface KmsKeyRingConfig {
  readonly location: string | undefined;
  /** The key ring's IAM policy bindings (inherited by its keys); undefined = not read. */
  readonly iamBindings: readonly IamBinding[] | undefined;
}

export const KMS_CRYPTO_KEY = defineResourceType({
  type: 'gcp.kms.crypto-key',
  provider: 'gcp',
  title: 'Cloud KMS key',
  native: { cai: 'cloudkms.googleapis.com/CryptoKey', terraform: ['google_kms_crypto_key'] },
});

export const KMS_KEY_RING = defineResourceType({
  type: 'gcp.kms.key-ring',
  provider: 'gcp',
  title: 'Cloud KMS key ring',
  native: { cai: 'cloudkms.googleapis.com/KeyRing', terraform: ['google_kms_key_ring'] },
});

/** `//cloudkms.googleapis.com/projects/p/.../cryptoKeys/k` -> `projects/p/.../cryptoKeys/k`, the form resources cite. */
export function kmsKeyRelativeName(id: string): string {
  return id.replace(/^\/\/cloudkms\.googleapis\.com\//, '');
}

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.kms.crypto-key': KmsCryptoKeyConfig;
    'gcp.kms.key-ring': KmsKeyRingConfig;
  }
}
