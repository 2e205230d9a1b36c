import check from '../../../../checks/azure/security/subscription-defender-endpoint-integration.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { subscription } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'WDATP on', resource: subscription() }],
  fail: [{ name: 'WDATP off', resource: subscription({ securitySettings: [{ name: 'WDATP', enabled: false }] }), evidencePath: 'config.securitySettings[WDATP].enabled' }],
  notAssessed: [
    { name: 'settings unreadable', resource: subscription({ securitySettings: undefined }), evidencePath: 'config.securitySettings' },
    { name: 'WDATP not listed', resource: subscription({ securitySettings: [{ name: 'MCAS', enabled: true }] }), evidencePath: 'config.securitySettings' },
  ],
});
