import type { Check } from '../../src/engine/check-api.js';
import s3BucketKmsEncryption from './s3/bucket-kms-encryption.js';

/** Every AWS check, sorted by id. */
export const AWS_CHECKS: readonly Check[] = [s3BucketKmsEncryption];
