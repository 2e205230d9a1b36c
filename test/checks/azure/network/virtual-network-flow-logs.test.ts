import check from '../../../../checks/azure/network/virtual-network-flow-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { vnet, VNET } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'enabled flow log', resource: vnet() }],
  fail: [
    { name: 'no flow log', resource: vnet({ flowLogs: [] }), evidencePath: 'config.flowLogs' },
    { name: 'disabled flow log', resource: vnet({ flowLogs: [{ id: 'fl', enabled: false, retentionDays: null, trafficAnalyticsEnabled: false, targetResourceId: VNET }] }), evidencePath: 'config.flowLogs' },
  ],
  notAssessed: [{ name: 'Network Watcher unreadable', resource: vnet({ flowLogs: undefined }), evidencePath: 'config.flowLogs' }],
});
