import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { parseConfig } from '../config.js';
import { UsageError } from '../exit-codes.js';
import { STARTER_CONFIG } from '../starter-config.js';

/** Write a commented starter phiscan.yaml; never overwrite one without --force. */
export function initCommand(): Command {
  return new Command('init')
    .description('write a commented starter phiscan.yaml in the working directory')
    .option('--path <file>', 'where to write it', 'phiscan.yaml')
    .option('--force', 'overwrite an existing file')
    .action(async (flags: { path: string; force?: boolean }) => {
      parseConfig(STARTER_CONFIG, flags.path.endsWith('.json') ? 'starter.yaml' : flags.path);
      try {
        await writeFile(flags.path, STARTER_CONFIG, { flag: flags.force ? 'w' : 'wx' });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(`${flags.path} exists; pass --force to overwrite it`);
        throw new UsageError(`cannot write ${flags.path}: ${code ?? (err as Error).message}`);
      }
      process.stderr.write(`phiscan: wrote ${flags.path}\n`);
    });
}
