import check from '../../../../checks/gcp/compute/subnetwork-private-google-access.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { subnetwork } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'on', resource: subnetwork({ privateIpGoogleAccess: true }) }],
  fail: [{ name: 'off', resource: subnetwork({ privateIpGoogleAccess: false }), evidencePath: 'config.privateIpGoogleAccess' }],
  notAssessed: [{ name: 'unreadable', resource: subnetwork({ privateIpGoogleAccess: undefined }), evidencePath: 'config.privateIpGoogleAccess' }],
  notApplicable: [{ name: 'PSC subnet', resource: subnetwork({ purpose: 'PRIVATE_SERVICE_CONNECT', privateIpGoogleAccess: false }) }],
});
