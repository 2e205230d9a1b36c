import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { awsInput } from '../../../src/cli/inputs/aws.js';
import { loadDemoAwsWorld } from '../../../src/simulator/aws/demo.js';
import { startAwsSimulator } from '../../../src/simulator/aws/server.js';
import { accessKeyFor } from '../../../src/simulator/aws/world.js';
import { phiscan } from '../../helpers/cli.js';

function parse(argv: string[]): Record<string, unknown> {
  const cmd = new Command('scan').exitOverride();
  awsInput.register(cmd);
  cmd.parse(argv, { from: 'user' });
  return cmd.opts();
}

function error(argv: string[]): string {
  try {
    void awsInput.select(parse(argv));
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

describe('awsInput', () => {
  it('is not selected without AWS flags', () => {
    expect(awsInput.select(parse([]))).toBeUndefined();
  });

  it('builds the scope from --aws, --profile, repeated --region and organization flags', async () => {
    expect((await awsInput.select(parse(['--aws'])))?.input).toEqual({ kind: 'aws', scope: ['profile:default'] });
    expect((await awsInput.select(parse(['--profile', 'audit', '--region', 'us-east-1', '--region', 'eu-west-1', '--region', 'us-east-1'])))?.input).toEqual({ kind: 'aws', scope: ['profile:audit', 'us-east-1', 'eu-west-1'] });
    const org = await awsInput.select(parse(['--org', '--assume-role', 'PhiscanReadOnly', '--external-id', 'ext-123', '--all-regions', '--config-aggregator', 'org-agg']));
    expect(org?.input).toEqual({ kind: 'aws', scope: ['organization', 'all-regions'] });
    expect(org?.collector.name).toBe('aws');
  });

  it('rejects bad values and combinations with a one-line message', () => {
    const cases: [string[], RegExp][] = [
      [['--region', 'mars-1'], /^--region must be an AWS region/],
      [['--org'], /^--org needs --assume-role/],
      [['--aws', '--assume-role', 'R'], /^--assume-role is used with --org/],
      [['--org', '--assume-role', 'arn:aws:iam::1:role/R'], /^--assume-role must be an IAM role name/],
      [['--aws', '--external-id', 'x1'], /^--external-id is used with/],
      [['--region', 'us-east-1', '--all-regions'], /^give either --region or --all-regions/],
      [['--aws', '--aws-endpoint', 'https://ec2.amazonaws.com'], /^--aws-endpoint is for loopback simulators/],
      [['--aws', '--aws-endpoint', 'not a url'], /^--aws-endpoint must be a URL/],
    ];
    for (const [argv, re] of cases) {
      const m = error(argv);
      expect(m, argv.join(' ')).toMatch(re);
      expect(m).not.toContain('\n');
    }
  });
});

describe('phiscan scan --aws against the simulator', () => {
  it('scans through the default credential chain (env keys) and the loopback endpoint, writing a report', async () => {
    const sim = await startAwsSimulator({ world: loadDemoAwsWorld() });
    const out = mkdtempSync(join(tmpdir(), 'phiscan-aws-'));
    try {
      const env = { AWS_ACCESS_KEY_ID: accessKeyFor('111122223333'), AWS_SECRET_ACCESS_KEY: 'sim', AWS_PROFILE: '', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', PHISCAN_AWS_ENDPOINT: sim.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
      const { code } = await phiscan(['scan', '--aws', '--region', 'us-east-1', '-o', out, '-q'], { env });
      expect(code).toBe(1);
      const report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as { run: { inputs: unknown[]; identities: string[] }; summary: { resources: number } };
      expect(report.run.inputs).toEqual([{ kind: 'aws', scope: ['profile:default', 'us-east-1'] }]);
      expect(report.run.identities).toEqual(['arn:aws:iam::111122223333:user/phiscan']);
      expect(report.summary.resources).toBe(48);
      expect(sim.calls.every((c) => c.account === '111122223333')).toBe(true);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
