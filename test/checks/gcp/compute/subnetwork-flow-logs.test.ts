import check from '../../../../checks/gcp/compute/subnetwork-flow-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { subnetwork } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'flow logs on', resource: subnetwork({ flowLogsEnabled: true }) }],
  fail: [{ name: 'flow logs off', resource: subnetwork({ flowLogsEnabled: false }), evidencePath: 'config.flowLogsEnabled' }],
  notAssessed: [{ name: 'unreadable', resource: subnetwork({ flowLogsEnabled: undefined }), evidencePath: 'config.flowLogsEnabled' }],
  notApplicable: [{ name: 'proxy-only subnet', resource: subnetwork({ purpose: 'REGIONAL_MANAGED_PROXY', flowLogsEnabled: false }) }],
});
