import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { canonicalTypeOf, renderIacTable, TABLE_END, TABLE_START } from '../../../providers/terraform/doc-table.js';
import { JOINED_TYPES, MAPPERS } from '../../../providers/terraform/map/index.js';
import { RESOURCE_TYPES } from '../../../src/model/types/index.js';

const docPath = join(import.meta.dirname, '..', '..', '..', 'docs', 'iac.md');

describe('Terraform mapping', () => {
  it('docs/iac.md carries the generated mapping table', () => {
    const doc = readFileSync(docPath, 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    const table = renderIacTable(ALL_CHECKS);
    if (process.env.PHISCAN_UPDATE_DOCS) writeFileSync(docPath, doc.slice(0, start) + table + doc.slice(end + TABLE_END.length));
    else expect(doc.slice(start, end + TABLE_END.length)).toBe(table);
  });

  it('each mapped Terraform type is declared by the canonical type it maps to', () => {
    for (const tf of Object.keys(MAPPERS)) {
      const type = canonicalTypeOf(tf);
      const d = RESOURCE_TYPES.find((x) => x.type === type);
      expect(d?.native.terraform, `${tf} -> ${type}`).toContain(tf);
    }
  });

  it('joined types join into a mapped type', () => {
    for (const [joined, parents] of Object.entries(JOINED_TYPES)) {
      expect(parents.length, joined).toBeGreaterThan(0);
      for (const parent of parents) expect(MAPPERS[parent], `${joined} -> ${parent}`).toBeDefined();
      expect(MAPPERS[joined]).toBeUndefined();
    }
  });
});
