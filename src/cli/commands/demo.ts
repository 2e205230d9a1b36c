import { Command } from 'commander';
import { DEMO_SOURCES } from '../demo-sources.js';
import type { SelectedInput } from '../inputs/types.js';
import { addScanOptions, type ScanFlags } from '../options.js';
import { noteAwsSdkNodeSupport } from '../aws-sdk-note.js';
import { withSignals } from '../interrupt.js';
import { executeScan } from './execute-scan.js';

/** Scan the bundled demo world end to end (no cloud account needed). */
export function demoCommand(): Command {
  return addScanOptions(new Command('demo')).action(
    async (flags: ScanFlags) => {
      const started: { close(): Promise<void> }[] = [];
      try {
        await withSignals((signal) =>
          executeScan('demo', flags, async () => {
            noteAwsSdkNodeSupport();
            const inputs: SelectedInput[] = [];
            for (const start of DEMO_SOURCES) {
              const d = await start();
              started.push(d);
              inputs.push(d);
            }
            return inputs;
          }, signal),
        );
      } finally {
        await Promise.all(started.map((d) => d.close()));
      }
    },
  );
}
