import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAwsChecksTable, TABLE_END, TABLE_START as AWS_TABLE_START } from '../../checks/aws/_doc-table.js';
import { AWS_CHECKS } from '../../checks/aws/index.js';
import { renderAzureChecksTable, TABLE_START as AZURE_TABLE_START } from '../../checks/azure/_doc-table.js';
import { AZURE_CHECKS } from '../../checks/azure/index.js';
import type { Check } from '../../src/engine/check-api.js';
import { allRequirements, type RequirementId } from '../../src/nprm/index.js';
import { expectGeneratedSection } from '../helpers/generated-doc.js';

interface ProviderCoverage {
  readonly name: string;
  readonly provider: 'aws' | 'azure';
  readonly checks: readonly Check[];
  readonly minChecks: number;
  /** Requirements (cloudEvidence direct or partial) that this provider's configuration can evidence: each needs a check. */
  readonly evidenceable: readonly RequirementId[];
  /** direct/partial requirements this provider's configuration cannot evidence, with the reason. */
  readonly excluded: Readonly<Partial<Record<RequirementId, string>>>;
  /** Areas the NPRM names that need several checks each. */
  readonly areas: readonly RequirementId[];
  readonly doc: string;
  readonly table: { readonly start: string; readonly render: (checks: readonly Check[]) => string };
}

const PROVIDERS: readonly ProviderCoverage[] = [
  {
    name: 'AWS',
    provider: 'aws',
    checks: AWS_CHECKS,
    minChecks: 45,
    evidenceable: [
      'access-control-least-privilege',
      'anti-malware',
      'asset-inventory',
      'audit-logging',
      'authentication',
      'backup-procedures',
      'backup-separation',
      'configuration-management',
      'data-backup-48h',
      'disable-unused-ports',
      'emergency-access',
      'encryption-at-rest',
      'encryption-in-transit',
      'integrity',
      'key-management',
      'mfa',
      'network-map',
      'network-segmentation',
      'patch-install-controls',
      'patch-management',
      'privileged-identity-separation',
      'secure-configuration',
      'vulnerability-scanning',
      'workforce-termination-1h',
    ],
    excluded: {
      'backup-monitoring': 'AWS Backup vault notifications and EventBridge rules on backup job state are not collected',
      'mfa-privilege-change': 'IAM policy conditions (aws:MultiFactorAuthPresent) on privilege-changing actions are not analysed, and IAM Identity Center MFA is outside the APIs read',
      'remove-extraneous-software': 'needs per-instance software inventory (SSM Inventory applications), which the AWS model does not collect',
      'unique-identification': 'shared IAM users are not detected (the credential report is not analysed for sharing); a password policy is authentication, not unique identification',
    },
    areas: ['encryption-at-rest', 'encryption-in-transit', 'mfa', 'network-segmentation', 'backup-separation'],
    doc: 'checks-aws.md',
    table: { start: AWS_TABLE_START, render: renderAwsChecksTable },
  },
  {
    name: 'Azure',
    provider: 'azure',
    checks: AZURE_CHECKS,
    minChecks: 85,
    evidenceable: [
      'access-control-least-privilege',
      'anti-malware',
      'audit-logging',
      'authentication',
      'backup-procedures',
      'backup-separation',
      'configuration-management',
      'data-backup-48h',
      'disable-unused-ports',
      'encryption-at-rest',
      'encryption-in-transit',
      'integrity',
      'key-management',
      'mfa',
      'network-map',
      'network-segmentation',
      'patch-install-controls',
      'patch-management',
      'privileged-identity-separation',
      'unique-identification',
      'vulnerability-scanning',
    ],
    excluded: {
      'asset-inventory': 'the inventory itself is the scan output (JSON/HTML inventory); no Azure setting evidences a written, owned inventory',
      'backup-monitoring': 'Azure Backup job alerts (Azure Monitor alert processing rules for backup failures) are not collected',
      'emergency-access': 'a break-glass procedure is a documented process; conditional access exclusions alone do not show that it exists or works',
      'mfa-privilege-change': 'Privileged Identity Management activation settings and authentication contexts are not collected',
      'remove-extraneous-software': 'needs per-VM software inventory (Defender for Servers / Azure Update Manager), which the Azure model does not collect',
      'secure-configuration': 'Azure Policy guest configuration (machine configuration) compliance is not collected',
      'workforce-termination-1h': 'needs Entra ID sign-in and account lifecycle data, not collected',
    },
    areas: ['encryption-at-rest', 'encryption-in-transit', 'network-segmentation', 'backup-separation', 'audit-logging'],
    doc: 'checks-azure.md',
    table: { start: AZURE_TABLE_START, render: renderAzureChecksTable },
  },
];

const cloudEvidenced = allRequirements().filter((r) => r.cloudEvidence !== 'none').map((r) => r.id);

describe.each(PROVIDERS)('$name check coverage of the NPRM catalog', ({ name, provider, checks, minChecks, evidenceable, excluded, areas, doc, table }) => {
  const covered = new Set(checks.flatMap((c) => c.meta.requirements));

  it(`decides for every cloud-evidenced requirement whether ${name} can evidence it`, () => {
    const decided = new Set<string>([...evidenceable, ...Object.keys(excluded)]);
    expect(cloudEvidenced.filter((id) => !decided.has(id))).toEqual([]);
    expect(evidenceable.filter((id) => id in excluded)).toEqual([]);
    for (const id of evidenceable) expect(cloudEvidenced, id).toContain(id);
  });

  it(`has at least one ${name} check for each ${name}-evidenceable requirement`, () => {
    expect(evidenceable.filter((id) => !covered.has(id))).toEqual([]);
  });

  it(`has at least ${minChecks} ${name} checks, listed by id`, () => {
    expect(checks.length).toBeGreaterThanOrEqual(minChecks);
    const ids = checks.map((c) => c.meta.id);
    expect(ids).toEqual([...ids].sort());
    for (const c of checks) expect(c.meta.provider).toBe(provider);
  });

  it('covers the areas the NPRM names with several checks each', () => {
    for (const area of areas) expect(checks.filter((c) => c.meta.requirements.includes(area)).length, area).toBeGreaterThanOrEqual(3);
  });

  it(`documents every check in docs/${doc} (generated table matches the registry)`, () => {
    // PHISCAN_UPDATE_DOCS=1 npx vitest run test/meta/provider-coverage.test.ts rewrites the table.
    expectGeneratedSection(join(import.meta.dirname, '..', '..', 'docs', doc), table.start, TABLE_END, table.render(checks));
  });
});

describe('Azure-specific coverage', () => {
  it('evidences MFA through exactly the Entra checks (Entra-only SQL authentication is not MFA), and covers anti-malware and vulnerability scanning', () => {
    expect(AZURE_CHECKS.filter((c) => c.meta.requirements.includes('mfa')).map((c) => c.meta.id)).toEqual(['azure-entra-tenant-mfa-admins', 'azure-entra-tenant-mfa-all-users']);
    const covered = new Set(AZURE_CHECKS.flatMap((c) => c.meta.requirements));
    for (const area of ['anti-malware', 'vulnerability-scanning'] as const) expect(covered.has(area), area).toBe(true);
  });
});
