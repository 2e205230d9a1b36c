import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-user-no-direct-policies',
    title: 'IAM user gets its permissions from groups or roles, not policies of its own',
    severity: 'low',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(4)(ii)(B)', '45 CFR 164.308(a)(4)(ii)(C)'],
    rationale: 'Access rights granted per user drift: each user\'s permissions must be reviewed one by one and are easily left behind when a role changes. Granting them through groups (or roles people assume) keeps the access an entity authorized reviewable as a set (AWS Config iam-user-no-policies-check). Fails when the user has a managed policy attached or an inline policy of its own; group policies are not counted.',
    remediation: {
      summary: 'Move the user\'s policies to a group that matches the job function, add the user to it, and detach the user\'s own policies.',
      console: 'IAM > User groups > Create group with the policies; IAM > Users > user > Permissions > remove directly attached and inline policies.',
      cli: 'aws iam add-user-to-group --group-name GROUP --user-name USER && aws iam detach-user-policy --user-name USER --policy-arn POLICY_ARN && aws iam delete-user-policy --user-name USER --policy-name NAME',
      terraform: 'Replace aws_iam_user_policy_attachment / aws_iam_user_policy with aws_iam_group_policy_attachment and aws_iam_user_group_membership.',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html'],
  },
  evaluate(user) {
    const { attachedPolicyArns: attached, inlinePolicyNames: inline } = user.config;
    if (attached === undefined || inline === undefined) return notAssessed('the user\'s own policies could not be read', ['config.attachedPolicyArns', attached], ['config.inlinePolicyNames', inline]);
    if (attached.length > 0 || inline.length > 0) return fail(`user has ${attached.length} attached and ${inline.length} inline policies of its own`, ['config.attachedPolicyArns', attached], ['config.inlinePolicyNames', inline]);
    return pass('user has no policies of its own', ['config.attachedPolicyArns', attached], ['config.inlinePolicyNames', inline]);
  },
});
