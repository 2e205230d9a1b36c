import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputFile } from '../../reports/types.js';
import { UsageError } from './exit-codes.js';

/** Fail before the scan, not after it: create the directory and prove it is writable. */
export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = join(dir, `.phiscan-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    const fh = await open(probe, 'wx');
    await fh.close();
    await rm(probe, { force: true });
  } catch (err) {
    throw new UsageError(`output directory ${dir} is not writable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/**
 * Write every file to a temporary name first, then rename them into place, so a failure
 * or an interruption never leaves a half-written report behind.
 */
export async function writeFilesAtomically(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  await ensureWritableDir(dir);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: { tmp: string; final: string }[] = [];
  try {
    for (const f of files) {
      const tmp = join(dir, `.${f.name}.${tag}.tmp`);
      staged.push({ tmp, final: join(dir, f.name) });
      await writeFile(tmp, f.content, { flag: 'wx' });
    }
    for (const s of staged) await rename(s.tmp, s.final);
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw new UsageError(`could not write report to ${dir}: ${(err as Error).message}`);
  }
  return staged.map((s) => s.final);
}
