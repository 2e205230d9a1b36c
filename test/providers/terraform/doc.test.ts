import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { canonicalTypeOf, renderIacTable, TABLE_END, TABLE_START } from '../../../providers/terraform/doc-table.js';
import { JOINED_TYPES, MAPPERS } from '../../../providers/terraform/map/index.js';
import { RESOURCE_TYPES } from '../../../src/model/types/index.js';
import { expectGeneratedSection } from '../../helpers/generated-doc.js';

const docPath = join(import.meta.dirname, '..', '..', '..', 'docs', 'iac.md');

describe('Terraform mapping', () => {
  it('docs/iac.md carries the generated mapping table', () => {
    // PHISCAN_UPDATE_DOCS=1 npx vitest run test/providers/terraform/doc.test.ts rewrites the table.
    expectGeneratedSection(docPath, TABLE_START, TABLE_END, renderIacTable(ALL_CHECKS));
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
