import check from '../../../../checks/azure/network/flow-log-retention-90d.js';
import type { FlowLog } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { NSG, nsg, SUB, VNET, vnet } from '../_fixtures.js';

const log = (retentionDays: number | null, over: Partial<FlowLog> = {}): FlowLog => ({
  id: `/subscriptions/${SUB}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_eastus/flowLogs/fl-${String(retentionDays)}`,
  enabled: true, retentionDays, trafficAnalyticsEnabled: false, targetResourceId: VNET, ...over,
});

checkCases(check, {
  pass: [
    { name: 'VNet flow log kept 90 days', resource: vnet() },
    { name: 'retention 0 keeps forever', resource: vnet({ flowLogs: [log(0)] }) },
    { name: 'no retention policy keeps until deleted', resource: vnet({ flowLogs: [log(null)] }) },
    { name: 'NSG flow log kept 365 days; a disabled short one is ignored', resource: nsg({ flowLogs: [log(365, { targetResourceId: NSG }), log(7, { enabled: false, targetResourceId: NSG })] }) },
  ],
  fail: [
    { name: 'VNet flow log kept 30 days', resource: vnet({ flowLogs: [log(30)] }), evidencePath: 'config.flowLogs' },
    { name: 'NSG flow log kept 89 days', resource: nsg({ flowLogs: [log(89, { targetResourceId: NSG })] }), evidencePath: 'config.flowLogs' },
    { name: 'a stricter option', resource: vnet({ flowLogs: [log(120)] }), options: { minDays: 365 }, evidencePath: 'config.flowLogs' },
  ],
  notAssessed: [{ name: 'flow logs unreadable', resource: vnet({ flowLogs: undefined }), evidencePath: 'config.flowLogs' }],
  notApplicable: [
    { name: 'NSG without flow logs', resource: nsg() },
    { name: 'only a disabled flow log', resource: vnet({ flowLogs: [log(7, { enabled: false })] }) },
  ],
});
