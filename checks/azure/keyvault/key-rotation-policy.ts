import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

/** ISO 8601 duration (`P1Y`, `P90D`, `P3M`, `P2W`) in days, approximately; undefined when not parseable. */
function durationDays(d: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i.exec(d.trim());
  if (!m || d.trim().length <= 1) return undefined;
  const [, y, mo, w, day] = m.map((x) => Number(x ?? 0));
  return (y ?? 0) * 365 + (mo ?? 0) * 30 + (w ?? 0) * 7 + (day ?? 0);
}

export default defineCheck({
  meta: {
    id: 'azure-keyvault-key-rotation-policy',
    title: 'Key Vault key rotates automatically at least every two years',
    severity: 'medium',
    provider: 'azure',
    service: 'keyvault',
    resourceTypes: ['azure.keyvault.key'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): a key rotation policy with a Rotate lifetime action creates a new key version on schedule, limiting how much ePHI any one key version protects and how long a leaked version stays useful. Services that use versionless key URIs (Storage, SQL, disks, Cosmos DB) pick up the new version automatically.',
    remediation: {
      summary: 'Set a rotation policy with a Rotate action (for example timeAfterCreate P1Y) and an expiry on the key.',
      console: 'Key vault > Objects > Keys > key > Rotation policy > Enable auto rotation: Enabled; Rotation time: 1 year.',
      cli: 'az keyvault key rotation-policy update --vault-name VAULT -n KEY --value policy.json',
      terraform: 'resource "azurerm_key_vault_key" "phi" {\n  rotation_policy {\n    automatic { time_after_creation = "P1Y" }\n    expire_after = "P2Y"\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation'],
    defaultOptions: { maxDays: 730 },
  },
  evaluate(key, ctx) {
    if (key.config.enabled === false) return notApplicable('the key is disabled');
    const p = key.config.rotationPolicy;
    const path = 'config.rotationPolicy';
    if (p === undefined) return notAssessed('the key rotation policy could not be read', [path, p]);
    if (p === null) return fail('the key has no rotation policy', [path, p]);
    const rotate = p.lifetimeActions.filter((a) => a.action.toLowerCase() === 'rotate');
    if (rotate.length === 0) return fail('the rotation policy only notifies; it never rotates the key', [path, p]);
    const max = (ctx.options.maxDays as number | undefined) ?? 730;
    // timeAfterCreate rotates on age; timeBeforeExpiry rotates ahead of the policy's expiryTime.
    const periods = rotate.map((a) => (a.timeAfterCreate ? durationDays(a.timeAfterCreate) : p.expiryTime && a.timeBeforeExpiry ? (durationDays(p.expiryTime) ?? NaN) - (durationDays(a.timeBeforeExpiry) ?? NaN) : undefined));
    const known = periods.filter((n): n is number => n !== undefined && !Number.isNaN(n));
    if (known.length === 0) return notAssessed('cannot compute the rotation period from the policy', [path, p]);
    const best = Math.min(...known);
    return best <= max ? pass(`the key rotates about every ${best} day(s)`, [path, p]) : fail(`the key rotates only every ${best} day(s) (> ${max})`, [path, p]);
  },
});
