import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiscan, phiscanProcess } from '../helpers/cli.js';

const cli = (args: string[], env: Record<string, string> = {}) => phiscan(args, { env });
const tmp = () => mkdtempSync(join(tmpdir(), 'phiscan-cli-'));

describe('phiscan CLI', () => {
  it('demo writes a JSON report and exits 1 on failing findings; byte-identical with a frozen clock', async () => {
    const a = tmp();
    const b = tmp();
    const r1 = await cli(['demo', '-o', a, '-q'], { SOURCE_DATE_EPOCH: '1790000000' });
    const r2 = await cli(['demo', '-o', b, '-q'], { SOURCE_DATE_EPOCH: '1790000000' });
    expect(r1.code, r1.stderr).toBe(1);
    expect(r2.code).toBe(1);
    const report = JSON.parse(readFileSync(join(a, 'phiscan.json'), 'utf8')) as { schemaVersion: string; summary: { findings: { fail: number } } };
    expect(report.schemaVersion).toBe('1.3.0');
    expect(report.summary.findings.fail).toBeGreaterThan(0);
    expect(readFileSync(join(a, 'phiscan.json'), 'utf8')).toBe(readFileSync(join(b, 'phiscan.json'), 'utf8'));
  }, 180_000);

  it('exits 0 when no failing finding reaches --fail-on', async () => {
    const r = await cli(['demo', '-o', tmp(), '-q', '--checks', 'aws-s3-bucket-kms-encryption', '--fail-on', 'critical']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('exits 2 with one line for an unknown flag, unknown check and unknown requirement', async () => {
    for (const args of [['scan', '--bogus'], ['demo', '--checks', 'nope'], ['demo', '--requirement', 'nope'], ['scan']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('rejects an invalid config with a precise error and writes nothing', async () => {
    const dir = tmp();
    const cfg = join(dir, 'phiscan.yaml');
    writeFileSync(cfg, 'failOn: sometimes\n');
    const out = join(dir, 'out');
    const r = await cli(['demo', '-c', cfg, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/failOn: must be one of critical, high, medium, low, info');
    writeFileSync(cfg, 'colour: blue\n');
    expect((await cli(['demo', '-c', cfg, '-o', out])).stderr).toContain('unknown property "colour"');
    expect((await cli(['demo', '-c', join(dir, 'missing.yaml')])).code).toBe(2);
  });

  it('exits 2 when the output directory is not writable, leaving no report', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), '');
    const r = await cli(['demo', '-o', join(dir, 'file', 'sub')]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('lists checks by provider', async () => {
    const r = await cli(['checks', '--provider', 'aws', '--json']);
    const checks = JSON.parse(r.stdout) as { provider: string }[];
    expect(checks.length).toBeGreaterThanOrEqual(45);
    expect(checks.every((c) => c.provider === 'aws')).toBe(true);
  });
});

// The few things only a real process shows: its exit status, and which file descriptor each line reaches.
describe('phiscan CLI as a process', () => {
  it('exits 1 on failing findings with the summary on stderr and nothing on stdout; 2 for a usage error; 0 with JSON alone on stdout', () => {
    const demo = phiscanProcess(['demo', '-o', tmp(), '--checks', 'aws-s3-bucket-kms-encryption']);
    expect(demo.code, demo.stderr).toBe(1);
    expect(demo.stdout).toBe('');
    expect(demo.stderr).toMatch(/^phiscan: \d+ resources, \d+ failing/m);
    const usage = phiscanProcess(['scan', '--bogus']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toBe("phiscan: unknown option '--bogus'\n");
    const checks = phiscanProcess(['checks', '--json']);
    expect(checks.code).toBe(0);
    expect(checks.stderr).toBe('');
    expect((JSON.parse(checks.stdout) as unknown[]).length).toBeGreaterThanOrEqual(45);
  }, 180_000);
});
