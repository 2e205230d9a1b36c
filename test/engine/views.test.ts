import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildViews, countByStatus } from '../../src/engine/views.js';
import { parseScanReport } from '../../reports/json/read.js';
import type { CheckMeta } from '../../src/engine/check-api.js';
import type { Finding } from '../../src/model/finding.js';
import { REQUIREMENT_STATUSES, type ScanReport } from '../../src/model/report.js';
import { CURRENT_RULE } from '../../src/nprm/current-rule.js';

const root = join(import.meta.dirname, '..', '..');
let report: ScanReport;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'phiscan-views-'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'demo', '-q', '-o', out, '--attestations', join(root, 'examples/phiscan-attestations.yaml')], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1795000000' },
  });
  expect(r.status, r.stderr).toBe(1);
  report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as ScanReport;
});

const live = (fs: readonly Finding[]) => fs.filter((f) => !f.suppression);

describe('NPRM and current-rule views of the demo report', () => {
  it('NPRM counts are exactly the findings mapped to each requirement', () => {
    for (const q of report.requirements) expect(q.counts, q.id).toEqual(countByStatus(live(report.findings).filter((f) => f.requirements.includes(q.id))));
  });

  it('current-rule counts are exactly the findings of the checks that evidence each item', () => {
    for (const i of report.currentRule) {
      expect(i.counts, i.citation).toEqual(countByStatus(live(report.findings).filter((f) => i.checkIds.includes(f.checkId))));
      const viaNprm = report.checks.filter((c) => c.requirements.some((r) => i.evidencedBy.includes(r))).map((c) => c.id);
      for (const id of viaNprm) expect(i.checkIds, `${i.citation} misses ${id}`).toContain(id);
    }
  });

  it('summary counts per view tally the statuses', () => {
    for (const s of REQUIREMENT_STATUSES) {
      expect(report.summary.views.nprm[s]).toBe(report.requirements.filter((q) => q.status === s).length);
      expect(report.summary.views.currentRule[s]).toBe(report.currentRule.filter((i) => i.status === s).length);
    }
    expect(Object.values(report.summary.views.currentRule).reduce((a, b) => a + b, 0)).toBe(CURRENT_RULE.length);
  });

  it('every failing finding shows in both views', () => {
    for (const f of live(report.findings).filter((x) => x.status === 'fail')) {
      expect(report.requirements.some((q) => f.requirements.includes(q.id) && q.status === 'fail'), f.checkId).toBe(true);
      expect(report.currentRule.some((i) => i.checkIds.includes(f.checkId) && i.status === 'fail'), f.checkId).toBe(true);
    }
  });

  it('neither view hides the other\'s gaps', () => {
    const nprm = new Map(report.requirements.map((q) => [q.id, q.status]));
    for (const q of report.requirements.filter((x) => x.status !== 'pass' && x.status !== 'no-resources')) {
      // Each NPRM gap shows on at least one current-rule item that is not a pass.
      expect(report.currentRule.some((i) => i.evidencedBy.includes(q.id) && i.status !== 'pass'), q.id).toBe(true);
    }
    for (const i of report.currentRule.filter((x) => x.status === 'pass')) {
      for (const id of i.evidencedBy) expect(['pass', 'no-resources'], `${i.citation} passes over ${id}`).toContain(nprm.get(id));
    }
    // Current-rule items with no NPRM counterpart are shown as gaps, not passes.
    for (const i of report.currentRule.filter((x) => x.evidencedBy.length === 0 && x.checkIds.length === 0)) expect(['not-assessable-by-configuration', 'no-checks']).toContain(i.status);
  });

  it('attestations: overdue and missing never pass, in either view', () => {
    const incident = report.requirements.find((q) => q.id === 'incident-response')!;
    expect(incident.attestation).toMatchObject({ status: 'fail', overdueSince: '2026-10-01' });
    expect(incident.status).toBe('fail');
    expect(report.currentRule.find((i) => i.citation === '164.308(a)(6)(ii)')?.status).toBe('fail');
    for (const q of report.requirements) if (q.attestation && q.attestation.status !== 'pass') expect(q.status, q.id).not.toBe('pass');
    // Vulnerability scanning is attested within 6 months, but configuration fails: both are needed.
    const vuln = report.requirements.find((q) => q.id === 'vulnerability-scanning')!;
    expect(vuln.attestation?.status).toBe('pass');
    expect(vuln.configStatus).toBe('fail');
    expect(vuln.status).toBe('fail');
    // Penetration testing has no configuration evidence: the attestation decides.
    expect(report.requirements.find((q) => q.id === 'penetration-testing')).toMatchObject({ configStatus: 'not-assessable-by-configuration', status: 'pass' });
  });

  it('a report read back without its views gets the same views from its findings', () => {
    const old = JSON.parse(JSON.stringify(report)) as Record<string, unknown> & { summary: Record<string, unknown>; requirements: Record<string, unknown>[] };
    delete old.currentRule;
    delete old.attestations;
    delete old.summary.views;
    for (const q of old.requirements) {
      delete q.configStatus;
      delete q.attestation;
    }
    const upgraded = parseScanReport(old).report;
    const fresh = buildViews({ checks: report.checks, findings: report.findings });
    expect(upgraded.currentRule).toEqual(fresh.currentRule);
    expect(upgraded.requirements.map((q) => q.configStatus)).toEqual(report.requirements.map((q) => q.configStatus));
  });
});

describe('views on synthetic findings', () => {
  const meta = (id: string, requirements: CheckMeta['requirements'], currentRule: string[]): CheckMeta =>
    ({ id, requirements, currentRule, title: id, severity: 'high', provider: 'aws', service: 's', resourceTypes: [], rationale: '', remediation: { summary: '', console: '', cli: '', terraform: '' }, references: [] });
  const finding = (checkId: string, status: Finding['status'], requirements: Finding['requirements'], suppressed = false): Finding =>
    ({ checkId, status, requirements, severity: 'high', ephi: false, message: '', evidence: [], remediation: '', fingerprint: checkId, resource: { id: 'r', type: 'aws.s3.bucket', provider: 'aws', name: 'r', account: undefined, region: undefined, source: { kind: 'scope' } }, ...(suppressed ? { suppression: { reason: 'x', source: 'config' } } : {}) });

  it('suppressed findings count in neither view; a direct current-rule citation counts', () => {
    const checks = [meta('enc', ['encryption-at-rest'], ['45 CFR 164.312(a)(2)(iv)']), meta('pw', ['mfa'], ['45 CFR 164.308(a)(5)(ii)(D)'])];
    const v = buildViews({ checks, findings: [finding('enc', 'pass', ['encryption-at-rest']), finding('enc', 'fail', ['encryption-at-rest'], true), finding('pw', 'fail', ['mfa'])] });
    expect(v.requirements.find((q) => q.id === 'encryption-at-rest')).toMatchObject({ status: 'pass', counts: { pass: 1, fail: 0, not_assessed: 0 } });
    expect(v.currentRule.find((i) => i.citation === '164.312(a)(2)(iv)')).toMatchObject({ status: 'pass', checkIds: ['enc'] });
    expect(v.currentRule.find((i) => i.citation === '164.308(a)(5)(ii)(D)')).toMatchObject({ status: 'fail', checkIds: ['pw'], counts: { fail: 1, pass: 0, not_assessed: 0 } });
    // The standard takes its specifications' evidence: access control fails nowhere here, but its emergency-access spec has no checks.
    expect(v.currentRule.find((i) => i.citation === '164.312(a)(1)')?.status).toBe('no-checks');
  });
});
