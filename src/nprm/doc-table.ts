/** The catalog tables of docs/nprm.md, generated from the catalog data (a test keeps them in step). */
import { CATALOG_NOTES, EXCEPTION_PROVISIONS, type Period } from './catalog.js';
import { allRequirements, formatBasis, formatCurrentCitation, formatProposedCitation } from './index.js';

export const CATALOG_TABLE_START = '<!-- nprm-catalog:start (generated from src/nprm/catalog.ts; do not edit by hand) -->';
export const CATALOG_TABLE_END = '<!-- nprm-catalog:end -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|');
const period = (p: Period): string => `${p.every ? `every ${p.every}` : `within ${p.within ?? '?'}`} (${formatBasis(p) || 'text'})`;

export function renderCatalogTables(): string {
  const requirements = allRequirements().map((r) => {
    const periods = r.periods.map(period).join('; ') || '-';
    const current = formatCurrentCitation(r).replace(/^current /, '');
    return `| \`${r.id}\` | ${cell(r.title)} | ${cell(formatProposedCitation(r).replace(/^proposed /, ''))} | ${periods} | ${r.cloudEvidence}${r.appliesTo ? ` (${r.appliesTo} only)` : ''} | ${cell(current)} |`;
  });
  const grounds = EXCEPTION_PROVISIONS.flatMap((p) => p.grounds.map((g) => `| \`${g.citation}\` | ${formatBasis(g) || 'text'} | ${p.requirements.map((r) => `\`${r}\``).join(', ')} | ${cell(g.title)} |`));
  const notes = CATALOG_NOTES.map((n) => `| \`${n.id}\` | ${cell(formatProposedCitation(n).replace(/^proposed /, ''))} | ${cell(n.summary)} |`);
  return [
    CATALOG_TABLE_START,
    '| id | title | proposed citation (basis) | period (basis) | cloud evidence | current rule |',
    '| --- | --- | --- | --- | --- | --- |',
    ...requirements,
    '',
    'Exception grounds (for recorded exceptions; not attestable requirements):',
    '',
    '| ground | basis | excuses | ground in the proposed text |',
    '| --- | --- | --- | --- |',
    ...grounds,
    '',
    'Catalog notes (metadata, not attestable requirements):',
    '',
    '| id | proposed citation (basis) | what phiscan does with it |',
    '| --- | --- | --- |',
    ...notes,
    CATALOG_TABLE_END,
  ].join('\n');
}
