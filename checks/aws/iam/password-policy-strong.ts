import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-password-policy-strong',
    title: 'IAM password policy requires long passwords and prevents reuse',
    severity: 'low',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.password-policy'],
    requirements: ['authentication'],
    currentRule: ['45 CFR 164.308(a)(5)(ii)(D)'],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'Passwords remain the first factor for IAM users. Without an account password policy AWS applies only an 8-character minimum. NIST SP 800-63B favours length over composition; defaults here: minimum 14 characters and reuse prevention of at least 24.',
    remediation: {
      summary: 'Set an account password policy with a minimum length of 14 and password reuse prevention of 24.',
      console: 'IAM > Account settings > Password policy > Edit > Custom: minimum length 14, prevent password reuse 24.',
      cli: 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters',
      terraform: 'resource "aws_iam_account_password_policy" "x" { minimum_password_length = 14\n password_reuse_prevention = 24 }',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html', 'https://pages.nist.gov/800-63-4/sp800-63b.html'],
    defaultOptions: { minLength: 14, minReusePrevention: 24 },
  },
  evaluate(policy, ctx) {
    const c = policy.config;
    if (c.present === undefined) return notAssessed('password policy could not be read', ['config.present', c.present]);
    if (!c.present) return fail('the account has no password policy (AWS default: 8 characters, reuse allowed)', ['config.present', false]);
    if (c.minimumLength === undefined || c.reusePrevention === undefined) return notAssessed('password policy fields could not be read', ['config.minimumLength', c.minimumLength], ['config.reusePrevention', c.reusePrevention]);
    const minLength = numberOption(ctx.options, 'minLength', 14);
    const minReuse = numberOption(ctx.options, 'minReusePrevention', 24);
    const problems: string[] = [];
    if ((c.minimumLength ?? 8) < minLength) problems.push(`minimum length ${c.minimumLength ?? 8} < ${minLength}`);
    if ((c.reusePrevention ?? 0) < minReuse) problems.push(`reuse prevention ${c.reusePrevention ?? 0} < ${minReuse}`);
    if (problems.length > 0) return fail(problems.join('; '), ['config.minimumLength', c.minimumLength], ['config.reusePrevention', c.reusePrevention]);
    return pass('password policy meets the length and reuse thresholds', ['config.minimumLength', c.minimumLength], ['config.reusePrevention', c.reusePrevention]);
  },
});
