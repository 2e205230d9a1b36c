import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-iam-user-console-mfa',
    title: 'IAM user with a console password has MFA',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    requirements: ['mfa'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'The NPRM would require MFA for technology assets in relevant electronic information systems (proposed 164.312(f)(2)(ii)); the current rule does not. An IAM user who can sign in to the console with a password only has one factor. Users without a password are not applicable. Workforce users in IAM Identity Center get MFA from Identity Center settings, which IAM APIs do not show: this check cannot see them.',
    remediation: {
      summary: 'Assign an MFA device to the user (or remove the console password), and require MFA with an IAM condition aws:MultiFactorAuthPresent; prefer IAM Identity Center with enforced MFA.',
      console: 'IAM > Users > user > Security credentials > Multi-factor authentication (MFA) > Assign MFA device.',
      cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name USER --outfile qr.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name USER --serial-number ARN --authentication-code1 C1 --authentication-code2 C2',
      terraform: 'resource "aws_iam_virtual_mfa_device" "x" { virtual_mfa_device_name = "USER" } (activation needs the user); or remove aws_iam_user_login_profile.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html', 'https://docs.aws.amazon.com/singlesignon/latest/userguide/enable-mfa.html'],
  },
  evaluate(user) {
    const c = user.config;
    if (c.passwordEnabled === undefined) return notAssessed('console password status could not be read', ['config.passwordEnabled', c.passwordEnabled]);
    if (!c.passwordEnabled) return notApplicable('user has no console password');
    const path = 'config.mfaActive';
    if (c.mfaActive === undefined) return notAssessed('MFA status could not be read', [path, c.mfaActive]);
    return c.mfaActive ? pass('console user has MFA', [path, true]) : fail('user can sign in to the console with a password and no MFA', [path, false], ['config.passwordEnabled', true]);
  },
});
