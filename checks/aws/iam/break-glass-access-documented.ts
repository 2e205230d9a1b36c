import { defineCheck, notAssessed, pass } from '../../../src/engine/check-api.js';
import { BREAK_GLASS_TAG } from '../../../src/model/aws/break-glass.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-break-glass-access-documented',
    title: 'Account designates an emergency-access (break-glass) identity',
    severity: 'low',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.emergency-access'],
    requirements: ['emergency-access'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(ii)'],
    rationale: `The NPRM keeps the emergency access procedure (proposed 164.312(a)(2)(iii)): a way to reach ePHI when the usual paths fail. Its substance is a written procedure, which no AWS setting shows. What configuration can show is a designated emergency identity; phiscan reads the documented convention that an IAM role or user tagged ${BREAK_GLASS_TAG} = true is one. Passes when at least one is designated (the procedure itself still needs its attestation). When none is designated the result is not assessed, never a pass and never a fail: the account may use another mechanism (IAM Identity Center emergency permission sets, an identity provider's break-glass account) that the APIs read here do not show. Roles so designated are reported as break-glass by aws-iam-role-no-administrator-access instead of failing it.`,
    remediation: {
      summary: `Tag the emergency-access role (or user) ${BREAK_GLASS_TAG}=true, require MFA in its trust policy, alert on its use, and attest the written procedure.`,
      console: `IAM > Roles > break-glass role > Tags > Add tag ${BREAK_GLASS_TAG} = true.`,
      cli: `aws iam tag-role --role-name break-glass --tags Key=${BREAK_GLASS_TAG},Value=true`,
      terraform: `resource "aws_iam_role" "break_glass" { name = "break-glass"\n assume_role_policy = data.aws_iam_policy_document.mfa_only.json\n tags = { "${BREAK_GLASS_TAG}" = "true" } }`,
    },
    references: ['https://docs.aws.amazon.com/whitepapers/latest/organizing-your-aws-environment/break-glass-access.html'],
  },
  evaluate(account) {
    const path = 'config.designated';
    const designated = account.config.designated;
    if (designated === undefined) return notAssessed('the account\'s roles and users could not be read', [path, designated]);
    if (designated.length === 0) {
      return notAssessed(`no role or user is tagged ${BREAK_GLASS_TAG}=true, so the configuration cannot show an emergency-access identity; designate one with that tag, or attest the emergency access procedure (emergency-access) if it uses another mechanism`, [path, designated]);
    }
    return pass(`designated break-glass identities: ${designated.join(', ')} (the written procedure needs its own attestation)`, [path, designated]);
  },
});
