import check from '../../../../checks/gcp/compute/network-not-default.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { network } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'custom-mode network', resource: network({ autoCreateSubnetworks: false }, { name: 'phi-vpc' }) }],
  fail: [
    { name: 'the default network', resource: network({ autoCreateSubnetworks: true }, { name: 'default' }), evidencePath: 'name' },
    { name: 'auto-mode network', resource: network({ autoCreateSubnetworks: true }, { name: 'legacy' }), evidencePath: 'config.autoCreateSubnetworks' },
    { name: 'legacy network (no subnet mode, one global range)', resource: network({ autoCreateSubnetworks: undefined, legacyIpv4Range: '10.240.0.0/16' }, { name: 'old' }), evidencePath: 'config.legacyIpv4Range' },
  ],
  notAssessed: [{ name: 'mode unreadable', resource: network({ autoCreateSubnetworks: undefined }, { name: 'phi-vpc' }), evidencePath: 'config.autoCreateSubnetworks' }],
});
