import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-root-account-mfa',
    title: 'Root user has MFA, or has no credentials at all',
    severity: 'critical',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.root-account'],
    requirements: ['mfa', 'privileged-identity-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)', '45 CFR 164.312(a)(1)'],
    rationale: 'The root user can do anything in the account, including reading every ePHI store and deleting backups. A password alone is one factor. Member accounts under centrally managed root access have no root credentials at all, which is compliant.',
    remediation: {
      summary: 'Register MFA for the root user (hardware key preferred), or remove root credentials with centralized root access management in AWS Organizations.',
      console: 'Sign in as root > Security credentials > Multi-factor authentication > Assign MFA device; or IAM (management account) > Root access management > Delete root user credentials.',
      cli: 'aws iam delete-login-profile / aws organizations enable-aws-service-access --service-principal iam.amazonaws.com && aws iam enable-organizations-root-credentials-management',
      terraform: 'Root MFA cannot be managed by Terraform; enable centralized root access with aws_iam_organizations_features { enabled_features = ["RootCredentialsManagement", "RootSessions"] }.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-virt-mfa-for-root.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management'],
  },
  evaluate(root) {
    const c = root.config;
    if (c.credentialsPresent === false) return pass('root user has no credentials (centrally managed root access)', ['config.credentialsPresent', false]);
    const path = 'config.mfaEnabled';
    if (c.mfaEnabled === undefined) return notAssessed('root MFA status could not be read (credential report or account summary)', [path, c.mfaEnabled]);
    if (c.mfaEnabled) return pass('root user has MFA', [path, true]);
    if (c.credentialsPresent === undefined) return notAssessed('root MFA is off but it is unknown whether root credentials exist', [path, false], ['config.credentialsPresent', undefined]);
    return fail('root user has credentials and no MFA', [path, false], ['config.credentialsPresent', c.credentialsPresent]);
  },
});
