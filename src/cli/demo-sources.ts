import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Collector } from '../../providers/types.js';
import { keepOwned } from '../engine/shard.js';
import type { Resource } from '../model/resource.js';
import type { SelectedInput } from './inputs/types.js';
import { packageRoot } from './paths.js';
import { startGcpDemo } from '../simulator/gcp/demo.js';

export interface DemoSource extends SelectedInput {
  close(): Promise<void>;
}

/** A fixed inventory of normalized resources: the demo until the cloud simulators arrive. */
async function startInventoryDemo(): Promise<DemoSource> {
  const file = join(packageRoot(), 'fixtures', 'worlds', 'demo', 'inventory.json');
  const resources = JSON.parse(await readFile(file, 'utf8')) as Resource[];
  const collector: Collector = {
    name: 'demo-inventory',
    // eslint-disable-next-line @typescript-eslint/require-await -- a Collector is an async stream; this one has nothing to wait for
    async *collect(ctx) {
      // Work unit: the account, whole, because account-level checks join resources across services.
      for (const resource of keepOwned(resources, (r) => `aws/${r.account ?? '-'}`, ctx.shard)) yield { kind: 'resource' as const, resource };
    },
  };
  return { collector, input: { kind: 'demo', scope: ['fixtures/worlds/demo/inventory.json'] }, close: () => Promise.resolve() };
}

/** The demo's sources, in order. */
export const DEMO_SOURCES: readonly (() => Promise<DemoSource>)[] = [startInventoryDemo, startGcpDemo];
