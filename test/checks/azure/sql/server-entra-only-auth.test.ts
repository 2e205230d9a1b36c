import check from '../../../../checks/azure/sql/server-entra-only-auth.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlServer } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Entra-only', resource: sqlServer() }],
  fail: [
    { name: 'SQL logins allowed', resource: sqlServer({ azureADOnlyAuthentication: false }), evidencePath: 'config.azureADOnlyAuthentication' },
    { name: 'no Entra admin set', resource: sqlServer({ azureADOnlyAuthentication: null }), evidencePath: 'config.azureADOnlyAuthentication' },
  ],
  notAssessed: [{ name: 'unknown', resource: sqlServer({ azureADOnlyAuthentication: undefined }), evidencePath: 'config.azureADOnlyAuthentication' }],
});
