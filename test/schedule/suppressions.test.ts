import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { startGcpSimulator, type GcpSimulator } from '../../src/simulator/gcp/server.js';
import { parseSuppressions } from '../../src/suppressions/file.js';
import { createSuppressionMatcher, daysLeft, compileGlob, isExpired } from '../../src/suppressions/match.js';
import { ORG_WORLD } from '../providers/gcp/_world.js';
import { gcpInput, scan } from './_scan.js';

const entry = { check: 'gcp-storage-bucket-not-public', resource: '//storage.googleapis.com/alpha-*', reason: 'public assets, no ePHI', owner: 'web@example.org' };
const yaml = (entries: string): string => `version: 1\nsuppressions:\n${entries}`;
const parseError = (text: string): string => {
  try {
    parseSuppressions(text, 's.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'valid';
};

describe('suppressions file', () => {
  it('requires reason, owner and a calendar expiry, and check + resource or a fingerprint', () => {
    expect(parseError(yaml('  - check: a-b\n    resource: x\n    reason: because\n    owner: me\n    expires: 2027-01-31\n'))).toBe('valid');
    expect(parseError(yaml('  - fingerprint: 0123456789abcdef0123456789abcdef\n    reason: because\n    owner: me\n    expires: 2027-01-31\n'))).toBe('valid');
    expect(parseError(yaml('  - check: a-b\n    resource: x\n    owner: me\n    expires: 2027-01-31\n'))).toBe("invalid suppressions file s.yaml: /suppressions/0: must have required property 'reason'");
    expect(parseError(yaml('  - check: a-b\n    resource: x\n    reason: because\n    expires: 2027-01-31\n'))).toContain("required property 'owner'");
    expect(parseError(yaml('  - check: a-b\n    resource: x\n    reason: because\n    owner: me\n'))).toContain("required property 'expires'");
    expect(parseError(yaml('  - check: a-b\n    resource: x\n    reason: because\n    owner: me\n    expires: 2027-02-30\n'))).toBe('invalid suppressions file s.yaml: /suppressions/0/expires: "2027-02-30" is not a calendar date');
    expect(parseError(yaml('  - check: a-b\n    reason: because\n    owner: me\n    expires: 2027-01-31\n'))).toContain('needs check + resource, or fingerprint');
    expect(parseError(yaml('  - check: a-b\n    resource: x\n    fingerprint: 0123456789abcdef0123456789abcdef\n    reason: because\n    owner: me\n    expires: 2027-01-31\n'))).toContain('needs check + resource, or fingerprint');
    expect(parseError('suppressions: [\n')).toMatch(/^invalid suppressions file s\.yaml:2:1: /);
  });

  it('globs: * spans any characters, ? one, everything else literal', () => {
    expect(compileGlob('arn:aws:s3:::logs-*')('arn:aws:s3:::logs-2026/a')).toBe(true);
    expect(compileGlob('//x/a?c')('//x/abc')).toBe(true);
    expect(compileGlob('//x/a.c')('//x/abc')).toBe(false);
    expect(compileGlob('projects/p')('projects/p2')).toBe(false);
  });

  it('an entry suppresses through the end of its expiry day (UTC), not after', () => {
    const e = { ...entry, expires: '2026-11-25' };
    expect(isExpired(e, new Date('2026-11-25T23:59:59Z'))).toBe(false);
    expect(isExpired(e, new Date('2026-11-26T00:00:00Z'))).toBe(true);
    expect(daysLeft(e, new Date('2026-11-20T12:00:00Z'))).toBe(5);
  });

  it('does not suppress passing findings, so an entry for a fixed problem shows as unmatched', () => {
    const m = createSuppressionMatcher([{ ...entry, expires: '2030-01-01' }], new Date('2026-11-25T00:00:00Z'));
    const finding = { checkId: entry.check, status: 'pass', resource: { id: '//storage.googleapis.com/alpha-records' }, fingerprint: 'f' } as unknown as Finding;
    expect(m.suppress(finding)).toBeUndefined();
    expect(m.unmatched()).toEqual([0]);
    expect(m.suppress({ ...finding, status: 'fail' })).toEqual({ reason: entry.reason, source: 'suppressions-file', owner: entry.owner, expires: '2030-01-01' });
    expect(m.unmatched()).toEqual([]);
  });
});

describe('matching', () => {
  const now = new Date('2026-11-25T00:00:00Z');
  const fail = (checkId: string, id: string, fingerprint = 'fp'): Finding => ({ checkId, status: 'fail', resource: { id }, fingerprint }) as unknown as Finding;

  it('the first matching entry in file order is recorded; a fingerprint entry with a check needs both', () => {
    const m = createSuppressionMatcher(
      [
        { fingerprint: 'fp-1', check: 'other-check', reason: 'r0', owner: 'o0', expires: '2027-01-01' },
        { check: 'c', resource: 'x*', reason: 'r1', owner: 'o1', expires: '2027-01-01' },
        { fingerprint: 'fp-1', reason: 'r2', owner: 'o2', expires: '2027-01-01' },
      ],
      now,
    );
    expect(m.suppress(fail('c', 'xyz', 'fp-1'))?.reason).toBe('r1');
    expect(m.suppress(fail('d', 'xyz', 'fp-1'))?.reason).toBe('r2');
    expect(m.suppress(fail('c', 'abc', 'fp-2'))).toBeUndefined();
    expect(m.unmatched()).toEqual([0]);
  });
});

describe('suppressions in a scan', () => {
  let sim: GcpSimulator;
  beforeAll(async () => {
    sim = await startGcpSimulator({ world: ORG_WORLD });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('suppressed findings stay in the report with the suppression; expired entries count again and warn; unmatched entries are reported', async () => {
    const file = parseSuppressions(
      yaml(
        [
          `  - check: ${entry.check}\n    resource: "${entry.resource}"\n    reason: ${entry.reason}\n    owner: ${entry.owner}\n    expires: 2026-12-31\n`,
          `  - check: gcp-sql-instance-no-open-authorized-networks\n    resource: "//cloudsql.googleapis.com/projects/beta-prod/instances/*"\n    reason: expired exception\n    owner: db@example.org\n    expires: 2026-11-24\n`,
          `  - check: gcp-storage-bucket-not-public\n    resource: "//storage.googleapis.com/no-such-*"\n    reason: stale entry\n    owner: old@example.org\n    expires: 2027-06-30\n`,
        ].join(''),
      ),
      'phiscan-suppressions.yaml',
    );
    const scope = { projects: ['alpha-prod', 'beta-prod', 'gamma-prod'] };
    const plain = await scan([gcpInput(sim, scope)]);
    const warnings: string[] = [];
    const { report } = await scan([gcpInput(sim, scope)], { suppressions: file, warn: (l) => warnings.push(l) });

    const publicBucket = report.findings.find((f) => f.checkId === entry.check && f.resource.id === '//storage.googleapis.com/alpha-records');
    expect(publicBucket?.status).toBe('fail');
    expect(publicBucket?.suppression).toEqual({ reason: entry.reason, source: 'suppressions-file', owner: entry.owner, expires: '2026-12-31' });
    // Same findings as without the file; only the suppression differs.
    expect(report.findings.map((f) => f.fingerprint)).toEqual(plain.report.findings.map((f) => f.fingerprint));
    expect(report.summary.suppressed).toBe(1);
    expect(report.summary.failuresBySeverity[publicBucket?.severity ?? 'info']).toBe(plain.report.summary.failuresBySeverity[publicBucket?.severity ?? 'info'] - 1);

    // The expired entry (2026-11-24, the run is 2026-11-25) no longer suppresses.
    const openDb = report.findings.find((f) => f.checkId === 'gcp-sql-instance-no-open-authorized-networks' && f.status === 'fail');
    expect(openDb).toBeDefined();
    expect(openDb?.suppression).toBeUndefined();
    expect(warnings).toContain(
      'phiscan: warning: suppression #2 gcp-sql-instance-no-open-authorized-networks on //cloudsql.googleapis.com/projects/beta-prod/instances/* expired on 2026-11-24 (owner db@example.org); it no longer suppresses',
    );
    expect(warnings).toContain('phiscan: warning: suppression #3 gcp-storage-bucket-not-public on //storage.googleapis.com/no-such-* matched no failing or not-assessed finding');
    expect(report.run.suppressions).toEqual({
      path: 'phiscan-suppressions.yaml',
      sha256: file.sha256,
      entries: 3,
      expired: ['#2 gcp-sql-instance-no-open-authorized-networks on //cloudsql.googleapis.com/projects/beta-prod/instances/*'],
      unmatched: ['#3 gcp-storage-bucket-not-public on //storage.googleapis.com/no-such-*'],
    });
  });
});
