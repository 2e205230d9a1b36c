/**
 * A synthetic report with an attestations section, judged on its run date as `--attestations`
 * would: one current entry with an https evidence link, one due within 90 days, one overdue, and
 * hostile evidence, owner and note strings that must stay text in every reporter.
 */
import { utcCalendarDate } from '../../src/attest/calendar-date.js';
import { evaluateAttestations, scopeUnitsOf } from '../../src/attest/evaluate.js';
import type { AttestationsDoc } from '../../src/attest/file.js';
import { buildViews } from '../../src/engine/views.js';
import type { ScanReport } from '../../src/model/report.js';

export const HOSTILE_EVIDENCE = 'javascript:alert(1)';
export const HOSTILE_OWNER = '<img src=x onerror="window.__pwned=7"> | **owner**';
export const SAFE_EVIDENCE = 'https://tickets.example.org/PT-1?a=1&b=2';

/** For a run on 2026-01-01: penetration testing current, vulnerability scanning due 2026-02-01, risk analysis overdue. */
export const ATTESTATIONS: AttestationsDoc = {
  version: 1,
  attestations: [
    { requirement: 'penetration-testing', performed: '2025-12-01', attestedBy: 'Dana Reyes (CISO)', evidence: SAFE_EVIDENCE, note: 'external tester' },
    { requirement: 'vulnerability-scanning', performed: '2025-08-01', attestedBy: 'Sam Okafor', owner: HOSTILE_OWNER, evidence: 'data:text/html,<script>window.__pwned=8</script>' },
    { requirement: 'risk-analysis', performed: '2024-06-01', attestedBy: 'Dana Reyes (CISO)', evidence: HOSTILE_EVIDENCE, note: '</td><script>window.__pwned=9</script>' },
  ],
};

export function withAttestations(report: ScanReport, doc: AttestationsDoc = ATTESTATIONS): ScanReport {
  const runDate = utcCalendarDate(new Date(report.run.startedAt));
  const evaluation = evaluateAttestations(doc, 'phiscan-attestations.yaml', runDate, scopeUnitsOf(report.resources));
  const views = buildViews({ checks: report.checks, findings: report.findings, attestations: evaluation.byRequirement });
  return { ...report, summary: { ...report.summary, views: views.counts }, requirements: views.requirements, currentRule: views.currentRule, attestations: evaluation.section };
}
