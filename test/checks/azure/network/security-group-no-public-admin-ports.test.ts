import check from '../../../../checks/azure/network/security-group-no-public-admin-ports.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { nsg, rule } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'SSH from the private range only', resource: nsg() },
    { name: 'internet allowed on 443 only', resource: nsg({ securityRules: [rule({ name: 'https', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['443'] })] }) },
    { name: 'a higher-priority deny shadows the allow', resource: nsg({ securityRules: [rule({ name: 'deny-ssh', access: 'Deny', priority: 100, sourceAddressPrefixes: ['*'] }), rule({ name: 'allow-ssh', priority: 200, sourceAddressPrefixes: ['Internet'] })] }) },
    { name: 'outbound rule to 22', resource: nsg({ securityRules: [rule({ direction: 'Outbound', sourceAddressPrefixes: ['*'] })] }) },
  ],
  fail: [
    { name: 'SSH from Internet', resource: nsg({ securityRules: [rule({ sourceAddressPrefixes: ['Internet'] })] }), evidencePath: 'config.securityRules' },
    { name: 'RDP inside a port range from *', resource: nsg({ securityRules: [rule({ name: 'wide', sourceAddressPrefixes: ['*'], destinationPortRanges: ['3000-4000'], protocol: '*' })] }), evidencePath: 'config.securityRules' },
    { name: 'all ports from 0.0.0.0/0', resource: nsg({ securityRules: [rule({ name: 'any', sourceAddressPrefixes: ['0.0.0.0/0'], destinationPortRanges: ['*'] })] }), evidencePath: 'config.securityRules' },
  ],
  notAssessed: [{ name: 'rules unreadable', resource: nsg({ securityRules: undefined }), evidencePath: 'config.securityRules' }],
});
