/**
 * `node --import ./scripts/module-trace.mjs ...` with PHISCAN_MODULE_TRACE=FILE: records every
 * module the process loads, one line each, `esm URL` (through the ESM loader's load hook) and
 * `cjs PATH` (require's cache at exit, which holds what CommonJS modules required from each other).
 * For the startup benchmark and the test that an IaC-only scan loads no cloud SDK.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import process from 'node:process';
import { isMainThread } from 'node:worker_threads';

let out;

// In the loader's hooks thread: one line per module the ESM loader loads.
export function initialize(data) {
  out = data.out;
}
export async function load(url, context, next) {
  appendFileSync(out, `esm ${url}\n`);
  return next(url, context);
}

const file = process.env.PHISCAN_MODULE_TRACE;
if (isMainThread && file) {
  writeFileSync(file, '');
  register(import.meta.url, { data: { out: file } });
  const { cache } = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(file, Object.keys(cache).map((f) => `cjs ${f}\n`).join('')));
}
