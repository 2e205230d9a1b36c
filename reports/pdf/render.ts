/**
 * The audit-ready PDF: cover (scope, run metadata, catalog "as of"), table of contents, both
 * views (NPRM readiness and current-rule compliance), attestations with due dates, failing
 * findings with evidence and remediation, coverage gaps; page numbers on every page.
 *
 * Built with pdfkit and its standard fonts (no font files, no browser). Deterministic: the
 * document dates come from the report's run metadata (so pdfkit's file id, a hash of the info
 * dictionary, is stable too) and nothing reads the clock, so the same JSON gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { SEVERITIES, type Finding } from '../../src/model/finding.js';
import { nothingAssessed, nothingAssessedText, type CurrentRuleSummary, type EvaluatedException, type RequirementStatus, type RequirementSummary, type FindingList, type ScanReport } from '../../src/model/report.js';
import { formatProposedCitation } from '../../src/nprm/index.js';
import type { CheckMeta } from '../../src/engine/check-api.js';
import { CURRENT_RULE_META } from '../../src/nprm/current-rule.js';
import { pdfText } from './text.js';
import { countOf, filterOf, headAndCount } from '../../src/lib/arrays.js';

/** Failing resources listed per check; the rest are counted and left to the JSON/SARIF reports. */
export const PDF_FINDINGS_PER_CHECK = 100;

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MONO = 'Courier';
const GREY = '#555555';

const STATUS_LABEL: Record<RequirementStatus, string> = {
  fail: 'FAIL',
  not_assessed: 'not assessed',
  'no-checks': 'no checks',
  'not-assessable-by-configuration': 'not assessable by configuration',
  excepted: 'pass with recorded exceptions',
  pass: 'pass',
  'no-resources': 'no resources',
};

type Doc = PDFKit.PDFDocument;
type Cell = string | { text: string; font?: { src: string }; textColor?: string; type?: 'TH' | 'TD' };

interface Section {
  readonly title: string;
  readonly page: number;
}

export function renderPdf(report: ScanReport<FindingList>): Uint8Array {
  const when = new Date(report.run.startedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: 'phiscan compliance evidence report',
      Author: `phiscan ${report.tool.version}`,
      Subject: 'HIPAA Security Rule: configuration evidence against the current rule and NPRM (RIN 0945-AA22) readiness',
      Keywords: 'HIPAA, Security Rule, NPRM, 45 CFR 164, attestations',
      Creator: `phiscan ${report.tool.version}`,
      CreationDate: when,
      ModDate: when,
    },
  });
  const sections: Section[] = [];
  cover(doc, report);
  doc.addPage();
  const tocPage = doc.bufferedPageRange().count - 1;
  const section = (title: string): void => {
    doc.addPage();
    sections.push({ title, page: doc.bufferedPageRange().count - 1 });
    doc.outline.addItem(title);
    doc.font(BOLD).fontSize(16).fillColor('black').text(`${sections.length}. ${title}`);
    doc.moveDown(0.5).font(FONT).fontSize(9);
  };

  section('Summary');
  summary(doc, report);
  section('NPRM readiness (proposed rule)');
  nprmView(doc, report.requirements);
  section('Current Security Rule (45 CFR 164.308-316)');
  currentView(doc, report.currentRule);
  section('Attestations and due dates');
  attestations(doc, report);
  section('Recorded exceptions and excepted findings');
  exceptions(doc, report);
  section('Failing findings');
  failingFindings(doc, report);
  section('Coverage gaps and not-assessed findings');
  coverage(doc, report);

  toc(doc, tocPage, sections);
  pageNumbers(doc, report);
  doc.end();
  const chunks: Buffer[] = [];
  for (let c = doc.read() as Buffer | null; c !== null; c = doc.read() as Buffer | null) chunks.push(c);
  return new Uint8Array(Buffer.concat(chunks));
}

