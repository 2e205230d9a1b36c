import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { daysSince, numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-user-no-unused-credentials',
    title: 'IAM user has no enabled password or active key unused for longer than the threshold',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    requirements: ['workforce-termination-1h', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(3)(ii)(C)', '45 CFR 164.308(a)(4)(ii)(C)'],
    rationale: 'The NPRM would require access to end within one hour of a workforce member leaving (proposed 164.308(a)(9)(ii)(C)(2)). Credentials that nobody has used for weeks (default 45 days) are the usual sign of access that outlived its owner. A credential never used is measured from the user\'s creation (password) or the key\'s creation.',
    remediation: {
      summary: 'Disable the unused console password and deactivate unused access keys; remove the user if nobody owns it.',
      console: 'IAM > Users > user > Security credentials > Console password: Disable; Access keys: Deactivate.',
      cli: 'aws iam delete-login-profile --user-name USER && aws iam update-access-key --user-name USER --access-key-id KEY --status Inactive',
      terraform: 'Remove aws_iam_user_login_profile and aws_iam_access_key for the user (or the aws_iam_user itself).',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html'],
    defaultOptions: { unusedDays: 45 },
  },
  evaluate(user, ctx) {
    const c = user.config;
    if (c.passwordEnabled === undefined || c.accessKeys === undefined) return notAssessed('password or access key status could not be read', ['config.passwordEnabled', c.passwordEnabled], ['config.accessKeys', c.accessKeys]);
    const limit = numberOption(ctx.options, 'unusedDays', 45);
    const stale: string[] = [];
    let unknown = false;
    const idle = (lastUsed: string | null, created: string | null | undefined): number | undefined => {
      const from = lastUsed ?? created;
      return from ? daysSince(from, ctx.now) : undefined;
    };
    if (c.passwordEnabled) {
      if (c.passwordLastUsed === undefined) unknown = true;
      else {
        const d = idle(c.passwordLastUsed, c.createdAt);
        if (d === undefined) unknown = true;
        else if (d > limit) stale.push(`console password idle ${d} days`);
      }
    }
    c.accessKeys.forEach((k, i) => {
      if (!k.active) return;
      const d = idle(k.lastUsed, k.lastRotated);
      if (d === undefined) unknown = true;
      else if (d > limit) stale.push(`access key ${i + 1} idle ${d} days`);
    });
    if (stale.length > 0) return fail(`unused credentials: ${stale.join(', ')}`, ['config.passwordLastUsed', c.passwordLastUsed], ['config.accessKeys', c.accessKeys]);
    if (unknown) return notAssessed('last use of a credential could not be read', ['config.passwordLastUsed', c.passwordLastUsed], ['config.accessKeys', c.accessKeys]);
    if (!c.passwordEnabled && !c.accessKeys.some((k) => k.active)) return notApplicable('user has no enabled credentials');
    return pass(`every enabled credential was used within ${limit} days`, ['config.passwordLastUsed', c.passwordLastUsed]);
  },
});
