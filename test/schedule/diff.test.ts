import { describe, expect, it } from 'vitest';
import { diffFindings, markBaseline, newUnsuppressed } from '../../src/diff/diff.js';
import { renderDiff } from '../../src/diff/render.js';
import type { Finding, Severity, Status } from '../../src/model/finding.js';
import type { ScanReport } from '../../src/model/report.js';

const f = (id: string, status: Status, severity: Severity = 'high', extra: Partial<Finding> = {}): Finding =>
  ({ checkId: `check-${id}`, status, severity, requirements: ['encryption-at-rest'], resource: { id: `res|${id}` }, fingerprint: `fp-${id}`, message: '', evidence: [], ephi: false, remediation: '', ...extra }) as unknown as Finding;

const report = (startedAt: string, findings: Finding[]): ScanReport => ({ run: { startedAt }, catalog: { version: '2026.11.0' }, tool: { version: '0.1.0' }, findings }) as unknown as ScanReport;

describe('diff by fingerprint', () => {
  const before = [f('kept', 'fail'), f('fixed', 'fail'), f('gone', 'fail', 'low'), f('raised', 'fail', 'medium'), f('was-pass', 'pass')];
  const after = [f('kept', 'fail'), f('fixed', 'pass'), f('raised', 'fail', 'critical'), f('was-pass', 'fail'), f('brand-new', 'fail', 'low', { suppression: { reason: 'ok', source: 'suppressions-file' } })];

  it('classifies new, fixed (passing or absent), unchanged and changed severity', () => {
    const d = diffFindings(before, after);
    expect(d.new.map((x) => x.fingerprint)).toEqual(['fp-brand-new', 'fp-was-pass']);
    expect(d.fixed.map((x) => [x.fingerprint, x.now])).toEqual([['fp-fixed', 'pass'], ['fp-gone', 'absent']]);
    expect(d.unchanged.map((x) => x.fingerprint)).toEqual(['fp-kept']);
    expect(d.changedSeverity.map((c) => [c.finding.fingerprint, c.from, c.finding.severity])).toEqual([['fp-raised', 'medium', 'critical']]);
    expect(newUnsuppressed(d).map((x) => x.fingerprint)).toEqual(['fp-was-pass']);
  });

  it('reports a failing finding that is now excepted apart from the fixed ones; one whose exception lapsed is new', () => {
    const exception = { requirement: 'encryption-at-rest' as const, ground: '164.312(b)(3)(i)', groundTitle: 'g', compensatingControl: 'c', owner: 'o', reviewBy: '2027-01-01', entry: 1 };
    const d = diffFindings([f('legacy', 'fail'), f('lapsed', 'excepted', 'high', { exception })], [f('legacy', 'excepted', 'high', { exception }), f('lapsed', 'fail')]);
    expect(d.excepted.map((x) => x.fingerprint)).toEqual(['fp-legacy']);
    expect(d.fixed).toEqual([]);
    expect(d.new.map((x) => x.fingerprint)).toEqual(['fp-lapsed']);
    expect(renderDiff(d, report('a', []), report('b', []), 'markdown')).toContain('| high | `check-legacy` | `res\\|legacy` | under proposed 45 CFR 164\\.312\\(b\\)\\(3\\)\\(i\\) until 2027\\-01\\-01 |');
  });

  it('scan --baseline marks failing findings new / unchanged / updated and leaves the rest alone', () => {
    const { findings } = markBaseline(after, before);
    expect(Object.fromEntries(findings.map((x) => [x.fingerprint, x.baselineState]))).toEqual({
      'fp-kept': 'unchanged', 'fp-fixed': undefined, 'fp-raised': 'updated', 'fp-was-pass': 'new', 'fp-brand-new': 'new',
    });
  });

  it('renders Markdown fit for a job summary, escaping table cells', () => {
    const nasty = f('x', 'fail', 'high', { resource: { id: 'arn:a|b`c\nd' } as Finding['resource'] });
    const md = renderDiff(diffFindings([], [nasty]), report('2026-11-01T00:00:00.000Z', []), report('2026-11-02T00:00:00.000Z', [nasty]), 'markdown');
    expect(md).toContain('### phiscan: 1 new, 0 fixed failing findings');
    expect(md).toContain("| high | `check-x` | `arn:a\\|b'c d` | encryption\\-at\\-rest |");
    const hostile = f('x', 'fail', 'high', { resource: { id: 'arn:@octocat\u001b]0;t\u0007' } as Finding['resource'] });
    const md2 = renderDiff(diffFindings([], [hostile]), report('a', []), report('b', [hostile]), 'markdown');
    expect(md2).toContain('| `arn:@octocat ]0;t` |');
    expect(md.split('\n').filter((l) => l.startsWith('|')).every((l) => l.endsWith('|'))).toBe(true);
    const many = Array.from({ length: 60 }, (_, i) => f(`n${String(i).padStart(2, '0')}`, 'fail'));
    expect(renderDiff(diffFindings([], many), report('a', []), report('b', many), 'markdown')).toContain('and 10 more');
    const json = JSON.parse(renderDiff(diffFindings(before, after), report('a', before), report('b', after), 'json')) as { counts: unknown };
    expect(json.counts).toEqual({ new: 2, fixed: 2, excepted: 0, unchanged: 1, changedSeverity: 1 });
  });
});
