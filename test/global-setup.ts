import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One scratch root per test run, removed when the run ends. Tests and the CLIs they start make
 * their scratch directories with `mkdtemp(tmpdir())` and spill to `tmpdir()`; pointing TMPDIR here
 * (forks inherit it) cleans all of them at once, so a run no longer leaves gigabytes of plans,
 * packed tarballs and reports behind (a full disk failed CI once).
 *
 * Each project runs this setup too: only the first call makes the root, so the path stays short
 * (chromium's singleton socket path must fit in 107 bytes).
 */
const ROOT = 'PHISCAN_TEST_SCRATCH';

export default function setup(): (() => void) | undefined {
  if (process.env[ROOT]) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'phiscan-t-'));
  process.env[ROOT] = root;
  process.env['TMPDIR'] = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
