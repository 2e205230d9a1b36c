import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAzureCollector, staticTokenCredential } from '../../../providers/azure/index.js';
import type { Collector } from '../../../providers/types.js';
import { packageRoot } from '../../cli/paths.js';
import type { RunInput } from '../../model/report.js';
import { startAzureSimulator } from './server.js';
import type { AzureWorld } from './world.js';

/** The bundled demo world: one subscription with compliant and failing resources, and its tenant. */
export function loadDemoAzureWorld(): AzureWorld {
  return JSON.parse(readFileSync(join(packageRoot(), 'fixtures', 'worlds', 'demo', 'azure.json'), 'utf8')) as AzureWorld;
}

/** Start the loopback ARM/Resource Graph/Graph simulator with the demo world and a collector pointed at it. */
export async function startAzureDemo(): Promise<{ collector: Collector; input: RunInput; close(): Promise<void> }> {
  const world = loadDemoAzureWorld();
  const sim = await startAzureSimulator({ world });
  const subscriptions = world.subscriptions.map((s) => s.subscriptionId);
  const collector = createAzureCollector({ subscriptions }, { credential: staticTokenCredential(), endpoints: { arm: sim.endpoint, graph: sim.endpoint }, tlsCa: sim.ca });
  return { collector, input: { kind: 'azure', scope: subscriptions.map((s) => `subscriptions/${s}`) }, close: () => sim.close() };
}
