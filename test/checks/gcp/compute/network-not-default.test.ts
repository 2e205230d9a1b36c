import check from '../../../../checks/gcp/compute/network-not-default.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { network } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'custom-mode network', resource: network({ autoCreateSubnetworks: false }, { name: 'phi-vpc' }) }],
  fail: [
    { name: 'the default network', resource: network({ autoCreateSubnetworks: true }, { name: 'default' }), evidencePath: 'name' },
    { name: 'auto-mode network', resource: network({ autoCreateSubnetworks: true }, { name: 'legacy' }), evidencePath: 'config.autoCreateSubnetworks' },
  ],
  notAssessed: [{ name: 'mode unreadable', resource: network({ autoCreateSubnetworks: undefined }, { name: 'phi-vpc' }), evidencePath: 'config.autoCreateSubnetworks' }],
});
