import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_END, TABLE_START, renderAzureChecksTable } from '../../checks/azure/_doc-table.js';
import { AZURE_CHECKS } from '../../checks/azure/index.js';
import { allRequirements, type RequirementId } from '../../src/nprm/index.js';

/** Requirements (cloudEvidence direct or partial) that Azure configuration can evidence: each needs an Azure check. */
const AZURE_EVIDENCEABLE: readonly RequirementId[] = [
  'access-control-least-privilege',
  'anti-malware',
  'audit-logging',
  'backup-separation',
  'configuration-management',
  'disable-unused-ports',
  'encryption-at-rest',
  'encryption-in-transit',
  'integrity',
  'mfa',
  'network-map',
  'network-segmentation',
  'patch-management',
  'privileged-identity-separation',
  'system-restore-72h',
  'unique-identification',
  'vulnerability-scanning',
];

/** direct/partial requirements that the Azure model cannot evidence yet, with the reason. */
const EXCLUDED: Readonly<Partial<Record<RequirementId, string>>> = {
  'asset-inventory': 'the inventory itself is the scan output (JSON/HTML inventory); no Azure setting evidences a written, owned inventory',
  'emergency-access': 'a break-glass procedure is a documented process; conditional access exclusions alone do not show that it exists or works',
  'remove-extraneous-software': 'needs per-VM software inventory (Defender for Servers / Azure Update Manager), which the Azure model does not collect',
  'workforce-termination-1h': 'needs Entra ID sign-in and account lifecycle data, not collected',
};

describe('Azure check coverage of the NPRM catalog', () => {
  const covered = new Set(AZURE_CHECKS.flatMap((c) => c.meta.requirements));
  const cloudEvidenced = allRequirements().filter((r) => r.cloudEvidence !== 'none').map((r) => r.id);

  it('decides for every cloud-evidenced requirement whether Azure can evidence it', () => {
    const decided = new Set<string>([...AZURE_EVIDENCEABLE, ...Object.keys(EXCLUDED)]);
    expect(cloudEvidenced.filter((id) => !decided.has(id))).toEqual([]);
    expect(AZURE_EVIDENCEABLE.filter((id) => id in EXCLUDED)).toEqual([]);
    for (const id of AZURE_EVIDENCEABLE) expect(cloudEvidenced, id).toContain(id);
  });

  it('has at least one Azure check for each Azure-evidenceable requirement', () => {
    expect(AZURE_EVIDENCEABLE.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has at least 35 Azure checks, listed by id', () => {
    expect(AZURE_CHECKS.length).toBeGreaterThanOrEqual(35);
    const ids = AZURE_CHECKS.map((c) => c.meta.id);
    expect(ids).toEqual([...ids].sort());
    for (const c of AZURE_CHECKS) expect(c.meta.provider).toBe('azure');
  });

  it('covers each area of the issue with several checks', () => {
    for (const area of ['encryption-at-rest', 'encryption-in-transit', 'network-segmentation', 'backup-separation', 'audit-logging'] as const) {
      expect(AZURE_CHECKS.filter((c) => c.meta.requirements.includes(area)).length, area).toBeGreaterThanOrEqual(3);
    }
    expect(AZURE_CHECKS.filter((c) => c.meta.requirements.includes('mfa')).map((c) => c.meta.id)).toEqual(['azure-entra-tenant-mfa-admins', 'azure-entra-tenant-mfa-all-users', 'azure-sql-server-entra-only-auth']);
    for (const area of ['anti-malware', 'vulnerability-scanning'] as const) expect(covered.has(area), area).toBe(true);
  });

  it('documents every check in docs/checks-azure.md (generated table matches the registry)', () => {
    const path = join(import.meta.dirname, '..', '..', 'docs', 'checks-azure.md');
    const doc = readFileSync(path, 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = renderAzureChecksTable(AZURE_CHECKS);
    // PHISCAN_UPDATE_DOCS=1 npx vitest run test/meta/azure-coverage.test.ts rewrites the table.
    if (process.env.PHISCAN_UPDATE_DOCS === '1') writeFileSync(path, doc.slice(0, start) + expected + doc.slice(end + TABLE_END.length));
    else expect(doc.slice(start, end + TABLE_END.length)).toBe(expected);
  });
});
