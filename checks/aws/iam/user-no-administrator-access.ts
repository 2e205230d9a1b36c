import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-user-no-administrator-access',
    title: 'IAM user does not hold full administrator access',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    requirements: ['privileged-identity-separation', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(4)(ii)(B)', '45 CFR 164.312(a)(1)'],
    rationale: 'The NPRM would require separate identities for administrative and increased access privileges (proposed 164.312(a)(2)(ii)). An IAM user with *:* (directly or through a group) holds standing administrator rights on long-lived credentials; administrators should assume a separate role (with MFA) when they need them.',
    remediation: {
      summary: 'Remove AdministratorAccess (and any *:* policy) from the user and its groups; grant a role that administrators assume with MFA.',
      console: 'IAM > Users > user > Permissions > remove AdministratorAccess; IAM > Roles > create an admin role whose trust policy requires aws:MultiFactorAuthPresent.',
      cli: 'aws iam detach-user-policy --user-name USER --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
      terraform: 'Remove aws_iam_user_policy_attachment with AdministratorAccess; define aws_iam_role "admin" with an MFA condition in assume_role_policy.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  },
  evaluate(user) {
    const path = 'config.hasAdministratorAccess';
    const v = user.config.hasAdministratorAccess;
    if (v === undefined) return notAssessed('attached and inline policies could not be read', [path, v]);
    return v ? fail('user holds *:* administrator access', [path, true]) : pass('user does not hold administrator access', [path, false]);
  },
});
