import check from '../../../../checks/aws/iam/identity-provider-mfa.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const saml = (...names: string[]) => aws('aws.iam.identity-providers', { samlProviders: names.map((n) => `arn:aws:iam::111122223333:saml-provider/${n}`) });

checkCases(check, {
  pass: [{ name: 'no SAML provider: IAM users and root are the only console identities', resource: saml() }],
  fail: [],
  cannotFail: 'MFA for federated sign-in is set in IAM Identity Center or the external IdP, which no AWS API shows: it can be confirmed there, never refuted here',
  notAssessed: [
    { name: 'IAM Identity Center assigns permission sets here', resource: saml('AWSSSO_0123456789abcdef_DO_NOT_DELETE'), evidencePath: 'config.samlProviders' },
    { name: 'an external SAML IdP', resource: saml('okta'), evidencePath: 'config.samlProviders' },
    { name: 'providers could not be listed', resource: aws('aws.iam.identity-providers', { samlProviders: undefined }), evidencePath: 'config.samlProviders' },
  ],
});
