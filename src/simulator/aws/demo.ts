import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createAwsCollector } from '../../../providers/aws/index.js';
import type { Collector } from '../../../providers/types.js';
import type { RunInput } from '../../model/report.js';
import { startAwsSimulator } from './server.js';
import { accessKeyFor, type AwsWorld } from './world.js';

const DEMO_WORLD = join('fixtures', 'worlds', 'demo', 'aws.json');

/** The bundled demo world, found from source (src/...) or the build (dist/src/...). */
export function loadDemoAwsWorld(): AwsWorld {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, DEMO_WORLD);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as AwsWorld;
    if (dirname(dir) === dir) throw new Error(`demo world ${DEMO_WORLD} not found`);
  }
}

/** Start the loopback AWS simulator with the demo account and a collector pointed at it (static simulator keys, never the user's). */
export async function startAwsDemo(): Promise<{ collector: Collector; input: RunInput; close(): Promise<void> }> {
  // The demo talks to loopback only; the SDK's Node-version notice is noise there.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const world = loadDemoAwsWorld();
  const sim = await startAwsSimulator({ world });
  const account = world.accounts[0]?.id ?? '';
  const regions = Object.keys(world.accounts[0]?.regions ?? {}).sort();
  const collector = createAwsCollector({ regions }, { endpoint: sim.endpoint, credentials: { accessKeyId: accessKeyFor(account), secretAccessKey: 'simulator' }, now: new Date('2026-11-01T00:00:00Z') });
  return { collector, input: { kind: 'aws', scope: [`account:${account}`, ...regions] }, close: () => sim.close() };
}
