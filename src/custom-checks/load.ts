/**
 * User-written checks (`--checks-dir DIR`, `checksDirs:` in the config): every `.js` / `.mjs`
 * module directly in DIR (names starting with `_` or `.` are helpers, not loaded) must default-
 * export `defineCheck({ meta, evaluate })`. Each is validated like a built-in check and then runs
 * exactly like one; its meta records the file and its sha256. A module that cannot be loaded or
 * is invalid is a one-line usage error naming the file (exit 2), before any cloud call.
 * Docs: docs/custom-checks.md.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../cli/exit-codes.js';
import type { Check } from '../engine/check-api.js';
import { checkProblems } from '../engine/check-meta.js';
import { byString } from '../model/order.js';
import { resolvePhiscanUnder } from './resolve-phiscan.js';

/** A check module's file name: `.js` or `.mjs`, not a helper (`_x.js`) or hidden file. */
export const CHECK_MODULE = /^[^._][^/\\]*\.m?js$/;

interface ModuleFile {
  /** As the user will recognise it: the directory as given, then the file name. */
  readonly shown: string;
  readonly real: string;
}

export async function loadCustomChecks(dirs: readonly string[], builtIn: readonly Check[]): Promise<Check[]> {
  const files: ModuleFile[] = [];
  const realDirs: string[] = [];
  for (const dir of dirs) {
    const real = await realDir(dir);
    if (realDirs.includes(real)) continue;
    realDirs.push(real);
    const names = (await readdir(real)).filter((n) => CHECK_MODULE.test(n)).sort(byString);
    for (const name of names) {
      const shown = join(dir, name).replace(/\\/g, '/');
      const st = await stat(join(real, name)).catch((err: unknown) => {
        throw new UsageError(`custom check ${shown}: cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      });
      if (st.isFile()) files.push({ shown, real: join(real, name) });
    }
  }
  resolvePhiscanUnder(realDirs);
  const taken = new Set(builtIn.flatMap((c) => [c.meta.id, ...(c.meta.aliases ?? [])]));
  const loaded: Check[] = [];
  for (const f of files) {
    const check = await loadOne(f, taken);
    for (const id of [check.meta.id, ...(check.meta.aliases ?? [])]) taken.add(id);
    loaded.push(check);
  }
  return loaded;
}

async function realDir(dir: string): Promise<string> {
  try {
    const real = await realpath(dir);
    if (!(await stat(real)).isDirectory()) throw new UsageError(`--checks-dir ${dir}: not a directory`);
    return real;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`--checks-dir ${dir}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

async function loadOne(f: ModuleFile, taken: ReadonlySet<string>): Promise<Check> {
  const url = pathToFileURL(f.real).href;
  const bytes = await readFile(f.real);
  let mod: { default?: unknown };
  try {
    mod = (await import(url)) as { default?: unknown };
  } catch (err) {
    throw new UsageError(`custom check ${f.shown}: cannot load: ${describeLoadError(err, url)}`);
  }
  if (mod.default === undefined) throw new UsageError(`custom check ${f.shown}: no default export (export default defineCheck({ meta, evaluate }))`);
  const problems = checkProblems(mod.default, taken);
  if (problems.length > 0) throw new UsageError(`custom check ${f.shown}: ${oneLine(problems[0] ?? '')}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  const check = mod.default as Check;
  return { ...check, meta: { ...check.meta, custom: { file: f.shown, sha256: createHash('sha256').update(bytes).digest('hex') } } };
}

/** "SyntaxError: Unexpected identifier 'x' (line 3)": the error and, when the stack names the module, its line. */
function describeLoadError(err: unknown, url: string): string {
  if (!(err instanceof Error)) return oneLine(String(err));
  const stack = err.stack ?? '';
  const at = stack.indexOf(`${url}:`);
  const line = at >= 0 ? /^:(\d+)/.exec(stack.slice(at + url.length))?.[1] : undefined;
  return `${err.name}: ${oneLine(err.message)}${line ? ` (line ${line})` : ''}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
