import { lstatSync, mkdirSync, renameSync, rmSync, rmdirSync, statfsSync } from 'node:fs';
import { access, constants, mkdir, mkdtemp, open, realpath, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { chunksOf } from '../../reports/output.js';
import type { OutputFile } from '../../reports/types.js';
import { UsageError } from './exit-codes.js';
import { onHardExit } from './interrupt.js';

/**
 * Pseudo file systems (linux/magic.h): proc, sysfs, devpts, debugfs, tracefs, securityfs, cgroup,
 * cgroup2, bpf, configfs, pstore, efivarfs, fusectl, binfmt_misc, selinuxfs, smackfs, nsfs. Writes
 * there reach the kernel, not a disk: refused as an output directory before anything runs.
 */
const PSEUDO_FS = new Set([
  0x9fa0, 0x62656572, 0x1cd1, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0xcafe4a11, 0x62656570, 0x6165676c, 0xde5e81e4, 0x65735543, 0x42494e4d, 0xf97cff8c,
  0x43415d53, 0x6e736673,
]);

const isUnder = (path: string, root: string): boolean => path === root || path.startsWith(`${root}${sep}`);

/**
 * Before any work: the output directory can be used, without creating it (an interrupted or
 * failed run leaves no empty directory behind). It must be a directory if it exists, its nearest
 * existing ancestor must be a writable directory, and none may be on a pseudo file system
 * (/proc, /sys, device nodes) where a write goes to the kernel. One line, exit 2, otherwise.
 */
export async function checkOutputDir(dir: string): Promise<void> {
  const fail = (why: string) => new UsageError(`--output ${dir}: ${why}`);
  let existing = resolve(dir);
  for (;;) {
    const st = await stat(existing).catch((err: unknown) => {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      throw fail(code === 'ENOTDIR' ? 'a path component is not a directory' : `cannot be used (${code ?? 'error'})`);
    });
    if (st) {
      if (!st.isDirectory()) throw fail(existing === resolve(dir) ? 'exists and is not a directory' : `${existing} is not a directory`);
      break;
    }
    const up = dirname(existing);
    if (up === existing) throw fail('no existing parent directory');
    existing = up;
  }
  const real = await realpath(existing);
  const pseudo = (process.platform === 'linux' && PSEUDO_FS.has(statfsSync(real).type)) || ['/proc', '/sys'].some((r) => isUnder(real, r)) || (isUnder(real, '/dev') && !isUnder(real, '/dev/shm'));
  if (pseudo) throw fail(`${real} is on a pseudo file system (/proc, /sys or /dev); give a directory on a disk`);
  try {
    await access(existing, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw fail(`${existing} is not writable (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Replace the report set in `dir` as a whole or not at all. Every file is first written into a
 * hidden staging directory inside `dir` (same file system, so the final renames cannot fail with
 * EXDEV on a mounted volume, and a read-only parent does not matter); the abort signal is
 * honoured throughout. Then, synchronously (no signal handler runs in between): every target is
 * checked (an existing directory of that name fails the write before anything moves), the old
 * files are moved aside into the staging directory, and the new ones renamed in; a failure rolls
 * back what moved. A directory phiscan created for the write is removed again on failure.
 * `files` may be produced lazily (one format rendered after the previous one is written), and
 * each file's content is written chunk by chunk as it comes: nothing needs all reports in memory.
 */
export async function writeFilesAtomically(dir: string, files: Iterable<OutputFile> | AsyncIterable<OutputFile>, signal?: AbortSignal): Promise<string[]> {
  await checkOutputDir(dir);
  const created = await mkdir(dir, { recursive: true }).catch((err: unknown) => {
    throw new UsageError(`could not write report to ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  });
  let staging: string | undefined;
  const removeSync = (): void => {
    if (staging) rmSync(staging, { recursive: true, force: true });
    if (created) removeEmptyDirsSync(created, dir);
  };
  const unregister = onHardExit(removeSync);
  const names: string[] = [];
  try {
    staging = await mkdtemp(join(dir, '.phiscan-staging-'));
    for await (const f of files) {
      signal?.throwIfAborted();
      await writeStaged(join(staging, f.name), f, signal);
      names.push(f.name);
    }
    signal?.throwIfAborted();
    commit(dir, staging, names);
  } catch (err) {
    if (staging) await rm(staging, { recursive: true, force: true });
    if (created) await removeEmptyDirs(created, dir);
    if (signal?.aborted) throw err;
    throw err instanceof UsageError ? err : new UsageError(`could not write report to ${dir}: ${(err as Error).message}`);
  } finally {
    unregister();
  }
  await rm(staging, { recursive: true, force: true });
  return names.map((name) => join(dir, name));
}

/** One file, created (never overwritten: `wx`), its chunks written in order as they are produced. */
async function writeStaged(path: string, file: OutputFile, signal: AbortSignal | undefined): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    for await (const chunk of chunksOf(file.content)) {
      signal?.throwIfAborted();
      await handle.writeFile(chunk);
    }
  } finally {
    await handle.close();
  }
}

/** Move the staged files in; on any failure put every old file back and remove the new ones. */
function commit(dir: string, staging: string, names: readonly string[]): void {
  for (const name of names) {
    const st = lstatOrUndefined(join(dir, name));
    if (st?.isDirectory()) throw new UsageError(`could not write report to ${dir}: ${name} exists and is a directory; nothing was replaced`);
  }
  const aside = join(staging, '.previous');
  mkdirSync(aside);
  const done: { name: string; hadOld: boolean }[] = [];
  try {
    for (const name of names) {
      const target = join(dir, name);
      const hadOld = lstatOrUndefined(target) !== undefined;
      if (hadOld) renameSync(target, join(aside, name));
      done.push({ name, hadOld });
      renameSync(join(staging, name), target);
    }
  } catch (err) {
    for (const { name, hadOld } of done.reverse()) {
      const target = join(dir, name);
      try {
        if (hadOld) renameSync(join(aside, name), target);
        else rmSync(target, { force: true });
      } catch {
        // Best effort: keep rolling back the others.
      }
    }
    throw err;
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Remove `leaf` and its parents up to `top` (the first directory mkdir created), if empty. */
async function removeEmptyDirs(top: string, leaf: string): Promise<void> {
  for (let d = resolve(leaf); isUnder(d, resolve(top)); d = dirname(d)) if (!(await rmdir(d).then(() => true, () => false))) return;
}

function removeEmptyDirsSync(top: string, leaf: string): void {
  for (let d = resolve(leaf); isUnder(d, resolve(top)); d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return;
    }
  }
}
