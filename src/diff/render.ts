/** `phiscan diff` output: text for a terminal, Markdown for a CI job summary or chat, JSON for tools. */
import type { ScanReport } from '../model/report.js';
import type { ReportDiff } from './diff.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Rows shown per section in Markdown; the rest are counted, so a chat message stays short. */
const MARKDOWN_ROWS = 50;

export function renderDiff(diff: ReportDiff, before: ScanReport, after: ScanReport, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          before: { startedAt: before.run.startedAt, tool: before.tool.version, catalog: before.catalog.version },
          after: { startedAt: after.run.startedAt, tool: after.tool.version, catalog: after.catalog.version },
          counts: counts(diff),
          new: diff.new.map((f) => ({ fingerprint: f.fingerprint, checkId: f.checkId, resourceId: f.resource.id, severity: f.severity, suppressed: Boolean(f.suppression) })),
          fixed: diff.fixed,
          excepted: diff.excepted.map((f) => ({ fingerprint: f.fingerprint, checkId: f.checkId, resourceId: f.resource.id, severity: f.severity, exception: f.exception })),
          changedSeverity: diff.changedSeverity.map((c) => ({ fingerprint: c.finding.fingerprint, checkId: c.finding.checkId, resourceId: c.finding.resource.id, from: c.from, to: c.finding.severity })),
          unchanged: diff.unchanged.map((f) => f.fingerprint),
        },
        null,
        2,
      )}\n`;
    case 'markdown':
      return markdown(diff, before, after);
    case 'text':
      return text(diff);
  }
}

function counts(diff: ReportDiff): { new: number; fixed: number; excepted: number; unchanged: number; changedSeverity: number } {
  return { new: diff.new.length, fixed: diff.fixed.length, excepted: diff.excepted.length, unchanged: diff.unchanged.length, changedSeverity: diff.changedSeverity.length };
}

/** "under proposed 45 CFR 164.312(b)(3)(i) until 2027-03-31". */
function exceptedText(f: ReportDiff['excepted'][number]): string {
  return f.exception ? `under proposed 45 CFR ${f.exception.ground} until ${f.exception.reviewBy}` : 'under a recorded exception';
}

function text(diff: ReportDiff): string {
  const c = counts(diff);
  const lines = [`${c.new} new, ${c.fixed} fixed, ${c.excepted} now excepted, ${c.changedSeverity} changed severity, ${c.unchanged} unchanged failing findings`];
  for (const f of diff.new) lines.push(`+ ${f.severity.padEnd(8)} ${f.checkId}  ${f.resource.id}${f.suppression ? '  (suppressed)' : ''}`);
  for (const f of diff.fixed) lines.push(`- ${f.severity.padEnd(8)} ${f.checkId}  ${f.resourceId}  (now ${f.now})`);
  for (const f of diff.excepted) lines.push(`! ${f.severity.padEnd(8)} ${f.checkId}  ${f.resource.id}  (now excepted ${exceptedText(f)})`);
  for (const ch of diff.changedSeverity) lines.push(`~ ${ch.from} -> ${ch.finding.severity}  ${ch.finding.checkId}  ${ch.finding.resource.id}`);
  return `${lines.join('\n')}\n`;
}

/** Table cells: pipes and newlines would break the table; backticks would break code spans. */
function cell(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'");
}

function markdown(diff: ReportDiff, before: ScanReport, after: ScanReport): string {
  const c = counts(diff);
  const out = [
    `### phiscan: ${c.new} new, ${c.fixed} fixed failing findings`,
    '',
    `Compared ${cell(before.run.startedAt)} with ${cell(after.run.startedAt)} (catalog ${cell(after.catalog.version)}, phiscan ${cell(after.tool.version)}).`,
    '',
    '| new | fixed | now excepted | changed severity | unchanged |',
    '|---:|---:|---:|---:|---:|',
    `| ${c.new} | ${c.fixed} | ${c.excepted} | ${c.changedSeverity} | ${c.unchanged} |`,
  ];
  const section = <T>(title: string, rows: readonly T[], header: string, row: (r: T) => string): void => {
    if (rows.length === 0) return;
    out.push('', `#### ${title}`, '', header, `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`);
    for (const r of rows.slice(0, MARKDOWN_ROWS)) out.push(row(r));
    if (rows.length > MARKDOWN_ROWS) out.push('', `and ${rows.length - MARKDOWN_ROWS} more (see \`phiscan diff --format json\`)`);
  };
  section('New failing findings', diff.new, '| severity | check | resource | requirements |', (f) =>
    `| ${f.severity}${f.suppression ? ' (suppressed)' : ''} | \`${cell(f.checkId)}\` | \`${cell(f.resource.id)}\` | ${cell(f.requirements.join(', '))} |`);
  section('Fixed', diff.fixed, '| severity | check | resource | now |', (f) => `| ${f.severity} | \`${cell(f.checkId)}\` | \`${cell(f.resourceId)}\` | ${f.now} |`);
  section('Now excepted (recorded exceptions)', diff.excepted, '| severity | check | resource | exception |', (f) =>
    `| ${f.severity} | \`${cell(f.checkId)}\` | \`${cell(f.resource.id)}\` | ${cell(exceptedText(f))} |`);
  section('Changed severity', diff.changedSeverity, '| from | to | check | resource |', (ch) =>
    `| ${ch.from} | ${ch.finding.severity} | \`${cell(ch.finding.checkId)}\` | \`${cell(ch.finding.resource.id)}\` |`);
  return `${out.join('\n')}\n`;
}
