import { SEVERITIES, severityRank, type Finding } from '../../src/model/finding.js';
import { utcCalendarDate } from '../../src/attest/calendar-date.js';
import { dueReport } from '../../src/attest/due.js';
import { nothingAssessed, nothingAssessedText, REQUIREMENT_STATUSES, unreadProviders, type RequirementAttestation, type RequirementId, type FindingList, type ScanReport } from '../../src/model/report.js';
import { formatProposedCitation } from '../../src/nprm/index.js';
import type { Reporter } from '../types.js';
// Untrusted text in the summary goes through the one Markdown escaper.
import { markdownText as md } from '../../src/lib/text.js';
import { countOf, filterOf, leastN, pushAll } from '../../src/lib/arrays.js';

/** Rows shown in each table; the JSON, SARIF and HTML reports hold the rest. */
export const TOP_FINDINGS = 20;
export const TOP_GAPS = 20;
/** Attestations due within this many days of the run date are listed with the overdue ones. */
export const DUE_WINDOW_DAYS = 90;

/** A count from the (possibly hand-edited) JSON report: printed only if it is a number. */
function n(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '?';
}

function resourceText(f: Finding): string {
  const s = f.resource.source;
  const where = s.kind === 'iac' ? `${s.file}:${s.line}` : [f.resource.account, f.resource.region].filter(Boolean).join('/');
  return `${md(f.resource.name)}${where ? ` (${md(where)})` : ''}`;
}

/** The run date attestations are judged on: the UTC calendar date of `run.startedAt`. */
function runDate(report: ScanReport<FindingList>): string | undefined {
  const d = new Date(report.run.startedAt);
  return Number.isNaN(d.getTime()) ? report.attestations?.asOf : utcCalendarDate(d);
}

function viewCounts(report: ScanReport<FindingList>): string[] {
  const v = report.summary.views;
  return [
    '### NPRM readiness and current-rule compliance',
    '',
    'Requirements per status in each view. Both come from the same findings and attestations; a requirement passes only when all its deciding evidence passes, gaps (not assessed, not assessable) never count as passes, and "excepted" means passing except for findings under a recorded exception. Practices beyond the NPRM (key management) are not counted as NPRM readiness.',
    '',
    '| status | NPRM requirements | current-rule standards and specifications |',
    '|---|--:|--:|',
    ...REQUIREMENT_STATUSES.map((st) => `| ${md(st)} | ${n(v.nprm[st])} | ${n(v.currentRule[st])} |`),
    '',
  ];
}

function currentRuleTable(report: ScanReport<FindingList>): string[] {
  const items = report.currentRule;
  const failing = items.filter((i) => i.status === 'fail').length;
  return [
    '### Current Security Rule (45 CFR 164.308-316)',
    '',
    `${failing} of ${items.length} standards and implementation specifications fail on configuration evidence; ${items.filter((i) => i.status === 'pass').length} pass. Each is judged as the current text reads: NPRM-only measures (MFA, customer-managed keys, NPRM periods) are supporting evidence and never fail an item; this view evaluates configuration and attestations only, not compliance as a whole.`,
    '',
    // Collapsed: the table is long, and the counts above summarize it.
    '<details><summary>Every standard and implementation specification</summary>',
    '',
    '| 45 CFR | standard / specification | designation | status | note |',
    '|---|---|---|---|---|',
    ...items.map((i) => {
      const supporting = i.supportingCheckIds.length;
      const note = [i.statusNote ?? '', supporting > 0 ? `${supporting} supporting checks` : ''].filter(Boolean).join('; ');
      return `| ${md(i.citation)} | ${md(i.title)} | ${i.kind === 'standard' ? 'standard' : md(i.designation)} | ${md(i.status)} | ${note ? md(note) : ''} |`;
    }),
    '',
    '</details>',
    '',
  ];
}

