import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Collector } from '../../providers/types.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanReport } from '../../src/model/report.js';
import type { Resource } from '../../src/model/resource.js';
import { startGcpSimulator } from '../../src/simulator/gcp/server.js';
import { ORG_WORLD } from '../providers/gcp/_world.js';
import { gcpInput, scan, tmp } from './_scan.js';

const bucket = (name: string): Resource =>
  ({ provider: 'gcp', type: 'gcp.storage.bucket', id: `//storage.googleapis.com/${name}`, name, account: 'p-one', region: 'us', tags: {}, config: {}, source: { kind: 'live', api: 'test' } }) as unknown as Resource;

describe('--timeout', () => {
  it('stops collection at the deadline, reports unread work units as timeout gaps, writes a complete report and exits 3', async () => {
    const sim = await startGcpSimulator({ world: ORG_WORLD, latencyMs: 150 });
    try {
      const warnings: string[] = [];
      const { exitCode, output } = await scan([gcpInput(sim, { projects: ['alpha-prod', 'beta-prod', 'gamma-prod'] })], { timeoutMs: 200, warn: (l) => warnings.push(l) });
      expect(exitCode).toBe(EXIT.incomplete);
      const report = JSON.parse(readFileSync(join(output, 'phiscan.json'), 'utf8')) as ScanReport;
      expect(report.run.timeout).toEqual({ limitMs: 200, expired: true });
      expect(report.summary.coverage).toBe('partial');
      const timeouts = report.gaps.filter((g) => g.reason === 'timeout');
      expect(timeouts.length).toBeGreaterThan(0);
      expect(report.gaps.every((g) => g.reason === 'timeout')).toBe(true);
      expect(timeouts[0]?.message).toContain('--timeout expired');
      // Each unread listing hides its types: their checks are not assessed for that project, never passed.
      expect(report.findings.some((f) => f.status === 'not_assessed' && f.message.includes('ListAssets timeout'))).toBe(true);
      // The calls made before the deadline are fewer than a full scan needs.
      expect(sim.calls.length).toBeLessThan(40); // a full scan of this scope makes 75
      expect(warnings.some((w) => w.includes('--timeout expired'))).toBe(true);
    } finally {
      await sim.close();
    }
  });

  it('does not expire when collection finishes in time', async () => {
    const sim = await startGcpSimulator({ world: ORG_WORLD });
    try {
      const { report, exitCode } = await scan([gcpInput(sim, { organization: '100' })], { timeoutMs: 60_000 });
      expect(report.run.timeout).toEqual({ limitMs: 60_000, expired: false });
      expect(report.gaps).toEqual([]);
      expect(exitCode).toBe(EXIT.findings);
    } finally {
      await sim.close();
    }
  });

  it('abandons a collector that ignores the deadline after the grace period, keeping what it yielded', async () => {
    const stuck: Collector = {
      name: 'stuck',
      async *collect() {
        yield { kind: 'resource', resource: bucket('early') };
        await new Promise(() => undefined);
      },
    };
    const { report, exitCode } = await scan([{ collector: stuck, kind: 'gcp', scope: ['projects/p-one'] }], { timeoutMs: 50, deadlineGraceMs: 50 });
    expect(exitCode).toBe(EXIT.incomplete);
    expect(report.resources.map((r) => r.name)).toEqual(['early']);
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]).toMatchObject({ provider: 'gcp', service: 'collector', operation: 'collect:gcp', reason: 'timeout' });
    expect(report.gaps[0]?.resourceTypes).toContain('gcp.storage.bucket');
  });
});

describe('a collector that fails mid-scan', () => {
  it('expired credentials become an access-denied coverage gap, not a crash; secrets are scrubbed', async () => {
    const expiring: Collector = {
      name: 'expiring',
      async *collect() {
        yield { kind: 'resource', resource: bucket('first') };
        await Promise.resolve();
        throw Object.assign(new Error('The security token included in the request is expired: ya29.secretTokenValue'), { name: 'ExpiredTokenException' });
      },
    };
    const { report, exitCode, output } = await scan([{ collector: expiring, kind: 'gcp', scope: ['projects/p-one'] }]);
    expect(existsSync(join(output, 'phiscan.json'))).toBe(true);
    // Not --strict, and the one resource read has nothing failing: the gap is in the report, the exit is 0.
    expect(exitCode).toBe(EXIT.ok);
    expect(report.resources).toHaveLength(1);
    expect(report.gaps).toEqual([
      expect.objectContaining({ provider: 'gcp', reason: 'access-denied', errorCode: 'ExpiredTokenException', message: 'collector stopped: The security token included in the request is expired: ya29.***' }),
    ]);
    expect(readFileSync(join(output, 'phiscan.json'), 'utf8')).not.toContain('secretTokenValue');
  });

  it('the user interrupt still aborts the run and writes nothing', async () => {
    const controller = new AbortController();
    const slow: Collector = {
      name: 'slow',
      async *collect(ctx) {
        yield { kind: 'resource', resource: bucket('a') };
        controller.abort(new Error('interrupted by SIGTERM'));
        await Promise.resolve();
        ctx.signal?.throwIfAborted();
      },
    };
    const out = tmp();
    await expect(scan([{ collector: slow, kind: 'gcp', scope: [] }], { signal: controller.signal, output: out })).rejects.toThrow(/interrupted/);
    expect(existsSync(join(out, 'phiscan.json'))).toBe(false);
  });
});
