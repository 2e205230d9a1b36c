import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmp } from './_scan.js';

const root = join(import.meta.dirname, '..', '..');

/** Start the slow scan, signal it once it is collecting, and wait for it to end. */
function interrupt(signal: 'SIGINT' | 'SIGTERM', out: string): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/schedule/_slow-scan.ts'), out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sentAt = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      // Collection of this scope takes several seconds at 250 ms per call; signal well inside it.
      if (d.toString().includes('scanning') && !sentAt) setTimeout(() => ((sentAt = Date.now()), child.kill(signal)), 600);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - sentAt }));
  });
}

describe('SIGINT / SIGTERM during a scan', () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal} stops a slow simulator scan with exit ${code} and writes nothing`, async () => {
      const out = join(tmp(), 'out');
      const r = await interrupt(signal, out);
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toContain('interrupted; no report written');
      // The output directory is only created to write the report: an interrupted run leaves none behind.
      expect(existsSync(out)).toBe(false);
      // It stopped promptly rather than finishing the scan.
      expect(r.ms).toBeLessThan(5000);
    }, 30_000);
  }
});
