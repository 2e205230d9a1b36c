import { parentPort, workerData } from 'node:worker_threads';
import { generateAwsWorld } from '../src/simulator/aws/generate.js';
import { startAwsSimulator, type RateLimit } from '../src/simulator/aws/server.js';

/** The benchmark's simulator in its own thread, so its CPU does not compete with the collector's event loop. */
const { accounts, regions, perRegion, buckets, latencyMs, rateLimits } = workerData as { accounts: number; regions: string[]; perRegion: number; buckets: number; latencyMs: number; rateLimits: Record<string, RateLimit> };
const world = generateAwsWorld(accounts, regions, perRegion, buckets);
const sim = await startAwsSimulator({ world, latencyMs, rateLimits });
const start = performance.eventLoopUtilization();
parentPort?.postMessage({ kind: 'ready', endpoint: sim.endpoint, management: world.accounts[0]?.id ?? '' });
parentPort?.on('message', (m: { kind: string }) => {
  if (m.kind !== 'stop') return;
  // Event-loop utilization of the simulator thread: near 1 means the simulator, not the collector, was the limit.
  const elu = performance.eventLoopUtilization(start).utilization;
  void sim.close().then(() => parentPort?.postMessage({ kind: 'calls', calls: sim.calls, elu }));
});
