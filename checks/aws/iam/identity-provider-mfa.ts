import { defineCheck, notAssessed, pass } from '../../../src/engine/check-api.js';

const IDENTITY_CENTER = /^AWSSSO_/;

export default defineCheck({
  meta: {
    id: 'aws-iam-identity-provider-mfa',
    title: 'MFA for people who sign in through an identity provider is confirmed outside AWS',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.identity-providers'],
    requirements: ['mfa'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'IAM user and root MFA (aws-iam-user-console-mfa, aws-iam-root-account-mfa) cover only people who sign in with IAM credentials. People who sign in through IAM Identity Center (its SAML provider AWSSSO_..._DO_NOT_DELETE exists in every account it assigns permission sets in) or an external SAML identity provider get MFA, or not, from that identity provider, whose settings no AWS IAM API shows. Where such a provider exists the MFA requirement cannot pass on IAM evidence alone: this check is not assessed until MFA is confirmed there (record it, for example with a suppression that cites the evidence). It passes only where the account has no SAML provider, so IAM users and root are the only console identities.',
    remediation: {
      summary: 'Confirm (and keep evidence) that IAM Identity Center requires MFA at every sign-in (or that the external IdP does), then record it; or remove SAML providers no longer used.',
      console: 'IAM Identity Center > Settings > Authentication > Multi-factor authentication > Configure: Every time they sign in; MFA types; If a user does not yet have a registered MFA device: Require them to register.',
      cli: 'aws iam list-saml-providers  # IAM Identity Center MFA settings have no API: confirm them in the console or the external IdP',
      terraform: '# IAM Identity Center MFA settings are not configurable through Terraform; document them (phiscan suppressions or attestations).',
    },
    references: ['https://docs.aws.amazon.com/singlesignon/latest/userguide/enable-mfa.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html'],
  },
  evaluate(providers) {
    const saml = providers.config.samlProviders;
    const path = 'config.samlProviders';
    if (saml === undefined) return notAssessed('the account\'s SAML identity providers could not be listed (iam:ListSAMLProviders)', [path, saml]);
    if (saml.length === 0) return pass('no SAML identity provider: people sign in with IAM users or root, whose MFA the IAM checks judge', [path, saml]);
    const names = saml.map((arn) => arn.slice(arn.lastIndexOf('/') + 1));
    const center = names.some((n) => IDENTITY_CENTER.test(n));
    return notAssessed(`${saml.length} SAML identity provider(s)${center ? ' (including IAM Identity Center)' : ''} sign people in (${names.join(', ')}); their MFA is enforced ${center ? 'in IAM Identity Center settings' : 'by the identity provider'}, which AWS IAM APIs do not show: confirm it there`, [path, saml]);
  },
});
