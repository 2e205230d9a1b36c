import check from '../../../../checks/gcp/kms/key-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cryptoKey, keyRing } from '../_fixtures.js';

const b = (role: string, ...members: string[]) => ({ role, members, condition: null });

checkCases(check, {
  pass: [
    { name: 'key granted to a service account', resource: cryptoKey({ iamBindings: [b('roles/cloudkms.cryptoKeyEncrypterDecrypter', 'serviceAccount:app@phi-prod.iam.gserviceaccount.com')] }) },
    { name: 'key ring without bindings', resource: keyRing() },
  ],
  fail: [
    { name: 'key usable by allUsers', resource: cryptoKey({ iamBindings: [b('roles/cloudkms.cryptoKeyDecrypter', 'allUsers')] }), evidencePath: 'config.iamBindings' },
    { name: 'key ring open to allAuthenticatedUsers', resource: keyRing({ iamBindings: [b('roles/cloudkms.viewer', 'allAuthenticatedUsers')] }), evidencePath: 'config.iamBindings' },
  ],
  notAssessed: [
    { name: 'key IAM policy unreadable', resource: cryptoKey({ iamBindings: undefined }), evidencePath: 'config.iamBindings' },
    { name: 'key ring IAM policy unreadable', resource: keyRing({ iamBindings: undefined }), evidencePath: 'config.iamBindings' },
  ],
});
