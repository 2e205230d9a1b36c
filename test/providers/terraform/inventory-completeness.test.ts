import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../bench/iac.js';
import { cdktfStackFiles, parseCdktfStack } from '../../../providers/terraform/cdktf.js';
import { loadHclDir } from '../../../providers/terraform/hcl.js';
import { JOINED_TYPES, mapResources } from '../../../providers/terraform/map/index.js';
import type { TfResource } from '../../../providers/terraform/model.js';
import { parsePlan } from '../../../providers/terraform/plan.js';
import { isType } from '../../../src/model/resource.js';

/**
 * Over every IaC fixture and a generated plan with unknowns: each managed resource is in the
 * inventory (as itself, or in the `source.joined` of the resource it is part of), and a split
 * resource reported as "parent not in the input" really names no parent of its type in the input.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const fx = (p: string) => join(root, 'fixtures/iac', p);
const quiet = { warn: () => {} };

async function inputs(): Promise<[string, TfResource[]][]> {
  const out: [string, TfResource[]][] = [];
  for (const dir of ['aws/compliant', 'aws/noncompliant', 'azure/compliant', 'azure/noncompliant', 'gcp/compliant', 'gcp/noncompliant']) out.push([dir, await loadHclDir(fx(dir), quiet)]);
  for (const plan of ['aws/plan/compliant.plan.json', 'aws/noncompliant/plan.json']) out.push([plan, parsePlan(plan, readFileSync(fx(plan), 'utf8'))]);
  for (const { stack, file } of await cdktfStackFiles(fx('cdktf/cdktf.out'))) out.push([`cdktf ${stack}`, parseCdktfStack(stack, file, readFileSync(file, 'utf8'))]);
  out.push(['generated plan', parsePlan('generated.json', generatePlan(300))]);
  return out;
}

describe('every managed resource of an IaC input is in the inventory', () => {
  it('as itself or as part of the resource it is joined into; orphans are real orphans', async () => {
    for (const [name, tf] of await inputs()) {
      const mapped = mapResources(tf);
      const seen = new Set(mapped.flatMap((m) => (m.source.kind === 'iac' ? [m.source.address, ...(m.source.joined ?? []).map((j) => j.address)] : [])));
      expect(tf.filter((r) => !seen.has(r.address)).map((r) => r.address), name).toEqual([]);
      for (const m of mapped) {
        if (!isType(m, 'iac.unmapped') || m.config.reason !== 'parent-not-in-input' || m.source.kind !== 'iac') continue;
        const address = m.source.address;
        const r = tf.find((x) => x.address === address) as TfResource;
        const parents = JOINED_TYPES[r.type] ?? [];
        const named = Object.values(r.refs).flat().flatMap((a) => tf.filter((x) => x.configAddress === a && parents.includes(x.type)));
        expect(named.map((x) => x.address), `${name}: ${address}`).toEqual([]);
      }
    }
  });
});
