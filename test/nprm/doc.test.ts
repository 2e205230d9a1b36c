import { join } from 'node:path';
import { describe, it } from 'vitest';
import { CATALOG_TABLE_END, CATALOG_TABLE_START, renderCatalogTables } from '../../src/nprm/doc-table.js';
import { expectGeneratedSection } from '../helpers/generated-doc.js';

describe('docs/nprm.md', () => {
  it('carries the generated catalog tables', () => {
    // PHISCAN_UPDATE_DOCS=1 npx vitest run test/nprm/doc.test.ts rewrites them.
    expectGeneratedSection(join(import.meta.dirname, '..', '..', 'docs', 'nprm.md'), CATALOG_TABLE_START, CATALOG_TABLE_END, renderCatalogTables());
  });
});
