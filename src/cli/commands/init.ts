import { randomBytes } from 'node:crypto';
import { lstat, readlink, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command } from 'commander';
import { parseConfig } from '../config.js';
import { UsageError } from '../exit-codes.js';
import { STARTER_CONFIG } from '../starter-config.js';
import { printLine } from '../terminal.js';

/**
 * Write a commented starter phiscan.yaml; never overwrite one without --force, and never write
 * through a symbolic link (or into a FIFO or device) at that path: the file is written beside it
 * under a temporary name and renamed into place, which replaces the path itself, never a target.
 */
export function initCommand(): Command {
  return new Command('init')
    .option('--path <file>', 'where to write it', 'phiscan.yaml')
    .option('--force', 'overwrite an existing file')
    .action(async (flags: { path: string; force?: boolean }) => {
      parseConfig(STARTER_CONFIG, flags.path.endsWith('.json') ? 'starter.yaml' : flags.path);
      const existing = await lstat(flags.path).catch(() => undefined);
      if (existing?.isSymbolicLink()) {
        throw new UsageError(`${flags.path} is a symbolic link (to ${await readlink(flags.path).catch(() => '?')}); phiscan init does not write through links: remove it or give --path`);
      }
      if (existing && !existing.isFile()) throw new UsageError(`${flags.path} exists and is not a regular file`);
      if (existing && !flags.force) throw new UsageError(`${flags.path} exists; pass --force to overwrite it`);
      const tmp = join(dirname(flags.path), `.${basename(flags.path)}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        await writeFile(tmp, STARTER_CONFIG, { flag: 'wx' });
        // Without --force the path must still be free: a file that appeared since the check is kept.
        if (!flags.force && (await lstat(flags.path).catch(() => undefined))) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        await rename(tmp, flags.path);
      } catch (err) {
        await rm(tmp, { force: true });
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(`${flags.path} exists; pass --force to overwrite it`);
        throw new UsageError(`cannot write ${flags.path}: ${code ?? (err as Error).message}`);
      }
      printLine(`phiscan: wrote ${flags.path}`);
    });
}
