import check from '../../../../checks/azure/network/subnet-nsg.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { subnet, VNET } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'NSG associated', resource: subnet() }],
  fail: [{ name: 'no NSG', resource: subnet({ networkSecurityGroupId: null }), evidencePath: 'config.networkSecurityGroupId' }],
  notAssessed: [{ name: 'unknown', resource: subnet({ networkSecurityGroupId: undefined }), evidencePath: 'config.networkSecurityGroupId' }],
  notApplicable: [
    { name: 'GatewaySubnet', resource: subnet({ networkSecurityGroupId: null }, { id: `${VNET}/subnets/GatewaySubnet`, name: 'GatewaySubnet' }) },
    { name: 'AzureFirewallSubnet', resource: subnet({ networkSecurityGroupId: null }, { id: `${VNET}/subnets/AzureFirewallSubnet`, name: 'AzureFirewallSubnet' }) },
  ],
});
