import { defineResourceType } from '../registry.js';
import type { PolicyDocument } from './common.js';

export interface KmsKeyConfig {
  readonly keyManager: 'CUSTOMER' | 'AWS' | undefined;
  /** `SYMMETRIC_DEFAULT`, `RSA_2048`, `HMAC_256`, ... */
  readonly keySpec: string | undefined;
  readonly keyUsage: 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC' | 'KEY_AGREEMENT' | string | undefined;
  /** `AWS_KMS`, `EXTERNAL` (imported material), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`. */
  readonly origin: string | undefined;
  /** `Enabled`, `Disabled`, `PendingDeletion`, ... */
  readonly keyState: string | undefined;
  readonly rotationEnabled: boolean | undefined;
  readonly rotationPeriodDays: number | null | undefined;
  readonly deletionDate: string | null | undefined;
  readonly policy: PolicyDocument | null | undefined;
}

export const KMS_KEY = defineResourceType({ type: 'aws.kms.key', provider: 'aws', title: 'KMS key', native: { awsConfig: 'AWS::KMS::Key', terraform: ['aws_kms_key', 'aws_kms_external_key'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.kms.key': KmsKeyConfig;
  }
}
