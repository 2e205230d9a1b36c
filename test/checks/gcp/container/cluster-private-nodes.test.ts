import check from '../../../../checks/gcp/container/cluster-private-nodes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cluster } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'private nodes, authorized networks', resource: cluster() }],
  fail: [
    { name: 'public nodes', resource: cluster({ privateNodes: false }), evidencePath: 'config.privateNodes' },
    { name: 'authorized networks off', resource: cluster({ masterAuthorizedNetworks: null }), evidencePath: 'config.masterAuthorizedNetworks' },
    { name: 'authorized 0.0.0.0/0', resource: cluster({ masterAuthorizedNetworks: ['0.0.0.0/0'] }), evidencePath: 'config.masterAuthorizedNetworks' },
  ],
  notAssessed: [{ name: 'unreadable', resource: cluster({ privateNodes: undefined }), evidencePath: 'config.privateNodes' }],
});
