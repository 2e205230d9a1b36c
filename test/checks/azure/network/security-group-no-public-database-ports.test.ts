import check from '../../../../checks/azure/network/security-group-no-public-database-ports.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { nsg, rule } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'SQL from the VNet only', resource: nsg({ securityRules: [rule({ name: 'sql', sourceAddressPrefixes: ['VirtualNetwork'], destinationPortRanges: ['1433'] })] }) },
    { name: 'UDP 5432 is not PostgreSQL', resource: nsg({ securityRules: [rule({ name: 'udp', protocol: 'Udp', sourceAddressPrefixes: ['*'], destinationPortRanges: ['5432'] })] }) },
  ],
  fail: [
    { name: 'PostgreSQL from Internet', resource: nsg({ securityRules: [rule({ name: 'pg', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['5432'] })] }), evidencePath: 'config.securityRules' },
    { name: 'Redis TLS port among several ranges', resource: nsg({ securityRules: [rule({ name: 'cache', sourceAddressPrefixes: ['10.0.0.0/8', 'Any'], destinationPortRanges: ['443', '6380'] })] }), evidencePath: 'config.securityRules' },
  ],
  notAssessed: [{ name: 'rules unreadable', resource: nsg({ securityRules: undefined }), evidencePath: 'config.securityRules' }],
});
