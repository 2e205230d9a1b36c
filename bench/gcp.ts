import { createGcpCollector, type GcpScope } from '../providers/gcp/index.js';
import { generateOrgWorld } from '../src/simulator/gcp/generate.js';
import { startGcpSimulator } from '../src/simulator/gcp/server.js';

const PROJECTS = 20;
const ASSETS_PER_PROJECT = 300;
const LATENCY_MS = 25;
const RATE_LIMIT = { capacity: 20, refillPerSecond: 40 };

/**
 * GCP collection over the loopback Cloud Asset Inventory: an organization of 20 projects x 300
 * assets with 25 ms latency per call and a token-bucket rate limit (RESOURCE_EXHAUSTED beyond it).
 * Scans once at organization scope and once project by project, with the production retry policy.
 */
export async function run(): Promise<Record<string, number | string>> {
  const world = generateOrgWorld(PROJECTS, ASSETS_PER_PROJECT);
  const out: Record<string, number | string> = { world: `${PROJECTS} projects x ${ASSETS_PER_PROJECT} assets, ${LATENCY_MS} ms latency, ${RATE_LIMIT.capacity} burst / ${RATE_LIMIT.refillPerSecond} per s` };
  const scopes: [string, GcpScope][] = [
    ['org', { organization: '500' }],
    ['projects', { projects: world.projects.map((p) => p.projectId) }],
  ];
  for (const [label, scope] of scopes) {
    const sim = await startGcpSimulator({ world, latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT });
    try {
      const collector = createGcpCollector(scope, { clientOptions: sim.clientOptions() });
      const started = performance.now();
      let resources = 0;
      let gaps = 0;
      for await (const e of collector.collect({ log: () => undefined })) {
        if (e.kind === 'resource') resources++;
        else gaps++;
      }
      out[`${label}_wall_ms`] = Math.round(performance.now() - started);
      out[`${label}_rpcs`] = sim.calls.length;
      out[`${label}_throttled_rpcs`] = sim.calls.filter((c) => c.status === 'RESOURCE_EXHAUSTED').length;
      out[`${label}_resources`] = resources;
      out[`${label}_gaps`] = gaps;
    } finally {
      await sim.close();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.env.METADATA_SERVER_DETECTION = 'none';
  console.log(JSON.stringify(await run(), null, 2));
}
