import check from '../../../../checks/gcp/compute/instance-no-external-ip.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { instance, NET } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'internal only', resource: instance() }],
  fail: [
    { name: 'static external IP', resource: instance({ networkInterfaces: [{ network: NET, subnetwork: null, externalIps: ['34.1.2.3'], hasAccessConfig: true, networkIp: '10.128.0.2' }] }), evidencePath: 'config.networkInterfaces' },
    { name: 'ephemeral access config without an address yet', resource: instance({ networkInterfaces: [{ network: NET, subnetwork: null, externalIps: [], hasAccessConfig: true, networkIp: '10.128.0.2' }] }), evidencePath: 'config.networkInterfaces' },
  ],
  notAssessed: [{ name: 'interfaces unreadable', resource: instance({ networkInterfaces: undefined }), evidencePath: 'config.networkInterfaces' }],
});
