import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-root-account-hardware-mfa',
    title: 'Root user MFA is a hardware or passkey device',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.root-account'],
    requirements: ['mfa', 'privileged-identity-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'A virtual MFA app on a phone can be cloned or lost with the phone; a FIDO security key or hardware TOTP token kept in a safe is the stronger factor for the account\'s most powerful identity. Accounts without root credentials are not applicable; accounts with no MFA fail the root MFA check instead.',
    remediation: {
      summary: 'Register a FIDO2 security key (or hardware TOTP token) for the root user and remove the virtual device.',
      console: 'Sign in as root > Security credentials > Multi-factor authentication > Assign MFA device > Passkey or security key.',
      cli: 'Root MFA devices cannot be registered from the CLI; use the console as root.',
      terraform: 'Not manageable by Terraform; document the device custody in the emergency access procedure.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html'],
  },
  evaluate(root) {
    const c = root.config;
    if (c.credentialsPresent === false) return notApplicable('root user has no credentials');
    const path = 'config.hardwareMfa';
    if (c.hardwareMfa === undefined) return notAssessed('root MFA device type could not be read', [path, c.hardwareMfa]);
    if (c.hardwareMfa === null) return notApplicable('root user has no MFA device (reported by aws-iam-root-account-mfa)');
    return c.hardwareMfa ? pass('root user uses a hardware MFA device', [path, true]) : fail('root user uses only a virtual MFA device', [path, false]);
  },
});
