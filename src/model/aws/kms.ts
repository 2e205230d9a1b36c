import type { KmsKeyConfig } from '../types/aws/kms.js';

/**
 * Why a KMS key cannot use automatic rotation, or null when it can. Rotation exists only for
 * symmetric encryption keys with AWS-generated material in the default key store; AWS-managed
 * keys rotate on their own every year.
 */
export function rotationNotApplicable(c: KmsKeyConfig): string | null | undefined {
  if (c.keyManager === undefined) return undefined;
  if (c.keyManager === 'AWS') return 'AWS-managed key: AWS rotates it automatically';
  if (c.keySpec === undefined || c.origin === undefined) return undefined;
  if (c.keySpec !== 'SYMMETRIC_DEFAULT') return `key spec ${c.keySpec} (asymmetric or HMAC) cannot rotate automatically`;
  if (c.origin === 'EXTERNAL') return 'imported key material cannot rotate automatically';
  if (c.origin === 'AWS_CLOUDHSM' || c.origin === 'EXTERNAL_KEY_STORE') return `custom key store key (${c.origin}) cannot rotate automatically`;
  return null;
}

/** `aws/s3`-style alias ARNs and AWS-managed key ids are recognised by their alias only. */
export function isAwsManagedAlias(keyRef: string): boolean {
  return /alias\/aws\//.test(keyRef);
}
