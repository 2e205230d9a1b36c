import check from '../../../../checks/azure/compute/virtual-machine-patch-assessment.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { vm } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'AutomaticByPlatform', resource: vm() }],
  fail: [
    { name: 'ImageDefault', resource: vm({ patchSettings: { assessmentMode: 'ImageDefault', patchMode: 'AutomaticByOS' } }), evidencePath: 'config.patchSettings.assessmentMode' },
    { name: 'not set', resource: vm({ patchSettings: { assessmentMode: null, patchMode: null } }), evidencePath: 'config.patchSettings.assessmentMode' },
  ],
  notAssessed: [{ name: 'OS profile unknown', resource: vm({ patchSettings: undefined }), evidencePath: 'config.patchSettings.assessmentMode' }],
});
