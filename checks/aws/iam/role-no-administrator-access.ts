import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { BREAK_GLASS_TAG, isBreakGlass } from '../../../src/model/aws/break-glass.js';
import { ADMINISTRATOR_ACCESS_ARN, fullAdminStatements, trustRequiresMfa } from '../../../src/model/aws/iam-policy.js';
import { isType } from '../../../src/model/resource.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-role-no-administrator-access',
    title: 'IAM role does not hold full administrator access',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.role'],
    requirements: ['access-control-least-privilege', 'privileged-identity-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(4)(ii)(B)', '45 CFR 164.312(a)(1)'],
    rationale: `Workload and everyday roles should hold only what they use (proposed 164.312(a)(1)); full administrator rights belong to few, separate, MFA-protected roles (proposed 164.312(a)(2)(ii)). A role fails when AdministratorAccess is attached, or an attached customer-managed or inline policy grants *:* (or a NotAction equivalent, as aws-iam-policy-no-full-admin judges). Service-linked roles are AWS's own and not applicable. A role tagged ${BREAK_GLASS_TAG}=true (the documented break-glass convention) is reported as such: it passes when its trust policy requires MFA to assume it, and is not assessed otherwise (MFA may be enforced by the identity provider, which no AWS API shows). A customer-managed policy that was not read leaves the verdict not assessed unless another grant already fails it.`,
    remediation: {
      summary: 'Replace AdministratorAccess (or the *:* policy) with the permissions the role\'s workload uses; keep administrator access on a dedicated, MFA-protected role.',
      console: 'IAM > Roles > role > Permissions > remove AdministratorAccess; IAM Access Analyzer > Generate policy from the role\'s CloudTrail activity.',
      cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
      terraform: 'Remove aws_iam_role_policy_attachment with AdministratorAccess; attach a least-privilege aws_iam_policy.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html'],
  },
  lookups: { types: ['aws.iam.policy'] },
  evaluate(role, ctx) {
    const c = role.config;
    if (c.serviceLinked === true) return notApplicable('service-linked role: defined and managed by an AWS service');
    if (c.attachedPolicyArns === undefined || c.inlinePolicies === undefined) return notAssessed('the role\'s policies could not be read', ['config.attachedPolicyArns', c.attachedPolicyArns], ['config.inlinePolicies', c.inlinePolicies]);
    const grants: string[] = [];
    const unread: string[] = [];
    for (const arn of c.attachedPolicyArns) {
      if (ADMINISTRATOR_ACCESS_ARN.test(arn)) grants.push(arn);
      else if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn)) continue;
      else {
        const policy = ctx.inventory.byId(arn);
        const doc = policy !== undefined && isType(policy, 'aws.iam.policy') ? policy.config.document : undefined;
        if (doc === undefined) unread.push(arn);
        else if (fullAdminStatements(doc).length > 0) grants.push(arn);
      }
    }
    for (const p of c.inlinePolicies) {
      if (p.document === undefined) unread.push(`inline:${p.name}`);
      else if (fullAdminStatements(p.document).length > 0) grants.push(`inline:${p.name}`);
    }
    if (grants.length === 0) {
      if (unread.length > 0) return notAssessed(`no policy read grants *:*, but ${unread.join(', ')} could not be read`, ['config.attachedPolicyArns', unread]);
      return pass('role does not hold administrator access', ['config.attachedPolicyArns', c.attachedPolicyArns], ['config.inlinePolicies', c.inlinePolicies.map((p) => p.name)]);
    }
    const ev = ['adminGrants', grants] as const;
    const breakGlass = isBreakGlass(role.tags);
    if (breakGlass === undefined) return notAssessed(`role holds administrator access (${grants.join(', ')}), and its tags could not be read to tell whether it is a designated break-glass role`, ev, ['tags', undefined]);
    if (!breakGlass) return fail(`role holds administrator access through ${grants.join(', ')}`, ev);
    const trust = c.trustPolicy;
    if (trust !== undefined && trustRequiresMfa(trust)) return pass(`designated break-glass role (${BREAK_GLASS_TAG}=true): administrator access is its purpose, and its trust policy requires MFA`, ev, ['config.trustPolicy', trust]);
    return notAssessed(`designated break-glass role (${BREAK_GLASS_TAG}=true) with administrator access, but its trust policy does not require MFA (aws:MultiFactorAuthPresent): confirm MFA is enforced where it is assumed and that its use alerts`, ev, ['config.trustPolicy', trust]);
  },
});
