import check from '../../../../checks/gcp/sql/instance-no-open-authorized-networks.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'office range only', resource: sqlInstance({ ipv4Enabled: true, authorizedNetworks: ['203.0.113.0/24'] }) }],
  fail: [{ name: '0.0.0.0/0 authorized', resource: sqlInstance({ ipv4Enabled: true, authorizedNetworks: ['203.0.113.0/24', '0.0.0.0/0'] }), evidencePath: 'config.authorizedNetworks' }],
  notAssessed: [{ name: 'unreadable', resource: sqlInstance({ ipv4Enabled: true, authorizedNetworks: undefined }), evidencePath: 'config.authorizedNetworks' }],
  notApplicable: [{ name: 'no public IP', resource: sqlInstance({ ipv4Enabled: false, authorizedNetworks: ['0.0.0.0/0'] }) }],
});
