/**
 * Interrupts and the run bound. SIGINT/SIGTERM are honoured in every phase (collection,
 * evaluation, rendering, writing): exit 130/143, nothing written, the previous reports untouched,
 * no empty output directory; a second signal ends the process at once. `--timeout` bounds the
 * whole run: its clock starts with the command, collection stops at the deadline (gaps, exit 3),
 * and a run that cannot evaluate and write in the finishing grace stops with exit 3, writing nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runScan, type ScanRequest } from '../../src/cli/pipeline.js';
import { ROOT, snapshot, spawnCli, tmp } from './harness.js';
import { syntheticCollector } from './_synthetic-collector.js';

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  /** Milliseconds from the last signal sent to the end of the process. */
  readonly afterLast: number;
}

/** Run the interrupt script; once it prints "collected", send `signals` `gapMs` apart. */
function interrupt(out: string, mode: 'evaluate' | 'stuck', signals: readonly NodeJS.Signals[], delayMs: number, gapMs = 300): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawnCli([out, mode], { script: join(ROOT, 'test/adversarial/_interrupt-scan.ts') });
    let stderr = '';
    let lastAt = 0;
    let started = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (started || !d.toString().includes('collected')) return;
      started = true;
      signals.forEach((sig, i) => setTimeout(() => ((lastAt = Date.now()), child.kill(sig)), delayMs + i * gapMs));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, afterLast: Date.now() - lastAt }));
  });
}

/** An output directory holding a previous run's reports. */
function previousReports(): string {
  const out = join(tmp(), 'out');
  mkdirSync(out);
  for (const name of ['phiscan.json', 'phiscan.sarif', 'phiscan.html']) writeFileSync(join(out, name), `previous ${name}\n`);
  return out;
}

describe('signals in the evaluation and render phases', () => {
  for (const [signal, code] of [['SIGTERM', EXIT.sigterm], ['SIGINT', EXIT.sigint]] as const) {
    it(`${signal} after collection (200k resources being evaluated) exits ${code} promptly; the previous reports are untouched`, async () => {
      const out = previousReports();
      const before = snapshot(out);
      const r = await interrupt(out, 'evaluate', [signal], 100);
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toContain('interrupted; no report written');
      expect(snapshot(out)).toEqual(before);
      // Well before the run would have finished evaluating and rendering 200k resources into three formats.
      expect(r.afterLast).toBeLessThan(3000);
    }, 120_000);
  }

  it('an interrupted run leaves no output directory behind when there was none', async () => {
    const out = join(tmp(), 'fresh', 'out');
    const r = await interrupt(out, 'evaluate', ['SIGTERM'], 100);
    expect(r.code, r.stderr).toBe(EXIT.sigterm);
    expect(existsSync(join(out, '..'))).toBe(false);
  }, 120_000);

  it('a second signal ends the process at once, even when a collector ignores the first', async () => {
    const out = join(tmp(), 'out');
    const r = await interrupt(out, 'stuck', ['SIGINT', 'SIGINT'], 100, 200);
    // The signal's default action (shell status 130), or exit 130: either way not the 2 s unwind limit.
    expect(r.signal === 'SIGINT' || r.code === EXIT.sigint, `${String(r.code)} ${String(r.signal)} ${r.stderr}`).toBe(true);
    expect(r.afterLast).toBeLessThan(1500);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

function request(output: string, extra: Partial<ScanRequest>): ScanRequest {
  return {
    command: 'scan', inputs: [], checks: ALL_CHECKS, formats: ['json'], output, failOn: 'info', strict: false,
    selection: { failOn: 'info', checks: [], skipChecks: [], requirements: [], strict: false },
    clock: () => new Date('2026-11-25T12:00:00Z'), progress: { update: () => undefined, done: () => undefined }, warn: () => undefined, ...extra,
  };
}

describe('--timeout bounds the whole run', () => {
  it('its clock starts with the command: time spent before collection (IaC parsing) counts, unread units become timeout gaps, exit 3', async () => {
    const out = join(tmp(), 'out');
    const inputs = [{ collector: syntheticCollector(10), input: { kind: 'aws', scope: ['x'] } }];
    const { exitCode, report } = await runScan(request(out, { inputs, timeoutMs: 200, runStartedAt: performance.now() - 1000, finishGraceMs: 30_000 }));
    expect(exitCode).toBe(EXIT.incomplete);
    expect(report.run.timeout).toEqual({ limitMs: 200, expired: true });
    expect(report.gaps.length).toBeGreaterThan(0);
    expect(report.gaps.every((g) => g.reason === 'timeout')).toBe(true);
    expect(existsSync(join(out, 'phiscan.json'))).toBe(true);
  });

  it('past the deadline and the finishing grace before evaluation: exit 3 (TimeoutExpired), nothing written', async () => {
    const out = join(tmp(), 'out');
    const inputs = [{ collector: syntheticCollector(10), input: { kind: 'aws', scope: ['x'] } }];
    await expect(runScan(request(out, { inputs, timeoutMs: 100, runStartedAt: performance.now() - 5000, finishGraceMs: 100 }))).rejects.toMatchObject({ name: 'TimeoutExpired' });
    expect(existsSync(out)).toBe(false);
  });

  it('an evaluation longer than the finishing grace is stopped between slices: exit 3, nothing written', async () => {
    const out = join(tmp(), 'out');
    const inputs = [{ collector: syntheticCollector(150_000), input: { kind: 'aws', scope: ['x'] } }];
    await expect(runScan(request(out, { inputs, timeoutMs: 50, finishGraceMs: 50 }))).rejects.toMatchObject({ name: 'TimeoutExpired' });
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
