import check from '../../../../checks/azure/web/site-ftps-only.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { webSite } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'FTP disabled', resource: webSite() }, { name: 'FTPS only', resource: webSite({ ftpsState: 'FtpsOnly' }) }],
  fail: [{ name: 'plain FTP', resource: webSite({ ftpsState: 'AllAllowed' }), evidencePath: 'config.ftpsState' }],
  notAssessed: [{ name: 'unknown', resource: webSite({ ftpsState: undefined }), evidencePath: 'config.ftpsState' }],
});
