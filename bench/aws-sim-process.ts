import { generateAwsWorld } from '../src/simulator/aws/generate.js';
import { startAwsSimulator, type AwsSimulatorOptions } from '../src/simulator/aws/server.js';

/**
 * The benchmark's simulator in its own process, so the collector's process CPU is the
 * collector's alone (a worker thread would share process.cpuUsage with it), and the
 * simulator reports its own.
 */
type Start = { accounts: number; regions: string[]; perRegion: number; buckets: number; latencyMs: number; rateLimits: NonNullable<AwsSimulatorOptions['rateLimits']> };

process.once('message', (start: Start) => {
  void (async () => {
    const world = generateAwsWorld(start.accounts, start.regions, start.perRegion, start.buckets);
    const sim = await startAwsSimulator({ world, latencyMs: start.latencyMs, rateLimits: start.rateLimits });
    const cpu = process.cpuUsage();
    process.send?.({ kind: 'ready', endpoint: sim.endpoint, management: world.accounts[0]?.id ?? '' });
    process.once('message', () => {
      const used = process.cpuUsage(cpu);
      void sim.close().then(() => process.send?.({ kind: 'calls', calls: sim.calls, cpuMs: (used.user + used.system) / 1000 }, () => process.exit(0)));
    });
  })();
});
