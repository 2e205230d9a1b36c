import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { S3PublicAccessBlock } from '../../../src/model/types/aws/s3.js';
import { isType } from '../../../src/model/resource.js';

const allOn = (b: S3PublicAccessBlock | null | undefined): boolean => !!b && b.blockPublicAcls && b.ignorePublicAcls && b.blockPublicPolicy && b.restrictPublicBuckets;

export default defineCheck({
  meta: {
    id: 'aws-s3-bucket-public-access-blocked',
    title: 'S3 bucket blocks public access (bucket or account level)',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'Block Public Access overrides any ACL or bucket policy that would make objects public. All four settings on, at the bucket or at the account level (looked up in the inventory), is the guard against a public bucket of ePHI.',
    remediation: {
      summary: 'Turn on all four Block Public Access settings for the bucket (and for the account).',
      console: 'S3 > bucket > Permissions > Block public access (bucket settings) > Edit > Block all public access.',
      cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "x" { bucket = aws_s3_bucket.x.id\n block_public_acls = true\n ignore_public_acls = true\n block_public_policy = true\n restrict_public_buckets = true }',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  },
  lookups: { types: ['aws.s3.account-public-access-block'] },
  evaluate(bucket, ctx) {
    const path = 'config.publicAccessBlock';
    const own = bucket.config.publicAccessBlock;
    if (allOn(own)) return pass('bucket blocks all public access', [path, own]);
    const account = ctx.inventory.ofType('aws.s3.account-public-access-block').find((r) => isType(r, 'aws.s3.account-public-access-block') && r.account === bucket.account);
    const acct = account?.config.publicAccessBlock;
    if (allOn(acct)) return pass('account-level Block Public Access covers the bucket', ['account.publicAccessBlock', acct]);
    if (own === undefined) return notAssessed('bucket public access block could not be read', [path, own]);
    if (!account || acct === undefined) return notAssessed('bucket settings are incomplete and the account-level setting is unknown', [path, own], ['account.publicAccessBlock', acct]);
    return fail('neither the bucket nor the account blocks all public access', [path, own], ['account.publicAccessBlock', acct]);
  },
});
