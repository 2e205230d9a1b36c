import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-s3-account-public-access-blocked',
    title: 'S3 Block Public Access is on for the whole account',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.account-public-access-block'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'The account-level setting protects every existing and future bucket, including ones created by tools that forget the bucket-level block.',
    remediation: {
      summary: 'Turn on all four Block Public Access settings at the account level.',
      console: 'S3 > Block Public Access settings for this account > Edit > Block all public access.',
      cli: 'aws s3control put-public-access-block --account-id ACCOUNT --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_account_public_access_block" "x" { block_public_acls = true\n ignore_public_acls = true\n block_public_policy = true\n restrict_public_buckets = true }',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html'],
  },
  evaluate(setting) {
    const path = 'config.publicAccessBlock';
    const b = setting.config.publicAccessBlock;
    if (b === undefined) return notAssessed('account public access block could not be read', [path, b]);
    if (b === null) return fail('account has no Block Public Access configuration', [path, null]);
    const off = (Object.entries(b) as [string, boolean][]).filter(([, v]) => !v).map(([k]) => k).sort();
    return off.length > 0 ? fail(`settings off: ${off.join(', ')}`, [path, b]) : pass('all four settings are on', [path, b]);
  },
});
