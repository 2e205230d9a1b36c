import { join } from 'node:path';
import { describe, it } from 'vitest';
import { RESOURCE_TYPES } from '../../src/model/types/index.js';
import { expectGeneratedSection } from '../helpers/generated-doc.js';

const START = '<!-- resource-types:start -->';
const END = '<!-- resource-types:end -->';

describe('docs/custom-checks.md', () => {
  it('lists every resource type a check may name (PHISCAN_UPDATE_DOCS=1 rewrites it)', () => {
    const rows = RESOURCE_TYPES.map((d) => `| \`${d.type}\` | ${d.title} | ${(d.native.terraform ?? []).map((t) => `\`${t}\``).join(', ')} |`);
    const table = ['| type | what | Terraform resource types |', '|---|---|---|', ...rows].join('\n');
    expectGeneratedSection(join(import.meta.dirname, '..', '..', 'docs', 'custom-checks.md'), START, END, `${START}\n${table}\n${END}`);
  });
});
