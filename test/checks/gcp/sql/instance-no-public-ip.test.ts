import check from '../../../../checks/gcp/sql/instance-no-public-ip.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'private IP only', resource: sqlInstance({ ipv4Enabled: false }) }],
  fail: [{ name: 'public IP', resource: sqlInstance({ ipv4Enabled: true, authorizedNetworks: ['203.0.113.0/24'] }), evidencePath: 'config.ipv4Enabled' }],
  notAssessed: [{ name: 'unreadable', resource: sqlInstance({ ipv4Enabled: undefined }), evidencePath: 'config.ipv4Enabled' }],
});
