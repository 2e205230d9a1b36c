import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { daysSince, numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-user-access-key-rotated',
    title: 'IAM user active access keys are younger than the maximum age',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    requirements: ['access-control-least-privilege', 'workforce-termination-1h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(3)(ii)(C)'],
    rationale: 'Long-lived access keys are single-factor credentials that spread into scripts and laptops; the older they are, the less anyone knows who holds them, which makes ending access within an hour of a termination impossible to prove. Default maximum age: 90 days.',
    remediation: {
      summary: 'Rotate the key (create a new one, deploy it, deactivate and delete the old one), or replace it with an IAM role.',
      console: 'IAM > Users > user > Security credentials > Access keys > Create access key; then Deactivate and Delete the old key.',
      cli: 'aws iam create-access-key --user-name USER && aws iam update-access-key --user-name USER --access-key-id OLD --status Inactive && aws iam delete-access-key --user-name USER --access-key-id OLD',
      terraform: 'Replace aws_iam_access_key with an IAM role (aws_iam_role + instance profile / OIDC), or taint the key resource to rotate it.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console'],
    defaultOptions: { maxAgeDays: 90 },
  },
  evaluate(user, ctx) {
    const path = 'config.accessKeys';
    const keys = user.config.accessKeys;
    if (keys === undefined) return notAssessed('access keys could not be read', [path, keys]);
    const active = keys.filter((k) => k.active);
    if (active.length === 0) return notApplicable('user has no active access keys');
    const max = numberOption(ctx.options, 'maxAgeDays', 90);
    const ages = active.map((k) => (k.lastRotated === null ? undefined : daysSince(k.lastRotated, ctx.now)));
    const old = ages.filter((a): a is number => a !== undefined && a > max);
    if (old.length > 0) return fail(`${old.length} active access key(s) older than ${max} days (oldest ${Math.max(...old)} days)`, [path, active]);
    if (ages.some((a) => a === undefined)) return notAssessed('creation date of an active key could not be read', [path, active]);
    return pass(`active keys are at most ${Math.max(...(ages as number[]))} days old`, [path, active]);
  },
});