function attestationsDue(report: ScanReport<FindingList>): string[] {
  const a = report.attestations;
  const asOf = runDate(report);
  if (!a || !asOf) return ['### Attestations', '', 'No attestations file was given: process requirements are not assessed.', ''];
  const byRequirement = new Map<RequirementId, RequirementAttestation>(report.requirements.flatMap((r) => (r.attestation ? [[r.id, r.attestation] as const] : [])));
  const due = dueReport(byRequirement, asOf, [DUE_WINDOW_DAYS], a.scopeUnits);
  const listed = due.items.filter((i) => i.state === 'overdue' || i.state === 'due');
  const lines = [
    '### Attestations',
    '',
    `As of ${md(asOf)}: **${due.counts.overdue} overdue**, ${due.counts.due[String(DUE_WINDOW_DAYS)] ?? 0} due within ${DUE_WINDOW_DAYS} days, ${due.counts.missing} never attested (${a.entries.length} entries in ${md(a.file)}).`,
    '',
  ];
  if (listed.length === 0) return [...lines, `Nothing overdue or due within ${DUE_WINDOW_DAYS} days.`, ''];
  return [
    ...lines,
    '| requirement | owner | last performed | due | state |',
    '|---|---|---|---|---|',
    ...listed.map((i) => `| ${md(i.title)} (${md(i.requirement)}) | ${md(i.owner ?? '(unassigned)')} | ${md(i.lastPerformed ?? '-')} | ${md(i.dueDate ?? '-')} | ${i.state === 'overdue' ? '**overdue**' : `due in ${n(i.daysLeft)} days`} |`),
    '',
  ];
}

function exceptionsTable(report: ScanReport<FindingList>): string[] {
  const list = report.attestations?.exceptions ?? [];
  if (list.length === 0) return [];
  return [
    '### Recorded exceptions',
    '',
    `${list.filter((e) => e.state === 'active').length} active, ${list.filter((e) => e.state === 'expired').length} past their review date (no longer applied); ${n(report.summary.findings.excepted)} findings excepted.`,
    '',
    '| requirement | ground (proposed) | owner | review by | state | findings | compensating control |',
    '|---|---|---|---|---|--:|---|',
    ...list.map((e) => `| ${md(e.requirement)} | ${md(`${e.ground}: ${e.groundTitle}`)} | ${md(e.owner)} | ${md(e.reviewBy)} | ${e.state === 'expired' ? '**expired**' : 'active'} | ${n(e.findings)} | ${md(e.compensatingControl)} |`),
    '',
  ];
}

