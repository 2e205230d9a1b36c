import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_END, TABLE_START, renderAwsChecksTable } from '../../checks/aws/_doc-table.js';
import { AWS_CHECKS } from '../../checks/aws/index.js';
import { allRequirements, type RequirementId } from '../../src/nprm/index.js';

/** Requirements (cloudEvidence direct or partial) that AWS configuration can evidence: each needs an AWS check. */
const AWS_EVIDENCEABLE: readonly RequirementId[] = [
  'access-control-least-privilege',
  'anti-malware',
  'asset-inventory',
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
  'workforce-termination-1h',
];

/** direct/partial requirements that AWS configuration cannot evidence, with the reason. */
const EXCLUDED: Readonly<Partial<Record<RequirementId, string>>> = {
  'emergency-access': 'a break-glass procedure is a documented process; no AWS setting shows that it exists or works',
  'remove-extraneous-software': 'needs per-instance software inventory (SSM Inventory applications), which the AWS model does not collect',
};

describe('AWS check coverage of the NPRM catalog', () => {
  const covered = new Set(AWS_CHECKS.flatMap((c) => c.meta.requirements));
  const cloudEvidenced = allRequirements().filter((r) => r.cloudEvidence !== 'none').map((r) => r.id);

  it('decides for every cloud-evidenced requirement whether AWS can evidence it', () => {
    const decided = new Set<string>([...AWS_EVIDENCEABLE, ...Object.keys(EXCLUDED)]);
    expect(cloudEvidenced.filter((id) => !decided.has(id))).toEqual([]);
    expect(AWS_EVIDENCEABLE.filter((id) => id in EXCLUDED)).toEqual([]);
    for (const id of AWS_EVIDENCEABLE) expect(cloudEvidenced, id).toContain(id);
  });

  it('has at least one AWS check for each AWS-evidenceable requirement', () => {
    expect(AWS_EVIDENCEABLE.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has at least 45 AWS checks, listed by id', () => {
    expect(AWS_CHECKS.length).toBeGreaterThanOrEqual(45);
    const ids = AWS_CHECKS.map((c) => c.meta.id);
    expect(ids).toEqual([...ids].sort());
    for (const c of AWS_CHECKS) expect(c.meta.provider).toBe('aws');
  });

  it('covers the four areas the NPRM names with several checks each', () => {
    for (const area of ['encryption-at-rest', 'encryption-in-transit', 'mfa', 'network-segmentation', 'backup-separation'] as const) {
      expect(AWS_CHECKS.filter((c) => c.meta.requirements.includes(area)).length, area).toBeGreaterThanOrEqual(3);
    }
  });

  it('documents every check in docs/checks-aws.md (generated table matches the registry)', () => {
    const path = join(import.meta.dirname, '..', '..', 'docs', 'checks-aws.md');
    const doc = readFileSync(path, 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = renderAwsChecksTable(AWS_CHECKS);
    // PHISCAN_UPDATE_DOCS=1 npx vitest run test/meta/aws-coverage.test.ts rewrites the table.
    if (process.env.PHISCAN_UPDATE_DOCS === '1') writeFileSync(path, doc.slice(0, start) + expected + doc.slice(end + TABLE_END.length));
    else expect(doc.slice(start, end + TABLE_END.length)).toBe(expected);
  });
});
