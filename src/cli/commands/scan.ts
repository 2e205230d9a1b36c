import { Command } from 'commander';
import { applyConfigScope } from '../config-scope.js';
import { UsageError } from '../exit-codes.js';
import { INPUTS } from '../inputs/index.js';
import type { SelectedInput } from '../inputs/types.js';
import { addScanOptions, type ScanFlags } from '../options.js';
import { printWarning } from '../terminal.js';
import { withSignals } from '../interrupt.js';
import { executeScan } from './execute-scan.js';

export function scanCommand(): Command {
  const cmd = addScanOptions(new Command('scan'));
  for (const input of INPUTS) input.register(cmd);
  return cmd.action(async (flags: ScanFlags & Record<string, unknown>) =>
    withSignals((signal) =>
      executeScan('scan', flags, async (settings) => {
        const scoped = applyConfigScope(flags, settings.config.scope);
        for (const p of scoped.unwired) printWarning(`config scope.${p} is not read by this build's inputs; use the ${p} flags`);
        const selected: SelectedInput[] = [];
        for (const input of INPUTS) {
          const s = await input.select(scoped.flags);
          if (s) selected.push(s);
        }
        if (selected.length === 0) throw new UsageError(`no input selected: give one of ${INPUTS.map((i) => i.name).join(', ') || 'the input flags'} (see \`phiscan scan --help\`)`);
        return selected;
      }, signal),
    ),
  );
}
