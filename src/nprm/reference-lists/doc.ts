/** The generated body of docs/coverage.md (a test keeps the document in step with the data). */
import { REFERENCE_LISTS, STATUSES, countByStatus } from './index.js';
import { coverageChecks, type Coverage, type CoverageRow, type CoverageStatus, type ReferenceList } from './types.js';

export const COVERAGE_DOC_START = '<!-- coverage:start (generated from src/nprm/reference-lists/; do not edit by hand) -->';
export const COVERAGE_DOC_END = '<!-- coverage:end -->';

const LABEL: Record<CoverageStatus, string> = { covered: 'covered', partial: 'partial', 'out-of-scope': 'out of scope', uncovered: 'uncovered' };
const cell = (s: string): string => s.replace(/\|/g, '\\|');
const code = (s: string): string => `\`${s}\``;
const why = (c: Coverage): string => (c.status === 'covered' ? (c.note ?? '') : c.status === 'partial' ? c.note : c.reason);

function rowLine(r: CoverageRow): string {
  const checks = coverageChecks(r.coverage).map(code).join(', ') || '-';
  return `| ${code(r.id)} | ${cell(r.detail) || '-'} | ${LABEL[r.coverage.status]} | ${checks} | ${cell(why(r.coverage)) || '-'} |`;
}

function table(idHeader: string, detailHeader: string, rows: readonly CoverageRow[]): string[] {
  return [`| ${idHeader} | ${detailHeader} | status | phiscan checks | note |`, '| --- | --- | --- | --- | --- |', ...rows.map(rowLine)];
}

function section(list: ReferenceList): string[] {
  const { repo, path, commit, version } = list.source;
  const lines = [
    `## ${list.title}`,
    '',
    `Source: \`${repo}\`, \`${path}\` at commit \`${commit}\`${version ? `, version ${version}` : ''}. ${list.scope}`,
    '',
    ...table(list.idHeader, list.detailHeader, list.rows),
  ];
  if (list.parts) lines.push('', 'Each Prowler check, and the requirements that list it:', '', ...table(list.parts.header, 'requirements', list.parts.rows));
  return lines;
}

function summary(): string[] {
  const line = (name: string, cloud: string, rows: readonly CoverageRow[]): string => {
    const c = countByStatus(rows);
    return `| ${name} | ${cloud} | ${rows.length} | ${STATUSES.map((s) => c[s]).join(' | ')} |`;
  };
  return [
    `| reference list | cloud | rows | ${STATUSES.map((s) => LABEL[s]).join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...REFERENCE_LISTS.flatMap((l) => [line(`[${l.title}](#${l.key})`, l.cloud, l.rows), ...(l.parts ? [line(`${l.title}: its Prowler checks`, l.cloud, l.parts.rows)] : [])]),
  ];
}

/** Closing note: the rows still uncovered, grouped by what is missing. */
function uncoveredByReason(): string[] {
  const byReason = new Map<string, string[]>();
  for (const l of REFERENCE_LISTS) {
    for (const r of [...l.rows, ...(l.parts?.rows ?? [])]) {
      if (r.coverage.status !== 'uncovered' || r.coverage.reason.startsWith('no phiscan check for:')) continue;
      const at = byReason.get(r.coverage.reason) ?? [];
      at.push(`${code(r.id)} (${l.key})`);
      byReason.set(r.coverage.reason, at);
    }
  }
  return [...byReason].sort(([a], [b]) => a.localeCompare(b)).map(([reason, ids]) => `- ${cell(reason)}: ${ids.join(', ')}`);
}

export function renderCoverageDoc(): string {
  const sections = REFERENCE_LISTS.flatMap((l) => ['', `<a id="${l.key}"></a>`, '', ...section(l)]);
  const totals = countByStatus(REFERENCE_LISTS.flatMap((l) => l.rows));
  const rows = REFERENCE_LISTS.reduce((n, l) => n + l.rows.length, 0);
  return [
    COVERAGE_DOC_START,
    '## Summary',
    '',
    ...summary(),
    ...sections,
    '',
    '## Closing note',
    '',
    `Across the ${REFERENCE_LISTS.length} lists, ${rows} rows: ${STATUSES.map((s) => `${totals[s]} ${LABEL[s]}`).join(', ')}. ` +
      'A Prowler requirement is uncovered or partial when Prowler checks under it are; the Prowler checks and every other uncovered row, by what is missing:',
    '',
    ...uncoveredByReason(),
    COVERAGE_DOC_END,
  ].join('\n');
}
