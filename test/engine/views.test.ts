import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiscan } from '../helpers/cli.js';
import { buildViews, countByStatus } from '../../src/engine/views.js';
import { parseScanReport } from '../../reports/json/read.js';
import type { Finding } from '../../src/model/finding.js';
import { REQUIREMENT_STATUSES, type ScanReport } from '../../src/model/report.js';
import { CURRENT_RULE } from '../../src/nprm/current-rule.js';

const root = join(import.meta.dirname, '..', '..');
let report: ScanReport;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'phiscan-views-'));
  const r = await phiscan(['demo', '-q', '-o', out, '--attestations', join(root, 'examples/phiscan-attestations.yaml')], { env: { SOURCE_DATE_EPOCH: '1795000000' } });
  expect(r.code, r.stderr).toBe(1);
  report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as ScanReport;
});

const live = (fs: readonly Finding[]) => fs.filter((f) => !f.suppression);

describe('NPRM and current-rule views of the demo report', () => {
  it('NPRM counts are exactly the findings mapped to each requirement: deciding, or supporting for a process requirement', () => {
    for (const q of report.requirements) {
      const mine = countByStatus(live(report.findings).filter((f) => f.requirements.includes(q.id)));
      expect(q.cloudEvidence === 'none' ? q.supportingCounts : q.counts, q.id).toEqual(mine);
      if (q.cloudEvidence === 'none') expect(q.checkIds, q.id).toEqual([]);
    }
  });

  it('current-rule counts are exactly the findings of the checks that evidence (or support) each item', () => {
    for (const i of report.currentRule) {
      expect(i.counts, i.citation).toEqual(countByStatus(live(report.findings).filter((f) => i.checkIds.includes(f.checkId))));
      expect(i.supportingCounts, i.citation).toEqual(countByStatus(live(report.findings).filter((f) => i.supportingCheckIds.includes(f.checkId))));
      expect(i.checkIds.filter((id) => i.supportingCheckIds.includes(id)), i.citation).toEqual([]);
    }
  });

  it('summary counts per view tally the statuses; requirements beyond the NPRM are not NPRM readiness', () => {
    for (const s of REQUIREMENT_STATUSES) {
      expect(report.summary.views.nprm[s]).toBe(report.requirements.filter((q) => q.status === s && q.proposedCitation !== null).length);
      expect(report.summary.views.currentRule[s]).toBe(report.currentRule.filter((i) => i.status === s).length);
    }
    expect(Object.values(report.summary.views.currentRule).reduce((a, b) => a + b, 0)).toBe(CURRENT_RULE.length);
    expect(report.requirements.find((q) => q.id === 'key-management')).toMatchObject({ proposedCitation: null, status: 'fail' });
  });

  it('every failing finding shows in the NPRM view, failing a requirement or as supporting evidence of a process requirement', () => {
    for (const f of live(report.findings).filter((x) => x.status === 'fail')) {
      const shown = report.requirements.some((q) => f.requirements.includes(q.id) && (q.status === 'fail' || q.supportingCheckIds.includes(f.checkId)));
      expect(shown, f.checkId).toBe(true);
    }
  });

  it('a current-rule item fails only on findings of checks that evidence it as the current text reads', () => {
    const meta = new Map(report.checks.map((c) => [c.id, c]));
    for (const i of report.currentRule.filter((x) => x.status === 'fail' && x.kind === 'implementation-specification')) {
      const failing = live(report.findings).filter((f) => f.status === 'fail' && i.checkIds.includes(f.checkId));
      expect(failing.length, i.citation).toBeGreaterThan(0);
      for (const f of failing) expect(meta.get(f.checkId)?.currentRule.some((c) => c.endsWith(i.citation)), `${i.citation} <- ${f.checkId}`).toBe(true);
    }
    // NPRM-only measures never decide the rule in force: MFA, customer-managed keys.
    expect(report.currentRule.find((i) => i.citation === '164.312(d)')?.status).not.toBe('fail');
    for (const i of report.currentRule) for (const id of i.checkIds) expect(meta.get(id)?.requirements, `${i.citation} decided by ${id}`).not.toContain('key-management');
  });

  it('attestations: overdue and missing never pass, in either view; the current rule sets no period, so overdue is not a failure there', () => {
    const incident = report.requirements.find((q) => q.id === 'incident-response')!;
    expect(incident.attestation).toMatchObject({ status: 'fail', overdueSince: '2026-10-01' });
    expect(incident.status).toBe('fail');
    const response = report.currentRule.find((i) => i.citation === '164.308(a)(6)(ii)')!;
    expect(response.status).toBe('not_assessed');
    expect(response.statusNote).toContain('the current rule sets no fixed period');
    for (const q of report.requirements) if (q.attestation && q.attestation.status !== 'pass') expect(q.status, q.id).not.toBe('pass');
    // Vulnerability scanning is attested within 6 months, but configuration fails: both are needed.
    const vuln = report.requirements.find((q) => q.id === 'vulnerability-scanning')!;
    expect(vuln.attestation?.status).toBe('pass');
    expect(vuln.configStatus).toBe('fail');
    expect(vuln.status).toBe('fail');
    // Penetration testing has no configuration evidence: the attestation decides, in both views.
    expect(report.requirements.find((q) => q.id === 'penetration-testing')).toMatchObject({ configStatus: 'not-assessable-by-configuration', status: 'pass' });
    expect(report.currentRule.find((i) => i.citation === '164.308(a)(1)(ii)(A)')).toMatchObject({ status: 'pass', attestation: { status: 'pass' } });
  });

  it('a report read back without its views gets the same views from its findings', () => {
    const old = JSON.parse(JSON.stringify(report)) as Record<string, unknown> & { summary: Record<string, unknown>; requirements: Record<string, unknown>[] };
    delete old.currentRule;
    delete old.attestations;
    delete old.summary.views;
    for (const q of old.requirements) {
      delete q.configStatus;
      delete q.attestation;
      delete q.supportingCheckIds;
    }
    const upgraded = parseScanReport(old).report;
    const fresh = buildViews({ checks: report.checks, findings: report.findings });
    expect(upgraded.currentRule).toEqual(fresh.currentRule);
    expect(upgraded.requirements.map((q) => q.configStatus)).toEqual(report.requirements.map((q) => q.configStatus));
    expect(upgraded.summary.findings).toEqual(countByStatus(report.findings));
  });
});
