import check from '../../../../checks/azure/web/site-https-only.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { webSite } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'HTTPS only', resource: webSite() }],
  fail: [{ name: 'HTTP served', resource: webSite({ httpsOnly: false }), evidencePath: 'config.httpsOnly' }],
  notAssessed: [{ name: 'unknown', resource: webSite({ httpsOnly: undefined }), evidencePath: 'config.httpsOnly' }],
});
