/**
 * A real `phiscan scan` process for the signal cases: node --import tsx _interrupt-scan.ts OUTDIR MODE
 * MODE `evaluate`: 200k synthetic resources, so the run spends seconds evaluating and rendering
 * after collection (it prints "collected" when evaluation starts). MODE `stuck`: a collector that
 * hangs and ignores the abort (prints "collected" once it hangs).
 */
import { executeScan } from '../../src/cli/commands/execute-scan.js';
import { withSignals } from '../../src/cli/interrupt.js';
import { syntheticCollector } from './_synthetic-collector.js';

const [output = 'phiscan-out', mode = 'evaluate'] = process.argv.slice(2);
const collector = syntheticCollector(200_000, { stuck: mode === 'stuck', onCollected: () => process.stdout.write('collected\n') });
await withSignals((signal) => executeScan('scan', { output, quiet: true, format: ['json', 'sarif', 'html'] }, () => Promise.resolve([{ collector, input: { kind: 'aws', scope: ['synthetic'] } }]), signal));