function para(doc: Doc, text: string, opts: { bold?: boolean; size?: number; color?: string; gap?: number } = {}): void {
  doc.font(opts.bold ? BOLD : FONT).fontSize(opts.size ?? 9).fillColor(opts.color ?? 'black').text(text, MARGIN, undefined, { width: doc.page.width - 2 * MARGIN });
  if (opts.gap !== undefined) doc.moveDown(opts.gap);
}

function heading(doc: Doc, text: string): void {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.6);
  para(doc, text, { bold: true, size: 11, gap: 0.3 });
}

function table(doc: Doc, header: readonly string[] | null, rows: readonly (readonly Cell[])[], widths: readonly (number | string)[]): void {
  doc.font(FONT).fontSize(8).fillColor('black');
  doc.x = MARGIN;
  const t = doc.table({ columnStyles: [...widths], defaultStyle: { padding: 3, border: 0.5, borderColor: '#999999' } });
  if (header) t.row(header.map((h) => ({ text: h, font: { src: BOLD }, backgroundColor: '#e8e8e8', type: 'TH' as const })));
  for (const r of rows) t.row(r.map((c) => (typeof c === 'string' ? pdfText(c) : { ...c, text: pdfText(c.text) })));
  t.end();
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

function kv(doc: Doc, pairs: readonly (readonly [string, string])[]): void {
  table(doc, null, pairs.map(([k, v]) => [{ text: k, font: { src: BOLD } }, v]), [140, '*']);
}

/** User-written checks (`--checks-dir`) that judged the run: an auditor must see which rules were not phiscan's. */
function customChecks(r: ScanReport<FindingList>): [string, string][] {
  const custom = r.checks.flatMap((c) => (c.custom ? [`${c.id} (${c.custom.file}, sha256 ${c.custom.sha256.slice(0, 12)})`] : []));
  return custom.length > 0 ? [['User-written checks', custom.join('\n')]] : [];
}

function cover(doc: Doc, r: ScanReport<FindingList>): void {
  doc.font(BOLD).fontSize(22).text('phiscan compliance evidence report', MARGIN, 90);
  doc.moveDown(0.3);
  para(doc, 'HIPAA Security Rule: configuration evidence against the current rule (45 CFR 164.308-316) and readiness for the proposed rule (NPRM, RIN 0945-AA22). Both views evaluate cloud configuration and the attestations given only; neither is a determination of compliance.', { size: 12, color: GREY, gap: 1.2 });
  const units = r.attestations?.scopeUnits ?? [...new Set(r.resources.filter((x) => x.account).map((x) => `${x.provider}:${x.account ?? ''}`))].sort();
  kv(doc, [
    ['Scope', r.run.inputs.map((i) => `${i.kind}: ${i.scope.join(', ') || '(all)'}`).join('\n') || '(none)'],
    ['Accounts / projects', units.join(', ') || '(none recorded)'],
    ['Identities', r.run.identities.join(', ') || '(none recorded)'],
    ['Command', `phiscan ${r.run.command}`],
    ['Run started', r.run.startedAt],
    ['Run finished', r.run.finishedAt],
    ['Options', `fail-on ${r.run.options.failOn}; strict ${r.run.options.strict}; checks ${r.run.options.checks.join(',') || 'all'}; skipped ${r.run.options.skipChecks.join(',') || 'none'}; requirements ${r.run.options.requirements.join(',') || 'all'}${r.run.shard ? `; shard ${r.run.shard.index}/${r.run.shard.count}` : ''}`],
    ['Tool', `phiscan ${r.tool.version}, report schema ${r.schemaVersion}`],
    ...customChecks(r),
    ['NPRM catalog', `${r.catalog.version} as of ${r.catalog.asOf}; ${r.catalog.federalRegister}; RIN ${r.catalog.rin}; ${r.catalog.status}${r.catalog.effectiveDate ? `\nEffective date: ${r.catalog.effectiveDate}. Compliance date: ${r.catalog.complianceDate ?? '-'}` : ''}`],
    ['Current-rule catalog', `as of ${CURRENT_RULE_META.asOf}; ${CURRENT_RULE_META.source}`],
    ['Attestations', r.attestations ? `${r.attestations.file}, judged on ${r.attestations.asOf} (UTC): ${r.attestations.entries.length} entries` : 'none given (process requirements are not assessed)'],
    ['Result', `${r.summary.resources} resources; ${r.summary.findings.fail} failing, ${r.summary.findings.excepted} excepted, ${r.summary.findings.not_assessed} not assessed, ${r.summary.findings.pass} passing findings; ${r.summary.gaps} coverage gaps (${nothingAssessed(r.summary) ? `nothing assessed: ${nothingAssessedText(r.summary)}` : `coverage ${r.summary.coverage}`})`],
  ]);
  doc.moveDown(0.5);
  para(doc, r.catalog.statusNote, { color: GREY, size: 8 });
}

function toc(doc: Doc, page: number, sections: readonly Section[]): void {
  doc.switchToPage(page);
  doc.font(BOLD).fontSize(16).fillColor('black').text('Contents', MARGIN, MARGIN);
  doc.moveDown(0.8);
  const width = doc.page.width - 2 * MARGIN;
  sections.forEach((s, i) => {
    const y = doc.y;
    doc.font(FONT).fontSize(11).text(`${i + 1}. ${s.title}`, MARGIN, y, { width: width - 60, lineBreak: false });
    doc.text(`page ${s.page + 1}`, MARGIN + width - 60, y, { width: 60, align: 'right', lineBreak: false });
    doc.moveDown(0.8);
  });
}

function pageNumbers(doc: Doc, r: ScanReport<FindingList>): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 32;
    doc.font(FONT).fontSize(7).fillColor(GREY);
    doc.text(pdfText(`phiscan ${r.tool.version} - run ${r.run.startedAt}`), MARGIN, y, { lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function countsRow(counts: Readonly<Record<string, number>>): string {
  return `${counts.fail ?? 0} / ${counts.excepted ?? 0} / ${counts.not_assessed ?? 0} / ${counts.pass ?? 0}`;
}

function supportingText(checkIds: readonly string[], counts: Readonly<Record<string, number>>): string {
  return checkIds.length > 0 ? `supporting only: ${checkIds.join(', ')} (F/E/NA/P ${countsRow(counts)})` : '';
}

const statusCell = (s: RequirementStatus): Cell => ({ text: STATUS_LABEL[s], ...(s === 'fail' ? { font: { src: BOLD }, textColor: '#b00020' } : {}) });

function summary(doc: Doc, r: ScanReport<FindingList>): void {
  para(doc, 'Both views are computed from the same findings and attestations, and evaluate configuration evidence only: they are not a determination of compliance. A requirement passes only when every piece of deciding evidence for it passes; "not assessed" and "not assessable by configuration" are gaps, never passes; a process requirement passes only on an attestation in date, its checks being supporting evidence. NPRM findings are "NPRM-aligned": the NPRM is a proposal and the current rule stays in force. Practices beyond the NPRM (key management) are not counted as NPRM readiness.', { gap: 0.5 });
  const v = r.summary.views;
  table(
    doc,
    ['Requirement status', 'NPRM readiness', 'Current rule'],
    (Object.keys(STATUS_LABEL) as RequirementStatus[]).map((s) => [STATUS_LABEL[s], String(v.nprm[s]), String(v.currentRule[s])]),
    ['*', 110, 110],
  );
  table(
    doc,
    ['Findings', 'Count'],
    [
      ['Failing (unsuppressed)', String(countOf(r.findings, (f) => f.status === 'fail' && !f.suppression))],
      ...SEVERITIES.map((s) => [`  failing, ${s}`, String(r.summary.failuresBySeverity[s])]),
      ['Excepted (recorded exceptions)', String(r.summary.findings.excepted)],
      ['Not assessed', String(r.summary.findings.not_assessed)],
      ['Passing', String(r.summary.findings.pass)],
      ['Suppressed', String(r.summary.suppressed)],
      ['Coverage gaps', String(r.summary.gaps)],
    ],
    ['*', 110],
  );
}

function attestationCell(q: RequirementSummary): string {
  const a = q.attestation;
  const own = a ? a.message : q.cloudEvidence === 'none' ? 'needs attestation' : '-';
  return [own, supportingText(q.supportingCheckIds, q.supportingCounts)].filter(Boolean).join('\n');
}

function nprmView(doc: Doc, reqs: readonly RequirementSummary[]): void {
  para(doc, 'Proposed citations use the NPRM\'s numbering with their basis: text (seen in the proposed regulatory text), quoted (quoted with citation by a secondary source), secondary (FR-checked when the source checked it against the Federal Register preamble), or paragraph unconfirmed (the section and standard are cited). Counts are failing / excepted / not assessed / passing findings. Key management is beyond the NPRM and not counted as readiness.', { gap: 0.5 });
  table(
    doc,
    ['Requirement', 'Proposed citation (basis)', 'Current rule', 'Status', 'F / E / NA / P', 'Attestation / supporting evidence'],
    reqs.map((q) => [
      `${q.title}\n${q.id}`,
      formatProposedCitation(q).replace(/^proposed 45 CFR /, ''),
      q.currentCitation ?? 'none',
      statusCell(q.status),
      countsRow(q.counts),
      attestationCell(q),
    ]),
    [100, 95, 75, 55, 50, '*'],
  );
}

function currentView(doc: Doc, items: readonly CurrentRuleSummary[]): void {
  para(doc, 'Standards and implementation specifications as in force, with their designation (Required or Addressable; standards are required). Each is judged as the current text reads, on configuration evidence and attestations only: checks that test the control the text names decide it; checks of measures the text does not set (MFA, customer-managed keys, TLS versions, NPRM periods) are supporting evidence and never fail it. An Addressable specification that fails must be implemented, or an equivalent alternative documented as reasonable. Items nothing evidences are shown as gaps.', { gap: 0.5 });
  table(
    doc,
    ['45 CFR', 'Title', 'R/A', 'Status', 'F / E / NA / P', 'Evidence'],
    items.map((i) => [
      i.citation,
      i.kind === 'standard' ? `Standard: ${i.title}` : `  ${i.title}`,
      i.kind === 'standard' ? 'Std' : i.designation === 'required' ? 'R' : 'A',
      statusCell(i.status),
      countsRow(i.counts),
      currentEvidence(i),
    ]),
    [85, 120, 25, 60, 50, '*'],
  );
}

function currentEvidence(i: CurrentRuleSummary): string {
  const lines = [
    i.statusNote ?? '',
    i.checkIds.length > 0 ? `checks: ${i.checkIds.join(', ')}` : '',
    i.attestedBy.length > 0 ? `attestations: ${i.attestedBy.join(', ')}${i.attestation ? ` (${i.attestation.status === 'pass' ? i.attestation.message : 'not in date'})` : ''}` : '',
    supportingText(i.supportingCheckIds, i.supportingCounts),
  ].filter(Boolean);
  return lines.join('\n') || (i.note ?? 'no evidence source in phiscan');
}

function exceptions(doc: Doc, r: ScanReport<FindingList>): void {
  const list = r.attestations?.exceptions ?? [];
  if (list.length === 0) {
    para(doc, 'No exceptions are recorded. The NPRM would allow exceptions to encryption (164.312(b)(3)), MFA (164.312(f)(2)(iii)) and patching (164.308(a)(4)(ii)(D)) on stated grounds with compensating controls; record them in the attestations file.');
    return;
  }
  para(doc, 'Exceptions recorded in the attestations file under a ground from the proposed text. A failing finding an active exception matches is "excepted": not a pass, not suppressed. An exception past its review date no longer applies: its findings fail again.', { gap: 0.5 });
  table(
    doc,
    ['Requirement', 'Ground (proposed)', 'Covers', 'Compensating control', 'Owner', 'Review by', 'State'],
    list.map((e) => [
      e.requirement,
      `${e.ground}\n${e.groundTitle}`,
      [...(e.resources ?? []), ...(e.scope ? [scopeText(e.scope)] : []), ...(e.checks ? [`checks: ${e.checks.join(', ')}`] : [])].join('\n'),
      `${e.compensatingControl}${e.note ? `\n${e.note}` : ''}`,
      e.owner,
      e.reviewBy,
      `${e.state === 'expired' ? 'EXPIRED' : 'active'}\n${e.findings} findings`,
    ]),
    [70, 90, 90, '*', 55, 50, 45],
  );
  const { head: shown, total } = headAndCount(filterOf(r.findings, (f) => f.exception !== undefined), PDF_FINDINGS_PER_CHECK * 5);
  heading(doc, `Excepted findings (${total})`);
  if (total === 0) {
    para(doc, 'None.');
    return;
  }
  table(doc, ['Check', 'Resource', 'Finding', 'Ground / review by'], shown.map((f) => [f.checkId, resourceLabel(f), f.message, `${f.exception?.ground ?? ''}\nreview by ${f.exception?.reviewBy ?? ''}`]), [120, 130, '*', 90]);
  if (total > shown.length) para(doc, `... and ${total - shown.length} more (see the JSON report).`, { color: GREY });
}

function scopeText(scope: NonNullable<EvaluatedException['scope']>): string {
  return [...(scope.accounts ?? []), ...(scope.subscriptions ?? []), ...(scope.projects ?? [])].join(', ');
}

function attestations(doc: Doc, r: ScanReport<FindingList>): void {
  const a = r.attestations;
  if (!a) {
    para(doc, 'No attestations file was given (--attestations FILE). Process requirements (penetration testing, risk analysis, compliance audit, incident response and others) are therefore not assessable by configuration in this report.');
    return;
  }
  para(doc, `Judged on ${a.asOf} (UTC calendar date of the run). An attestation is valid through its due date (performed + the catalog period, month-end clamped); after it, the requirement fails as overdue. Scope units: ${a.scopeUnits.join(', ')}.`, { gap: 0.5 });
  heading(doc, 'Requirement status from attestations');
  const reqs = r.requirements.filter((q) => q.attestation);
  table(
    doc,
    ['Requirement', 'Status', 'Last performed', 'Next due', 'Owner', 'Detail'],
    reqs.map((q) => {
      const at = q.attestation;
      return [q.id, statusCell(at?.status ?? 'not_assessed'), at?.lastPerformed ?? '-', at?.overdueSince ? `OVERDUE since ${at.overdueSince}` : (at?.dueDate ?? '-'), at?.owner ?? '(unassigned)', at?.message ?? ''];
    }),
    [95, 45, 55, 110, 65, '*'],
  );
  heading(doc, 'Attestations recorded');
  table(
    doc,
    ['Requirement', 'Performed', 'Attested by / owner', 'Evidence', 'Due', 'State'],
    a.entries.map((e) => [
      `${e.requirement}${e.scope ? `\nscope: ${scopeText(e.scope)}` : ''}`,
      e.performed,
      e.owner === e.attestedBy ? e.attestedBy : `${e.attestedBy} / ${e.owner}`,
      `${e.evidence}${e.note ? `\n${e.note}` : ''}`,
      `${e.dueDate}\nevery ${e.period}`,
      e.state,
    ]),
    [90, 50, 80, '*', 60, 55],
  );
}

function resourceLabel(f: Finding): string {
  const where = [f.resource.account, f.resource.region].filter(Boolean).join(' / ');
  return `${f.resource.name}\n${f.resource.id}${where ? `\n${where}` : ''}`;
}

function evidenceText(f: Finding): string {
  return f.evidence.map((e) => `${e.path} = ${e.unknown ? '(unknown)' : pdfText(e.observed, 200)}`).join('\n') || '-';
}

function failingFindings(doc: Doc, r: ScanReport<FindingList>): void {
  // Per check: how many fail, the most severe, and the first PDF_FINDINGS_PER_CHECK (in report order).
  const byCheck = new Map<string, { shown: Finding[]; total: number; rank: number }>();
  let failing = 0;
  for (const f of r.findings) {
    if (f.status !== 'fail' || f.suppression) continue;
    failing++;
    let g = byCheck.get(f.checkId);
    if (!g) byCheck.set(f.checkId, (g = { shown: [], total: 0, rank: SEVERITIES.length }));
    if (g.total++ < PDF_FINDINGS_PER_CHECK) g.shown.push(f);
    g.rank = Math.min(g.rank, SEVERITIES.indexOf(f.severity));
  }
  if (failing === 0) {
    para(doc, 'No failing findings.');
    return;
  }
  const meta = new Map<string, CheckMeta>(r.checks.map((c) => [c.id, c]));
  const ordered = [...byCheck.entries()].sort(([a, fa], [b, fb]) => fa.rank - fb.rank || (a < b ? -1 : 1));
  para(doc, `${failing} failing findings from ${ordered.length} checks, most severe first. Up to ${PDF_FINDINGS_PER_CHECK} resources are listed per check; the JSON and SARIF reports hold every finding.`, { gap: 0.3 });
  for (const [checkId, { shown, total, rank }] of ordered) {
    const m = meta.get(checkId);
    const severity = SEVERITIES[rank] ?? 'info';
    heading(doc, `[${severity.toUpperCase()}] ${checkId}: ${m?.title ?? ''} (${total})`);
    para(doc, `NPRM: ${(m?.requirements ?? shown[0]?.requirements ?? []).join(', ')}. Current rule: ${(m?.currentRule ?? []).join('; ') || '-'}.`, { color: GREY });
    if (m) {
      para(doc, `Remediation: ${pdfText(m.remediation.summary)}`);
      doc.font(MONO).fontSize(7).fillColor('black').text(pdfText(`CLI: ${m.remediation.cli}`, 600), MARGIN, undefined, { width: doc.page.width - 2 * MARGIN });
      doc.moveDown(0.3);
    }
    table(doc, ['Resource', 'Finding', 'Evidence'], shown.map((f) => [resourceLabel(f), `${f.ephi ? '[ePHI] ' : ''}${f.message}`, evidenceText(f)]), [150, '*', 150]);
    if (total > shown.length) para(doc, `... and ${total - shown.length} more failing resources for this check (see the JSON report).`, { color: GREY });
  }
}

function coverage(doc: Doc, r: ScanReport<FindingList>): void {
  if (r.gaps.length === 0) para(doc, 'No coverage gaps: every API phiscan needed answered.', { gap: 0.5 });
  else {
    para(doc, 'What could not be read. Every check on the resource types a gap hides is not assessed for that scope; a gap is never read as compliant.', { gap: 0.3 });
    table(
      doc,
      ['Provider / service', 'Operation', 'Where', 'Reason', 'Hides', 'Message'],
      r.gaps.map((g) => [`${g.provider} / ${g.service}`, g.operation, [g.account, g.region].filter(Boolean).join(' / ') || '-', `${g.reason}${g.errorCode ? ` (${g.errorCode})` : ''}`, g.resourceTypes.join(', '), g.message]),
      [70, 75, 70, 60, 80, '*'],
    );
  }
  const { head: shown, total } = headAndCount(filterOf(r.findings, (f) => f.status === 'not_assessed' && !f.suppression), PDF_FINDINGS_PER_CHECK * 5);
  heading(doc, `Not-assessed findings (${total})`);
  if (total === 0) {
    para(doc, 'None.');
    return;
  }
  table(doc, ['Check', 'Resource', 'Why not assessed'], shown.map((f) => [f.checkId, resourceLabel(f), f.message]), [140, 150, '*']);
  if (total > shown.length) para(doc, `... and ${total - shown.length} more (see the JSON report).`, { color: GREY });
}
