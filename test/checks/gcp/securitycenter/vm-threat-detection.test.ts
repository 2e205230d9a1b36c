import check from '../../../../checks/gcp/securitycenter/vm-threat-detection.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'enabled at the organization', resource: project() },
    { name: 'enabled on the project', resource: project({ vmThreatDetection: { state: 'ENABLED', setOn: 'projects/123' } }) },
  ],
  fail: [{ name: 'disabled for the project', resource: project({ vmThreatDetection: { state: 'DISABLED', setOn: 'projects/123' } }), evidencePath: 'config.vmThreatDetection' }],
  notAssessed: [
    { name: 'settings unreadable', resource: project({ vmThreatDetection: undefined }), evidencePath: 'config.vmThreatDetection' },
    { name: 'no setting visible', resource: project({ vmThreatDetection: null }), evidencePath: 'config.vmThreatDetection' },
  ],
});
