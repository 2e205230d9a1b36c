import check from '../../../../checks/azure/sql/server-no-public-access.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlServer } from '../_fixtures.js';

const fw = (name: string, startIpAddress: string, endIpAddress: string) => ({ name, startIpAddress, endIpAddress });
checkCases(check, {
  pass: [
    { name: 'public access disabled', resource: sqlServer({ firewallRules: undefined }) },
    { name: 'public, office range only', resource: sqlServer({ publicNetworkAccess: 'Enabled', firewallRules: [fw('office', '203.0.113.0', '203.0.113.255')] }) },
  ],
  fail: [
    { name: 'all addresses', resource: sqlServer({ publicNetworkAccess: 'Enabled', firewallRules: [fw('any', '0.0.0.0', '255.255.255.255')] }), evidencePath: 'config.firewallRules' },
    { name: 'Allow Azure services', resource: sqlServer({ publicNetworkAccess: 'Enabled', firewallRules: [fw('AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0')] }), evidencePath: 'config.firewallRules' },
  ],
  notAssessed: [{ name: 'firewall rules unreadable', resource: sqlServer({ publicNetworkAccess: 'Enabled', firewallRules: undefined }), evidencePath: 'config.firewallRules' }],
});
