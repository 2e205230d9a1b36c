import { defineResourceType } from '../registry.js';
import { isEveryone, statements } from '../../aws/iam-policy.js';
import type { PolicyDocument } from './common.js';

export interface S3PublicAccessBlock {
  readonly blockPublicAcls: boolean;
  readonly ignorePublicAcls: boolean;
  readonly blockPublicPolicy: boolean;
  readonly restrictPublicBuckets: boolean;
}

export interface S3BucketConfig {
  /** null = no default encryption configuration returned (SSE-S3 still applies since 2023). */
  readonly defaultEncryption: { readonly algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse' | string; readonly kmsKeyArn: string | null; readonly bucketKeyEnabled: boolean | null } | null | undefined;
  /** null = the bucket has no policy. */
  readonly policy: PolicyDocument | null | undefined;
  /** `Off` = never enabled (the API omits Status). */
  readonly versioning: 'Enabled' | 'Suspended' | 'Off' | undefined;
  readonly mfaDelete: boolean | undefined;
  /** null = object lock not enabled. */
  readonly objectLock: { readonly mode: 'GOVERNANCE' | 'COMPLIANCE' | null; readonly days: number | null; readonly years: number | null } | null | undefined;
  /** null = no bucket-level public access block. */
  readonly publicAccessBlock: S3PublicAccessBlock | null | undefined;
  /** null = server access logging off. */
  readonly logging: { readonly targetBucket: string; readonly targetPrefix: string } | null | undefined;
}

export const S3_BUCKET = defineResourceType({
  type: 'aws.s3.bucket',
  provider: 'aws',
  title: 'S3 bucket',
  native: { awsConfig: 'AWS::S3::Bucket', terraform: ['aws_s3_bucket'] },
  network: (c) => ({ publicAddress: publicByPolicy(c) }),
});

/**
 * Public by the bucket's own configuration: its policy allows everyone without a condition and
 * its Block Public Access does not restrict public buckets. An account-level block can still
 * restrict it (aws-s3-bucket-public-access-blocked reads both). undefined when a field is unknown.
 */
function publicByPolicy(c: S3BucketConfig): boolean | undefined {
  if (c.policy === undefined || c.publicAccessBlock === undefined) return undefined;
  if (c.publicAccessBlock?.restrictPublicBuckets === true) return false;
  return c.policy !== null && statements(c.policy).some((s) => s.Effect === 'Allow' && isEveryone(s.Principal) && s.Condition === undefined);
}

/** Account-level S3 Block Public Access (one per account). */
export interface S3AccountPublicAccessBlockConfig {
  /** null = not configured for the account. */
  readonly publicAccessBlock: S3PublicAccessBlock | null | undefined;
}

export const S3_ACCOUNT_PUBLIC_ACCESS_BLOCK = defineResourceType({
  type: 'aws.s3.account-public-access-block',
  provider: 'aws',
  title: 'S3 account public access block',
  native: { awsConfig: 'AWS::S3::AccountPublicAccessBlock', terraform: ['aws_s3_account_public_access_block'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.s3.bucket': S3BucketConfig;
    'aws.s3.account-public-access-block': S3AccountPublicAccessBlockConfig;
  }
}
