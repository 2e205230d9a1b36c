import { createAzureCollector, staticTokenCredential } from '../providers/azure/index.js';
import { generateTenantWorld } from '../src/simulator/azure/generate.js';
import { startAzureSimulator } from '../src/simulator/azure/server.js';

const SUBSCRIPTIONS = 5;
const RESOURCES_PER_SUBSCRIPTION = 200;
const LATENCY_MS = 25;
const CONCURRENCY = 8;
/** ARM-like token bucket; a 429 carries `Retry-After: 1` (whole seconds, as ARM sends). */
const RATE_LIMIT = { capacity: 100, refillPerSecond: 150 };

/**
 * Azure collection over the loopback ARM / Resource Graph / Microsoft Graph simulator: 5
 * subscriptions x 200 resources, 25 ms latency per call, an ARM-like token bucket (429 +
 * Retry-After beyond it), 8 calls in flight. Scans once through Resource Graph and once through
 * the ARM fallback (resources list + getById), with the production retry policy.
 *
 * Lower bound per path: the larger of (successful calls x latency / concurrency) and the rate
 * limit's floor ((successful calls - burst) / refill rate). `ratio` = wall time / lower bound.
 */
export async function run(): Promise<Record<string, number | string>> {
  const world = generateTenantWorld(SUBSCRIPTIONS, RESOURCES_PER_SUBSCRIPTION);
  const out: Record<string, number | string> = {
    world: `${SUBSCRIPTIONS} subscriptions x ${RESOURCES_PER_SUBSCRIPTION} resources, ${LATENCY_MS} ms latency, ${CONCURRENCY} in flight, ${RATE_LIMIT.capacity} burst / ${RATE_LIMIT.refillPerSecond} per s, Retry-After 1 s`,
  };
  for (const path of ['graph', 'arm'] as const) {
    const sim = await startAzureSimulator({ world, latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT, retryAfterSeconds: 1 });
    try {
      const collector = createAzureCollector({ allSubscriptions: true }, {
        credential: staticTokenCredential(), endpoints: { arm: sim.endpoint, graph: sim.endpoint }, tlsCa: sim.ca, concurrency: CONCURRENCY, armOnly: path === 'arm',
      });
      const started = performance.now();
      let resources = 0;
      let gaps = 0;
      for await (const e of collector.collect({ log: () => undefined })) {
        if (e.kind === 'resource') resources++;
        else gaps++;
      }
      const wall = performance.now() - started;
      const ok = sim.calls.filter((c) => c.status !== 429).length;
      const lower = Math.max((ok * LATENCY_MS) / CONCURRENCY, (Math.max(0, ok - RATE_LIMIT.capacity) / RATE_LIMIT.refillPerSecond) * 1000);
      out[`${path}_wall_ms`] = Math.round(wall);
      out[`${path}_calls`] = sim.calls.length;
      out[`${path}_throttled_calls`] = sim.calls.length - ok;
      out[`${path}_resources`] = resources;
      out[`${path}_gaps`] = gaps;
      out[`${path}_lower_bound_ms`] = Math.round(lower);
      out[`${path}_ratio`] = Number((wall / lower).toFixed(2));
    } finally {
      await sim.close();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
