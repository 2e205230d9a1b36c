import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import * as aws from '../../src/baselines/aws.js';
import * as azure from '../../src/baselines/azure.js';
import * as gcp from '../../src/baselines/gcp.js';
import { REQUIREMENTS } from '../../src/nprm/catalog.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'baselines.md'), 'utf8');
const KNOWN = new Set<string>(REQUIREMENTS.map((r) => r.id));

/** The construct pieces a module exports (the whole-baseline construct and the stack combine them). */
function pieces(mod: Record<string, unknown>): [string, readonly string[] | undefined][] {
  return Object.entries(mod)
    .filter(([name, v]) => typeof v === 'function' && v.prototype instanceof Construct && !(v.prototype instanceof TerraformStack) && !name.endsWith('HipaaBaseline'))
    .map(([name, v]) => [name, (v as { requirements?: readonly string[] }).requirements]);
}

/** Requirement ids in the third column of the docs table row that names `construct`, in the section of `heading`. */
function documented(heading: string, construct: string): string[] | undefined {
  const start = doc.indexOf(`## ${heading}`);
  const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
  const row = section.split('\n').find((l) => l.startsWith('| ') && (l.split('|')[1] ?? '').includes(`\`${construct}\``));
  const cell = row?.split('|')[3];
  return cell === undefined ? undefined : (cell.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []).filter((t) => KNOWN.has(t));
}

describe.each([
  { heading: 'AWS', mod: aws },
  { heading: 'Azure', mod: azure },
  { heading: 'GCP', mod: gcp },
])('$heading baseline constructs', ({ heading, mod }) => {
  it('each state the NPRM requirements they address, as docs/baselines.md documents them', () => {
    const list = pieces(mod);
    expect(list.length).toBeGreaterThan(5);
    for (const [name, requirements] of list) {
      expect(requirements?.length, `${name}.requirements`).toBeGreaterThan(0);
      expect((requirements ?? []).filter((r) => !KNOWN.has(r)), name).toEqual([]);
      expect(documented(heading, name)?.sort(), `docs/baselines.md row for ${name}`).toEqual([...(requirements ?? [])].sort());
    }
  });
});
