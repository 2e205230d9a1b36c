import check from '../../../../checks/gcp/resourcemanager/security-command-center.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'SCC API enabled', resource: project({ enabledServices: ['compute.googleapis.com', 'securitycenter.googleapis.com'] }) }],
  fail: [{ name: 'SCC API not enabled', resource: project({ enabledServices: ['compute.googleapis.com'] }), evidencePath: 'config.enabledServices' }],
  notAssessed: [{ name: 'services not visible', resource: project({ enabledServices: undefined }), evidencePath: 'config.enabledServices' }],
});
