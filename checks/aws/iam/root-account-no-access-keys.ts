import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-root-account-no-access-keys',
    title: 'Root user has no access keys',
    severity: 'critical',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.root-account'],
    requirements: ['privileged-identity-separation', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.312(a)(2)(i)'],
    rationale: 'Root access keys give unrestricted programmatic access with no MFA and cannot be limited by IAM policies. Nothing should need them.',
    remediation: {
      summary: 'Delete the root user\'s access keys after moving any automation to IAM roles.',
      console: 'Sign in as root > Security credentials > Access keys > Delete.',
      cli: 'As root: aws iam delete-access-key --access-key-id AKIA...',
      terraform: 'Not manageable by Terraform; use centralized root access management to remove root credentials.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
  },
  evaluate(root) {
    const path = 'config.accessKeysPresent';
    const v = root.config.accessKeysPresent;
    if (v === undefined) return notAssessed('root access key status could not be read', [path, v]);
    return v ? fail('root user has access keys', [path, true]) : pass('root user has no access keys', [path, false]);
  },
});
