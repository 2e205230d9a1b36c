import check from '../../../../checks/gcp/iam/no-user-managed-service-account-keys.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { serviceAccount } from '../_fixtures.js';

const key = (keyType: string | undefined, over: { disabled?: boolean; validBeforeTime?: string } = {}) => ({ name: `//iam.googleapis.com/projects/phi-prod/serviceAccounts/app@phi-prod.iam.gserviceaccount.com/keys/${keyType ?? 'x'}1`, keyType, disabled: over.disabled ?? false, validBeforeTime: over.validBeforeTime });

checkCases(check, {
  pass: [
    { name: 'no keys', resource: serviceAccount() },
    { name: 'Google-managed keys only', resource: serviceAccount({ keys: [key('SYSTEM_MANAGED')] }) },
    { name: 'a disabled user-managed key', resource: serviceAccount({ keys: [key('USER_MANAGED', { disabled: true })] }) },
    { name: 'an expired user-managed key', resource: serviceAccount({ keys: [key('USER_MANAGED', { validBeforeTime: '2026-01-01T00:00:00Z' })] }) },
  ],
  fail: [
    { name: 'an active user-managed key', resource: serviceAccount({ keys: [key('USER_MANAGED'), key('SYSTEM_MANAGED')] }), evidencePath: 'config.keys' },
    { name: 'a user-managed key valid until next year', resource: serviceAccount({ keys: [key('USER_MANAGED', { validBeforeTime: '2027-06-01T00:00:00Z' })] }), evidencePath: 'config.keys' },
  ],
  notAssessed: [
    { name: 'keys unreadable', resource: serviceAccount({ keys: undefined }), evidencePath: 'config.keys' },
    { name: 'a key whose type is not reported', resource: serviceAccount({ keys: [key(undefined)] }), evidencePath: 'config.keys' },
  ],
});