export function renderMarkdown(report: ScanReport<FindingList>): string {
  const s = report.summary;
  const unread = unreadProviders(report);
  const sev = SEVERITIES.filter((v) => s.failuresBySeverity[v] > 0).map((v) => `${s.failuresBySeverity[v]} ${v}`).join(', ');
  const isFailing = (f: Finding): boolean => f.status === 'fail' && !f.suppression;
  const failing = countOf(report.findings, isFailing);
  const top = leastN(filterOf(report.findings, isFailing), TOP_FINDINGS, (a, b) => severityRank(a.severity) - severityRank(b.severity) || Number(b.ephi) - Number(a.ephi));
  const titles = new Map(report.checks.map((c) => [c.id, c.title]));
  const lines: string[] = [
    '## phiscan: HIPAA Security Rule NPRM scan',
    '',
    `> ${md(report.catalog.statusNote)}`,
    '',
    `**${failing} failing**${sev ? ` (${md(sev)})` : ''}, **${n(s.findings.not_assessed)} not assessed**, ${n(s.findings.excepted)} excepted, ${n(s.findings.pass)} passing, ${n(s.suppressed)} suppressed, on ${n(s.resources)} resources. ` +
      (nothingAssessed(s) ? `Coverage: **nothing assessed**: ${md(nothingAssessedText(s))}.` : `Coverage: **${md(s.coverage)}**${report.gaps.length > 0 ? ` (${report.gaps.length} coverage gaps)` : ''}.${unread.length > 0 ? ` **Nothing was read from ${md(unread.join(', '))}**: every read failed.` : ''}`),
    '',
    '### By NPRM requirement',
    '',
    '| requirement | proposed | current rule | status | fail | excepted | not assessed | pass |',
    '|---|---|---|---|--:|--:|--:|--:|',
    ...report.requirements
      .filter((r) => r.checkIds.length > 0)
      .map(
        (r) =>
          `| ${md(r.title)} (${md(r.id)}) | ${md(formatProposedCitation(r))} | ${r.currentCitation ? md(r.currentCitation) : 'new'} | ${md(r.status)} | ${n(r.counts.fail)} | ${n(r.counts.excepted)} | ${n(r.counts.not_assessed)} | ${n(r.counts.pass)} |`,
      ),
    '',
  ];
  // With attestations these requirements have a status of their own: say it, so a failure is not hidden.
  const uncovered = report.requirements.filter((r) => r.checkIds.length === 0).map((r) => {
    const supporting = r.supportingCheckIds.length;
    const detail = [...(r.attestation ? [md(r.status)] : []), ...(supporting > 0 ? [`${supporting} supporting checks`] : [])];
    return `${md(r.id)}${detail.length > 0 ? ` (${detail.join(', ')})` : ''}`;
  });
  if (uncovered.length > 0) lines.push(`Not decided by cloud configuration (process or documentation evidence, or no checks; supporting checks never pass them): ${uncovered.join(', ')}.`, '');
  pushAll(lines, [...viewCounts(report), ...currentRuleTable(report), ...attestationsDue(report), ...exceptionsTable(report)]);
  lines.push(`### Top failing findings`, '');
  if (top.length === 0) lines.push('No failing findings.', '');
  else {
    lines.push('| severity | check | resource | message |', '|---|---|---|---|');
    for (const f of top) lines.push(`| ${md(f.severity)}${f.ephi ? ' (ePHI)' : ''} | ${md(titles.get(f.checkId) ?? f.checkId)} (${md(f.checkId)}) | ${resourceText(f)} | ${md(f.message)} |`);
    if (failing > top.length) lines.push('', `${failing - top.length} more failing findings are in the full report.`);
    lines.push('');
  }
  lines.push('### Coverage gaps', '');
  if (report.gaps.length === 0) lines.push('None: every API call in scope succeeded.', '');
  else {
    lines.push('| scope | API | reason | not assessed |', '|---|---|---|---|');
    for (const g of report.gaps.slice(0, TOP_GAPS)) {
      lines.push(`| ${md(`${g.provider}/${g.account ?? '*'}/${g.region ?? '*'}`)} | ${md(`${g.service}:${g.operation}`)} | ${md(`${g.reason}${g.errorCode ? ` (${g.errorCode})` : ''}: ${g.message}`)} | ${md(g.resourceTypes.join(', '))} |`);
    }
    if (report.gaps.length > TOP_GAPS) lines.push('', `${report.gaps.length - TOP_GAPS} more coverage gaps are in the full report.`);
    lines.push('');
  }
  const inputs = report.run.inputs.map((i) => `${md(i.kind)} (${md(i.scope.join(', '))})`).join('; ');
  lines.push('### Run', '', `phiscan ${md(report.run.command)} ${md(report.tool.version)}, ${md(report.run.startedAt)}; inputs: ${inputs || 'none'}; catalog ${md(report.catalog.version)}.`, '');
  return lines.join('\n');
}

export const markdownReporter: Reporter = {
  format: 'markdown',
  description: 'Markdown summary for CI job summaries (counts in both views, per-requirement and current-rule tables, attestations due, top failures, coverage gaps)',
  render: (report) => Promise.resolve([{ name: 'phiscan-summary.md', content: renderMarkdown(report) }]),
};
