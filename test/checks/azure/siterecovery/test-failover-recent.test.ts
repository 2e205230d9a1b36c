import check from '../../../../checks/azure/siterecovery/test-failover-recent.js';
import type { ReplicatedItem } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { RG, rsVault } from '../_fixtures.js';

// The run clock is 2026-11-01 (TEST_NOW).
const item = (friendlyName: string, lastSuccessfulTestFailoverTime: string | null): ReplicatedItem => ({
  id: `${RG}/providers/Microsoft.RecoveryServices/vaults/phi-rsv/replicationFabrics/f/replicationProtectionContainers/c/replicationProtectedItems/${friendlyName}`,
  friendlyName, protectionState: 'Protected', lastSuccessfulTestFailoverTime, sourceResourceId: `${RG}/providers/Microsoft.Compute/virtualMachines/${friendlyName}`,
});

checkCases(check, {
  pass: [{ name: 'tested in June and October', resource: rsVault({ replicatedItems: [item('vm1', '2026-06-01T10:00:00Z'), item('vm2', '2026-10-15T10:00:00Z')] }) }],
  fail: [
    { name: 'never tested', resource: rsVault({ replicatedItems: [item('vm1', null)] }), evidencePath: 'config.replicatedItems' },
    { name: 'tested over 6 months ago', resource: rsVault({ replicatedItems: [item('vm1', '2026-10-15T10:00:00Z'), item('vm2', '2026-04-01T10:00:00Z')] }), evidencePath: 'config.replicatedItems' },
  ],
  notAssessed: [
    { name: 'replicated items unreadable', resource: rsVault({ replicatedItems: undefined }), evidencePath: 'config.replicatedItems' },
    { name: 'an unreadable date', resource: rsVault({ replicatedItems: [item('vm1', 'last Tuesday')] }), evidencePath: 'config.replicatedItems' },
  ],
  notApplicable: [{ name: 'no Site Recovery in the vault', resource: rsVault() }],
});
