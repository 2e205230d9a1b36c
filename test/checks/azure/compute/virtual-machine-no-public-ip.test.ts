import check from '../../../../checks/azure/compute/virtual-machine-no-public-ip.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { RG, SUBNET, vm } from '../_fixtures.js';

const nic = (pips: string[]) => ({ id: `${RG}/providers/Microsoft.Network/networkInterfaces/n`, subnetIds: [SUBNET], publicIpAddressIds: pips, networkSecurityGroupId: null, applicationSecurityGroupIds: [], privateIpAddresses: ['10.0.1.4'] });
checkCases(check, {
  pass: [{ name: 'private NIC', resource: vm() }],
  fail: [{ name: 'second NIC has a public IP', resource: vm({ networkInterfaces: [nic([]), nic([`${RG}/providers/Microsoft.Network/publicIPAddresses/vm1-pip`])] }), evidencePath: 'config.networkInterfaces[].publicIpAddressIds' }],
  notAssessed: [{ name: 'NICs unreadable', resource: vm({ networkInterfaces: undefined }), evidencePath: 'config.networkInterfaces' }],
});
