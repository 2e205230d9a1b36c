import type { Check } from '../../src/engine/check-api.js';
import { JOINED_TYPES, mapResources, MAPPERS } from './map/index.js';
import type { TfResource } from './model.js';

export const TABLE_START = '<!-- iac-table:start (generated from providers/terraform/map; do not edit by hand) -->';
export const TABLE_END = '<!-- iac-table:end -->';

/** The canonical type a Terraform type maps to, found by mapping an empty instance of it. */
export function canonicalTypeOf(tfType: string): string | undefined {
  const empty: TfResource = { format: 'terraform-hcl', address: `${tfType}.x`, configAddress: `${tfType}.x`, index: undefined, type: tfType, name: 'x', modulePath: '', values: {}, refs: {}, configured: undefined, file: 'x.tf', line: 1, suppressions: [], region: undefined, project: undefined, account: undefined, stack: '' };
  return mapResources([empty])[0]?.type;
}

/** Markdown table: Terraform type -> phiscan type -> checks, for docs/iac.md. */
export function renderIacTable(checks: readonly Check[]): string {
  const checksOf = (type: string | undefined) => checks.filter((c) => type !== undefined && (c.meta.resourceTypes as readonly string[]).includes(type)).map((c) => `\`${c.meta.id}\``).sort();
  const rows = Object.keys(MAPPERS).sort().map((tf) => {
    const type = canonicalTypeOf(tf);
    const joined = Object.entries(JOINED_TYPES).filter(([, parents]) => parents.includes(tf)).map(([j]) => `\`${j}\``).sort();
    const list = checksOf(type);
    return `| \`${tf}\` | \`${type ?? '?'}\` | ${joined.join(', ') || '-'} | ${list.join(', ') || '- (no checks for this type: inventory and network map only)'} |`;
  });
  const produced = new Set(Object.keys(MAPPERS).map(canonicalTypeOf));
  const unreachable = checks.filter((c) => !c.meta.resourceTypes.some((t) => produced.has(t))).map((c) => `\`${c.meta.id}\``).sort();
  return [
    TABLE_START,
    '| Terraform resource | phiscan type | joined from | checks |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Checks no mapped Terraform resource reaches (account or runtime state, or Terraform types not mapped yet): ${unreachable.join(', ') || 'none'}.`,
    '',
    'Every other managed resource (a Terraform type not listed here, or a joined type whose parent is not in the input) is in the inventory as `iac.unmapped`, with no checks for its type.',
    TABLE_END,
  ].join('\n');
}
