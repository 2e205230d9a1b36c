import { describe, expect, it } from 'vitest';
import { AZURE_CHECKS } from '../../../checks/azure/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { Resource } from '../../../src/model/resource.js';
import { TEST_NOW } from '../../helpers/check-tester.js';
import * as fx from './_fixtures.js';

/** One compliant, ePHI-tagged resource of every Azure type: the fixtures' defaults. */
function compliantWorld(): Resource[] {
  const tags = { tags: fx.PHI };
  return [
    fx.storageAccount({}, tags), fx.disk({}, tags), fx.snapshot({}, tags), fx.vm({}, tags), fx.nsg(), fx.vnet(), fx.subnet(), fx.appGateway(),
    fx.webSite({}, tags), fx.sqlServer({}, tags), fx.sqlDatabase({}, tags), fx.postgres({}, tags), fx.mysql({}, tags), fx.cosmos({}, tags),
    fx.keyVault(), fx.keyVaultKey(), fx.keyVaultSecret(), fx.redis({}, tags), backupSubscriptionVault(), fx.backupVault(), fx.subscription(), fx.tenant(),
  ];
}

/** The VM's vault, in a dedicated backup subscription, with a Site Recovery item tested last month. */
function backupSubscriptionVault(): Resource {
  const sub = '00000000-0000-0000-0000-0000000000bb';
  const id = `/subscriptions/${sub}/resourceGroups/backup/providers/Microsoft.RecoveryServices/vaults/central`;
  return fx.rsVault({
    replicatedItems: [{ id: `${id}/replicationFabrics/f/replicationProtectionContainers/c/replicationProtectedItems/vm1`, friendlyName: 'vm1', protectionState: 'Protected', lastSuccessfulTestFailoverTime: '2026-10-01T00:00:00Z', sourceResourceId: `${fx.RG}/providers/Microsoft.Compute/virtualMachines/vm1` }],
  }, { id, name: 'central', account: sub });
}

describe('all Azure checks on a whole subscription', () => {
  it('pass every check on the compliant world, and every check evaluates something', () => {
    const r = evaluate(compliantWorld(), [], AZURE_CHECKS, { now: TEST_NOW });
    expect(r.findings.filter((f) => f.status !== 'pass').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
    expect(new Set(r.findings.map((f) => f.checkId))).toEqual(new Set(AZURE_CHECKS.map((c) => c.meta.id)));
  });

  it('turns a denied Microsoft Graph read into not-assessed MFA findings, never a pass', () => {
    const world = compliantWorld().filter((res) => res.type !== 'azure.entra.tenant');
    const r = evaluate(world, [{ provider: 'azure', service: 'graph', operation: 'identity/conditionalAccess/policies', resourceTypes: ['azure.entra.tenant'], reason: 'access-denied', errorCode: 'Authorization_RequestDenied', message: 'Policy.Read.All not granted' }], AZURE_CHECKS, { now: TEST_NOW });
    const mfa = r.findings.filter((f) => f.checkId.startsWith('azure-entra-'));
    expect(mfa.map((f) => f.status)).toEqual(['not_assessed', 'not_assessed', 'not_assessed']);
  });

  it('raises severity for ePHI-tagged resources', () => {
    const open = fx.storageAccount({ supportsHttpsTrafficOnly: false });
    const [plain, phi] = [open, { ...open, id: `${open.id}-phi`, tags: fx.PHI }].map((res) => evaluate([res], [], AZURE_CHECKS, { now: TEST_NOW }).findings.find((f) => f.checkId === 'azure-storage-account-secure-transfer'));
    expect([plain?.status, plain?.severity, phi?.severity]).toEqual(['fail', 'high', 'critical']);
  });
});
