/** The public API from a program: scan a Terraform plan, render, exit code; errors as documented. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, exitCode, render, scan } from '../../src/index.js';
import { REPORTERS } from '../../reports/index.js';

const root = join(import.meta.dirname, '..', '..');
const plan = join(root, 'fixtures/iac/aws/noncompliant/plan.json');

describe('public API', () => {
  it('FORMATS lists exactly the reporters', () => {
    expect([...FORMATS].sort()).toEqual(REPORTERS.map((r) => r.format).sort());
  });

  it('scans a plan into the JSON report, renders it deterministically and gives the CLI exit code', async () => {
    const now = new Date('2026-01-02T03:04:05Z');
    const report = await scan({ inputs: { terraformPlan: [plan] }, checks: ['CKV_AWS_21', 'aws-kms-key-rotation-enabled'], now });
    expect(report.run.startedAt).toBe(now.toISOString());
    expect(new Set(report.findings.map((f) => f.checkId))).toEqual(new Set(['aws-s3-bucket-versioning-enabled', 'aws-kms-key-rotation-enabled']));
    expect(report.findings.some((f) => f.status === 'fail')).toBe(true);
    const [a, b] = await Promise.all([render(report, 'sarif'), render(report, 'sarif')]);
    expect(a.map((f) => f.name)).toEqual(['phiscan.sarif']);
    expect(a[0]?.content).toBe(b[0]?.content);
    expect(await exitCode(report, { failOn: 'info' })).toBe(1);
  });

  it('rejects bad options with a UsageError, before reading anything', async () => {
    await expect(scan({ inputs: {} })).rejects.toMatchObject({ name: 'UsageError', message: expect.stringMatching(/no input selected/) as unknown });
    await expect(scan({ inputs: { terraformPlan: [plan] }, checks: ['nope'] })).rejects.toMatchObject({ name: 'UsageError' });
  });
});
