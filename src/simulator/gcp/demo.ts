import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createGcpCollector } from '../../../providers/gcp/index.js';
import type { Collector } from '../../../providers/types.js';
import type { RunInput } from '../../model/report.js';
import { startGcpSimulator } from './server.js';
import type { GcpWorld } from './world.js';

const DEMO_WORLD = join('fixtures', 'worlds', 'demo', 'gcp.json');

/** The bundled demo world, found from source (src/...) or the build (dist/src/...). */
export function loadDemoGcpWorld(): GcpWorld {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, DEMO_WORLD);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as GcpWorld;
    if (dirname(dir) === dir) throw new Error(`demo world ${DEMO_WORLD} not found`);
  }
}

/** Start the loopback CAI simulator with the demo project and a collector pointed at it. */
export async function startGcpDemo(): Promise<{ collector: Collector; input: RunInput; close(): Promise<void> }> {
  const world = loadDemoGcpWorld();
  const sim = await startGcpSimulator({ world });
  const projects = world.projects.map((p) => p.projectId);
  const collector = createGcpCollector({ projects }, { clientOptions: sim.clientOptions() });
  return { collector, input: { kind: 'gcp', scope: projects.map((p) => `projects/${p}`) }, close: () => sim.close() };
}
