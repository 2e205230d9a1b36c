/** `phiscan diff` output: text for a terminal, Markdown for a CI job summary or chat, JSON for tools. */
import type { ScanReport } from '../model/report.js';
import type { ReportDiff } from './diff.js';
import { markdownCode, markdownText, terminalJson, terminalText } from '../lib/text.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Rows shown per section in Markdown; the rest are counted, so a chat message stays short. */
const MARKDOWN_ROWS = 50;

export function renderDiff(diff: ReportDiff, before: ScanReport, after: ScanReport, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return terminalJson(
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
      );
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

/** Text for a terminal: check and resource ids come from the reports, so each is made terminal-safe. */
function text(diff: ReportDiff): string {
  const c = counts(diff);
  const t = terminalText;
  const lines = [`${c.new} new, ${c.fixed} fixed, ${c.excepted} now excepted, ${c.changedSeverity} changed severity, ${c.unchanged} unchanged failing findings`];
  for (const f of diff.new) lines.push(`+ ${f.severity.padEnd(8)} ${t(f.checkId)}  ${t(f.resource.id)}${f.suppression ? '  (suppressed)' : ''}`);
  for (const f of diff.fixed) lines.push(`- ${f.severity.padEnd(8)} ${t(f.checkId)}  ${t(f.resourceId)}  (now ${f.now})`);
  for (const f of diff.excepted) lines.push(`! ${f.severity.padEnd(8)} ${t(f.checkId)}  ${t(f.resource.id)}  (now excepted ${t(exceptedText(f))})`);
  for (const ch of diff.changedSeverity) lines.push(`~ ${ch.from} -> ${ch.finding.severity}  ${t(ch.finding.checkId)}  ${t(ch.finding.resource.id)}`);
  return `${lines.join('\n')}\n`;
}

const cell = markdownText;
const code = markdownCode;

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
    `| ${f.severity}${f.suppression ? ' (suppressed)' : ''} | ${code(f.checkId)} | ${code(f.resource.id)} | ${cell(f.requirements.join(', '))} |`);
  section('Fixed', diff.fixed, '| severity | check | resource | now |', (f) => `| ${f.severity} | ${code(f.checkId)} | ${code(f.resourceId)} | ${f.now} |`);
  section('Now excepted (recorded exceptions)', diff.excepted, '| severity | check | resource | exception |', (f) =>
    `| ${f.severity} | ${code(f.checkId)} | ${code(f.resource.id)} | ${cell(exceptedText(f))} |`);
  section('Changed severity', diff.changedSeverity, '| from | to | check | resource |', (ch) =>
    `| ${ch.from} | ${ch.finding.severity} | ${code(ch.finding.checkId)} | ${code(ch.finding.resource.id)} |`);
  return `${out.join('\n')}\n`;
}
