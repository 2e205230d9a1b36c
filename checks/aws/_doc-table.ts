import { formatCurrentRule, type Check } from '../../src/engine/check-api.js';

export const TABLE_START = '<!-- checks-table:start (generated from checks/aws/index.ts; do not edit by hand) -->';
export const TABLE_END = '<!-- checks-table:end -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The Markdown table of AWS checks in docs/checks-aws.md, one row per check in registry order. */
export function renderAwsChecksTable(checks: readonly Check[]): string {
  const rows = checks.map((c) => {
    const m = c.meta;
    const severity = m.ephiSeverity ? `${m.severity} (ePHI: ${m.ephiSeverity})` : m.severity;
    return `| \`${m.id}\` | ${cell(m.title)} | ${severity} | ${m.requirements.join(', ')} | ${formatCurrentRule(m)} |`;
  });
  return [TABLE_START, '| id | title | severity | NPRM requirements | current rule (evidences; supports only) |', '| --- | --- | --- | --- | --- |', ...rows, TABLE_END].join('\n');
}
