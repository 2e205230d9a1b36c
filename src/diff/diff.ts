/**
 * Compare two phiscan reports by finding fingerprint (check id + resource id): what started
 * failing, what stopped, what kept failing, and what kept failing at another severity.
 * Pure: `phiscan diff`, `scan --baseline` and the SARIF reporter's baselineState share it.
 */
import type { BaselineState, Finding, Severity, Status } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';

export interface FixedFinding {
  readonly fingerprint: string;
  readonly checkId: string;
  readonly resourceId: string;
  readonly severity: Severity;
  /** What the new report says: passing, not assessed, or absent (resource gone or check not run). */
  readonly now: Status | 'absent';
}

export interface SeverityChange {
  readonly finding: Finding;
  readonly from: Severity;
}

export interface ReportDiff {
  readonly new: readonly Finding[];
  readonly fixed: readonly FixedFinding[];
  /** Failing before, now excepted under a recorded exception: not fixed, accounted for. */
  readonly excepted: readonly Finding[];
  readonly unchanged: readonly Finding[];
  readonly changedSeverity: readonly SeverityChange[];
}

const failing = (findings: readonly Finding[]): Map<string, Finding> => new Map(findings.filter((f) => f.status === 'fail').map((f) => [f.fingerprint, f]));
const order = (a: { checkId: string; resourceId: string }, b: { checkId: string; resourceId: string }): number =>
  a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : a.resourceId < b.resourceId ? -1 : a.resourceId > b.resourceId ? 1 : 0;
const byFinding = (a: Finding, b: Finding): number => order({ checkId: a.checkId, resourceId: a.resource.id }, { checkId: b.checkId, resourceId: b.resource.id });

/** Failing findings only: passing and not-assessed findings are context, not changes; a failing finding now excepted is reported apart from the fixed ones. */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): ReportDiff {
  const old = failing(before);
  const cur = failing(after);
  const now = new Map(after.map((f) => [f.fingerprint, f]));
  const added: Finding[] = [];
  const unchanged: Finding[] = [];
  const changedSeverity: SeverityChange[] = [];
  for (const [fp, f] of cur) {
    const prev = old.get(fp);
    if (!prev) added.push(f);
    else if (prev.severity !== f.severity) changedSeverity.push({ finding: f, from: prev.severity });
    else unchanged.push(f);
  }
  const gone = [...old.values()].filter((f) => !cur.has(f.fingerprint));
  const excepted = gone.flatMap((f) => {
    const n = now.get(f.fingerprint);
    return n?.status === 'excepted' ? [n] : [];
  });
  const fixed: FixedFinding[] = gone
    .filter((f) => now.get(f.fingerprint)?.status !== 'excepted')
    .map((f) => ({ fingerprint: f.fingerprint, checkId: f.checkId, resourceId: f.resource.id, severity: f.severity, now: now.get(f.fingerprint)?.status ?? 'absent' }));
  return {
    new: added.sort(byFinding),
    fixed: fixed.sort(order),
    excepted: excepted.sort(byFinding),
    unchanged: unchanged.sort(byFinding),
    changedSeverity: changedSeverity.sort((a, b) => byFinding(a.finding, b.finding)),
  };
}

export function diffReports(before: ScanReport, after: ScanReport): ReportDiff {
  return diffFindings(before.findings, after.findings);
}

/** The baseline state of each failing finding, by fingerprint (what `scan --baseline` records). */
export function baselineStates(diff: ReportDiff): Map<string, BaselineState> {
  const states = new Map<string, BaselineState>();
  for (const f of diff.new) states.set(f.fingerprint, 'new');
  for (const f of diff.unchanged) states.set(f.fingerprint, 'unchanged');
  for (const c of diff.changedSeverity) states.set(c.finding.fingerprint, 'updated');
  return states;
}

/** Findings with `baselineState` set on the failing ones; other findings unchanged. */
export function markBaseline(findings: readonly Finding[], baseline: readonly Finding[]): { findings: Finding[]; diff: ReportDiff } {
  const diff = diffFindings(baseline, findings);
  const states = baselineStates(diff);
  return {
    diff,
    findings: findings.map((f) => {
      const state = states.get(f.fingerprint);
      return state && f.status === 'fail' ? { ...f, baselineState: state } : f;
    }),
  };
}

/** New failing findings that are not suppressed: what `phiscan diff` exits 1 on. */
export function newUnsuppressed(diff: ReportDiff): Finding[] {
  return diff.new.filter((f) => !f.suppression);
}
