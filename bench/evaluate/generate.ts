import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ALL_CHECKS } from '../../checks/index.js';
import { DEMO_SOURCES } from '../../src/cli/demo-sources.js';
import { evaluate } from '../../src/engine/run.js';
import type { Resource } from '../../src/model/resource.js';

export interface TemplatePools {
  /** Resources whose every finding passes in the demo world. */
  readonly compliant: readonly Resource[];
  /** Resources with at least one failing finding. */
  readonly failing: readonly Resource[];
  /** Every demo resource, written once with its own id so clones' references resolve. */
  readonly originals: readonly Resource[];
}

/**
 * Templates come from the demo world of every provider (collected through the real collectors and
 * simulators), so the generated inventory has the type mix and config shapes the product sees.
 */
export async function loadTemplates(now: Date): Promise<TemplatePools> {
  const originals: Resource[] = [];
  for (const start of DEMO_SOURCES) {
    const source = await start();
    try {
      for await (const e of source.collector.collect({ log: () => undefined })) if (e.kind === 'resource') originals.push(e.resource);
    } finally {
      await source.close();
    }
  }
  const { findings } = evaluate(originals, [], ALL_CHECKS, { now });
  const failingIds = new Set(findings.filter((f) => f.status === 'fail').map((f) => f.resource.id));
  const assessed = new Set(findings.map((f) => f.resource.id));
  // Account-level settings, keys, plans and policies other resources are judged against exist a
  // few times per account in a real estate, not in proportion to workloads: they are not cloned.
  const context = new Set<string>(ALL_CHECKS.flatMap((c) => c.lookups?.types ?? []));
  const cloneable = originals.filter((r) => !context.has(r.type));
  return {
    originals,
    failing: cloneable.filter((r) => failingIds.has(r.id)),
    compliant: cloneable.filter((r) => assessed.has(r.id) && !failingIds.has(r.id)),
  };
}

/**
 * Write `count` resources as NDJSON: the originals, then clones with unique ids and names, one in
 * ten cloned from a failing template (so about 10% of resources are non-compliant).
 */
export async function writeInventory(file: string, pools: TemplatePools, count: number): Promise<{ failingShare: number }> {
  const out = createWriteStream(file);
  let failing = 0;
  const write = async (r: Resource): Promise<void> => {
    if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, 'drain');
  };
  for (const r of pools.originals) await write(r);
  for (let i = pools.originals.length; i < count; i++) {
    const fromFailing = i % 10 === 0;
    const pool = fromFailing ? pools.failing : pools.compliant;
    const t = pool[i % pool.length] as Resource;
    if (fromFailing) failing++;
    await write({ ...t, id: `${t.id}~${i}`, name: `${t.name}-${i}` });
  }
  out.end();
  await once(out, 'finish');
  return { failingShare: failing / Math.max(1, count - pools.originals.length) };
}
