import check from '../../../../checks/azure/postgresql/flexible-server-no-public-access.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { postgres } from '../_fixtures.js';

const fw = (name: string, startIpAddress: string, endIpAddress: string) => ({ name, startIpAddress, endIpAddress });
checkCases(check, {
  pass: [
    { name: 'private access', resource: postgres() },
    { name: 'public with a named range', resource: postgres({ publicNetworkAccess: 'Enabled', delegatedSubnetResourceId: null, firewallRules: [fw('clinic', '198.51.100.10', '198.51.100.20')] }) },
  ],
  fail: [
    { name: 'all addresses', resource: postgres({ publicNetworkAccess: 'Enabled', delegatedSubnetResourceId: null, firewallRules: [fw('all', '0.0.0.0', '255.255.255.255')] }), evidencePath: 'config.firewallRules' },
    { name: 'any Azure service', resource: postgres({ publicNetworkAccess: 'Enabled', delegatedSubnetResourceId: null, firewallRules: [fw('AllowAllAzureServicesAndResourcesWithinAzureIps', '0.0.0.0', '0.0.0.0')] }), evidencePath: 'config.firewallRules' },
  ],
  notAssessed: [{ name: 'network unknown', resource: postgres({ publicNetworkAccess: undefined }), evidencePath: 'config.publicNetworkAccess' }],
});
