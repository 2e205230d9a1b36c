import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

interface TagRule { readonly key: string; readonly values: readonly string[] }

function isBackupBucket(tags: Readonly<Record<string, string>> | undefined, rules: readonly TagRule[]): boolean | undefined {
  if (tags === undefined) return undefined;
  return Object.entries(tags).some(([k, v]) => rules.some((r) => r.key.toLowerCase() === k.toLowerCase() && r.values.map((x) => x.toLowerCase()).includes(v.toLowerCase())));
}

export default defineCheck({
  meta: {
    id: 'aws-s3-backup-bucket-object-lock',
    title: 'S3 bucket holding backups uses Object Lock in compliance mode',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: 'Database dumps and exports kept in S3 are backups too. Object Lock with a default retention in compliance mode makes each object version undeletable until its retention ends, even for root. Governance mode can be bypassed with s3:BypassGovernanceRetention. Applies to buckets tagged as backup buckets (option backupTags, default backup=true or purpose=backup).',
    remediation: {
      summary: 'Enable Object Lock with a default retention in COMPLIANCE mode (existing buckets can enable Object Lock since 2023).',
      console: 'S3 > bucket > Properties > Object Lock > Edit > Enable > Default retention: Compliance, N days.',
      cli: 'aws s3api put-object-lock-configuration --bucket BUCKET --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"COMPLIANCE","Days":35}}}\'',
      terraform: 'resource "aws_s3_bucket_object_lock_configuration" "x" { bucket = aws_s3_bucket.x.id\n rule { default_retention { mode = "COMPLIANCE"\n days = 35 } } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html'],
    defaultOptions: { backupTags: [{ key: 'backup', values: ['true'] }, { key: 'purpose', values: ['backup', 'backups'] }] },
  },
  evaluate(bucket, ctx) {
    const rules = (Array.isArray(ctx.options.backupTags) ? ctx.options.backupTags : []) as readonly TagRule[];
    const backup = isBackupBucket(bucket.tags, rules);
    if (backup === undefined) return notAssessed('bucket tags could not be read, so its purpose is unknown', ['tags', undefined]);
    if (!backup) return notApplicable('bucket is not tagged as a backup bucket');
    const path = 'config.objectLock';
    const lock = bucket.config.objectLock;
    if (lock === undefined) return notAssessed('Object Lock configuration could not be read', [path, lock]);
    if (lock === null) return fail('backup bucket has no Object Lock', [path, null]);
    if (lock.mode === 'COMPLIANCE') return pass('default retention in compliance mode', [`${path}.mode`, lock.mode], [`${path}.days`, lock.days]);
    return fail(lock.mode === 'GOVERNANCE' ? 'default retention is in governance mode, which privileged users can bypass' : 'Object Lock is on but has no default retention', [`${path}.mode`, lock.mode]);
  },
});
