/**
 * A real `phiscan scan` process over a slow loopback simulator, for the signal test: the test
 * sends SIGINT/SIGTERM while collection is in flight. Usage: node --import tsx _slow-scan.ts OUTDIR
 */
import { createGcpCollector } from '../../providers/gcp/index.js';
import { executeScan } from '../../src/cli/commands/execute-scan.js';
import { withSignals } from '../../src/cli/interrupt.js';
import { startGcpSimulator } from '../../src/simulator/gcp/server.js';
import { ORG_WORLD } from '../providers/gcp/_world.js';

process.env.METADATA_SERVER_DETECTION = 'none';
const output = process.argv[2] ?? 'phiscan-out';
const sim = await startGcpSimulator({ world: ORG_WORLD, latencyMs: 250 });
try {
  await withSignals((signal) => {
    process.stdout.write('scanning\n');
    return executeScan('scan', { output, quiet: true }, () => Promise.resolve([{ collector: createGcpCollector({ organization: '100' }, { clientOptions: sim.clientOptions(), concurrency: 2 }), input: { kind: 'gcp', scope: ['organizations/100'] } }]), signal);
  });
} finally {
  await sim.close();
}
