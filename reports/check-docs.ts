/**
 * One documentation page per check (`docs/checks/<id>.md`), generated from the check's metadata
 * and the NPRM catalog, and the URL of that page: SARIF rules point `helpUri` there, so a code
 * scanning alert links to phiscan's own explanation rather than to a cloud vendor's page.
 * `test/meta/check-docs.test.ts` keeps the pages in step (PHISCAN_UPDATE_DOCS=1 rewrites them).
 */
import type { CheckMeta } from '../src/engine/check-api.js';
import { byString } from '../src/model/order.js';
import { CATALOG_META, formatCurrentCitation, formatProposedCitation, requirement } from '../src/nprm/index.js';

/** Where the generated pages are published: the repository's docs/checks folder on main. */
export const CHECK_DOCS_BASE_URL = 'https://github.com/phiscan/phiscan/blob/main/docs/checks';

export function checkDocUrl(checkId: string): string {
  return `${CHECK_DOCS_BASE_URL}/${encodeURIComponent(checkId)}.md`;
}

/**
 * The documentation page of a check: phiscan's own page for a built-in check (vendor references
 * are in its text); a user-written check has no page here, so its declared `helpUri`, else none.
 */
export function helpUriOf(check: CheckMeta): string | undefined {
  return check.helpUri ?? (check.custom ? undefined : checkDocUrl(check.id));
}

/** A Markdown code fence that the code itself cannot close. */
export function fence(code: string): string {
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}\n${code}\n${ticks}`;
}

/** Table cells: pipes and line breaks would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderCheckDoc(check: CheckMeta): string {
  const rem = check.remediation;
  const severity = check.ephiSeverity && check.ephiSeverity !== check.severity ? `${check.severity} (${check.ephiSeverity} on resources that hold ePHI)` : check.severity;
  return [
    '<!-- Generated from the check metadata by test/meta/check-docs.test.ts (PHISCAN_UPDATE_DOCS=1). Do not edit. -->',
    `# ${check.title}`,
    '',
    '| | |',
    '|---|---|',
    `| Check id | \`${check.id}\` |`,
    `| Provider / service | ${check.provider} / ${check.service} |`,
    `| Severity | ${severity} |`,
    `| Resource types | ${check.resourceTypes.map((t) => `\`${t}\``).join(', ')} |`,
    ...(check.aliases && check.aliases.length > 0 ? [`| Aliases | ${check.aliases.map((a) => `\`${a}\``).join(', ')} |`] : []),
    '',
    '## Why',
    '',
    check.rationale,
    '',
    `## HIPAA Security Rule NPRM (RIN ${CATALOG_META.rin})`,
    '',
    '| Requirement | Proposed citation | Current rule |',
    '|---|---|---|',
    ...check.requirements.map((id) => {
      const r = requirement(id);
      return `| ${cell(r.title)} (\`${id}\`) | ${cell(formatProposedCitation(r))} | ${cell(formatCurrentCitation(r))} |`;
    }),
    '',
    `Current-rule citations for this check: ${check.currentRule.length > 0 ? check.currentRule.join('; ') : 'none'}.`,
    '',
    `_${CATALOG_META.statusNote}_`,
    '',
    '## Remediation',
    '',
    rem.summary,
    '',
    `**Console:** ${rem.console}`,
    '',
    '**CLI:**',
    '',
    fence(rem.cli),
    '',
    '**Terraform:**',
    '',
    fence(rem.terraform),
    ...(check.references.length > 0 ? ['', '## References', '', ...check.references.map((r) => `- <${r}>`)] : []),
    '',
  ].join('\n');
}

/** docs/checks/README.md: every check by provider, linking its page. */
export function renderCheckIndex(checks: readonly CheckMeta[]): string {
  const sorted = [...checks].sort((a, b) => byString(a.provider, b.provider) || byString(a.id, b.id));
  const lines = [
    '<!-- Generated from the check metadata by test/meta/check-docs.test.ts (PHISCAN_UPDATE_DOCS=1). Do not edit. -->',
    '# Checks',
    '',
    'One page per check: what it verifies, why, the NPRM requirements and current-rule citations it evidences, and how to fix a failure. SARIF rules link here (`helpUri`).',
  ];
  let provider = '';
  for (const c of sorted) {
    if (c.provider !== provider) {
      provider = c.provider;
      lines.push('', `## ${provider.toUpperCase()}`, '', '| Check | Title | Severity |', '|---|---|---|');
    }
    lines.push(`| [\`${c.id}\`](${encodeURIComponent(c.id)}.md) | ${cell(c.title)} | ${c.severity}${c.ephiSeverity && c.ephiSeverity !== c.severity ? ` (ePHI: ${c.ephiSeverity})` : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
