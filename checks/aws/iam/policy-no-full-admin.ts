import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { fullAdminStatements } from '../../../src/model/aws/iam-policy.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-policy-no-full-admin',
    title: 'Customer-managed IAM policy does not grant full administrator access',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.policy'],
    requirements: ['access-control-least-privilege', 'privileged-identity-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(4)(ii)(B)', '45 CFR 164.312(a)(1)'],
    rationale: 'The NPRM\'s access control standard (proposed 164.312(a)(1)) allows access only to those granted access rights; a policy that allows every action on every resource grants everything to whoever it is attached to, now or later. The default version is judged. A statement fails when it allows Action "*" on Resource "*" (AWS Config iam-policy-no-statements-with-admin-access), or when it allows a NotAction on Resource "*" that still leaves in the IAM actions that rewrite permissions (iam:AttachRolePolicy, iam:PutUserPolicy, iam:CreatePolicyVersion...), since such a principal can grant itself everything; PowerUserAccess-style statements that exclude iam:* pass. Conditions do not change the verdict. Unattached policies fail too: attaching them later needs no review of their content.',
    remediation: {
      summary: 'Replace the *:* statement with the actions and resources the workload needs; keep administrator access on a separate, MFA-protected role.',
      console: 'IAM > Policies > policy > Edit > replace "Action": "*" with specific actions (IAM Access Analyzer policy generation can draft one from CloudTrail activity) > Save as default version.',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://least-privilege.json --set-as-default',
      terraform: 'data "aws_iam_policy_document" "app" { statement { actions = ["s3:GetObject"]\n resources = ["${aws_s3_bucket.x.arn}/*"] } }',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  },
  evaluate(policy) {
    const path = 'config.document';
    const doc = policy.config.document;
    if (doc === undefined) return notAssessed('the policy\'s default version could not be read', [path, doc]);
    const admin = fullAdminStatements(doc);
    const attached = policy.config.attachmentCount;
    if (admin.length > 0) return fail(`default version grants full administrator access${attached === undefined ? '' : ` (attached to ${attached} identities)`}`, [`${path}.Statement`, admin], ['config.attachmentCount', attached]);
    return pass('no statement grants *:* or an equivalent NotAction', [path, 'no full-admin statement']);
  },
});
