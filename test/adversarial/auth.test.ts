/**
 * A scan of nothing must not pass. A requested provider that resolves no identity at all stops
 * the run before scanning (exit 2, one line naming the provider, the credential chain tried and
 * the fix, no report); partial failures stay coverage gaps in a written report and lead the
 * summary line. Invalid scope ids are usage errors (exit 2), never internal errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { AWS_SDK_NEXT_NODE_MAJOR, AWS_SDK_NODE_WARNING_SWITCH } from '../../src/cli/aws-sdk-note.js';
import { startAwsSimulator } from '../../src/simulator/aws/server.js';
import { accessKeyFor } from '../../src/simulator/aws/world.js';
import { loadDemoAwsWorld } from '../../src/simulator/aws/demo.js';
import { GCP_ASSET_TYPES } from '../../providers/gcp/index.js';
import { startGcpSimulator } from '../../src/simulator/gcp/server.js';
import { loadDemoGcpWorld } from '../../src/simulator/gcp/demo.js';
import { expectRefusal, expectTerminalSafe, ROOT, runCli, runProcess, tmp, writeText } from './harness.js';

const NO_IDENTITY: readonly { name: string; args: string[]; env?: Record<string, string>; why: RegExp }[] = [
  { name: 'scan --aws without credentials', args: ['scan', '--aws'], why: /^phiscan: aws: no identity could be resolved \(tried the AWS SDK default credential chain: .*\): STS GetCallerIdentity failed: CredentialsProviderError: .*; fix: .*aws sts get-caller-identity/ },
  { name: 'scan --profile nosuch', args: ['scan', '--profile', 'nosuch'], why: /^phiscan: aws: no identity could be resolved \(tried .*\(profile nosuch\)\): STS GetCallerIdentity failed: .*; fix: / },
  { name: 'scan --aws with refused keys (an unreachable STS)', args: ['scan', '--aws'], env: { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9' }, why: /^phiscan: aws: no identity could be resolved .*STS GetCallerIdentity failed: / },
  { name: 'scan --subscription without Azure credentials', args: ['scan', '--subscription', '00000000-0000-0000-0000-000000000001'], why: /^phiscan: azure: no identity could be resolved \(tried DefaultAzureCredential: .*\): .*; fix: sign in with `az login`/ },
  { name: 'scan --azure without Azure credentials', args: ['scan', '--azure'], why: /^phiscan: azure: no identity could be resolved/ },
  { name: 'scan --project without Application Default Credentials', args: ['scan', '--project', 'my-phi-project'], why: /^phiscan: gcp: no identity could be resolved \(tried Application Default Credentials: .*\): Could not load the default credentials.*; fix: run `gcloud auth application-default login`/ },
  { name: 'scan --organization without Application Default Credentials', args: ['scan', '--organization', '123456789012'], why: /^phiscan: gcp: no identity could be resolved/ },
];

const BAD_SCOPE: readonly { name: string; args: string[]; why: RegExp }[] = [
  { name: '--project foo (too short)', args: ['scan', '--project', 'foo'], why: /--project must be a project id/ },
  { name: '--project with upper case', args: ['scan', '--project', 'My-Project'], why: /--project must be a project id/ },
  { name: '--folder abc', args: ['scan', '--folder', 'abc'], why: /--folder must be a numeric folder id/ },
  { name: '--organization with a path', args: ['scan', '--organization', 'organizations/x'], why: /--organization must be a numeric organization id/ },
  { name: '--subscription not a GUID', args: ['scan', '--subscription', 'prod'], why: /--subscription must be a subscription id/ },
  { name: '--region nonsense', args: ['scan', '--region', 'mars-1'], why: /--region must be an AWS region/ },
];

describe('a requested provider that resolves no identity: exit 2 before scanning, one line, no report', () => {
  for (const c of NO_IDENTITY) {
    it(c.name, async () => {
      const dir = tmp();
      const r = await runCli([...c.args, '-o', join(dir, 'out')], { cwd: dir, ...(c.env ? { env: c.env } : {}) });
      expectRefusal(r, EXIT.usage, c.why);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  }
});

describe('invalid scope ids are usage errors (exit 2), never internal errors (exit 4)', () => {
  for (const c of BAD_SCOPE) {
    it(c.name, async () => {
      const dir = tmp();
      expectRefusal(await runCli([...c.args, '-o', join(dir, 'out')], { cwd: dir }), EXIT.usage, c.why);
    });
  }
});

describe('partial failures stay coverage gaps in a written report, and lead the summary line', () => {
  it('one denied service of one account: the report is written and the summary starts with PARTIAL COVERAGE', async () => {
    const world = loadDemoAwsWorld();
    const account = world.accounts[0]?.id ?? '';
    const sim = await startAwsSimulator({ world, faults: [{ kind: 'AccessDenied', service: 'kms' }] });
    try {
      const dir = tmp();
      const out = join(dir, 'out');
      const r = await runCli(['scan', '--aws', '--aws-endpoint', sim.endpoint, '--region', 'us-east-1', '-o', out], { cwd: dir, env: { AWS_ACCESS_KEY_ID: accessKeyFor(account), AWS_SECRET_ACCESS_KEY: 'simulator' } });
      expect([EXIT.ok, EXIT.findings]).toContain(r.code);
      expect(existsSync(join(out, 'phiscan.json'))).toBe(true);
      expect(r.stderr).toMatch(/^phiscan: PARTIAL COVERAGE: \d+ coverage gaps? \(aws \d+\): what they hide is not assessed, not passed/m);
      expect(r.stderr).not.toContain('NOTHING READ');
      expectTerminalSafe(r);
    } finally {
      await sim.close();
    }
  });
});

describe('a cloud that signs in and then yields nothing: the report is written, and the run exits 3, not 0', () => {
  it('every Cloud Asset Inventory list denied: the summary line leads with NOTHING READ from gcp', async () => {
    const world = loadDemoGcpWorld();
    const project = world.projects[0]?.projectId ?? '';
    const sim = await startGcpSimulator({ world, faults: GCP_ASSET_TYPES.map((assetType) => ({ assetType, code: 'PERMISSION_DENIED' as const })) });
    try {
      const dir = tmp();
      const out = join(dir, 'out');
      const r = await runCli(['scan', '--project', project, '--gcp-endpoint', `grpc://${sim.address}`, '-f', 'json', '-f', 'html', '-f', 'markdown', '-o', out], { cwd: dir, env: { GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent', METADATA_SERVER_DETECTION: 'none' } });
      expect(r.code, r.stderr).toBe(EXIT.incomplete);
      expect(r.stderr).toMatch(/^phiscan: NOTHING READ from gcp: every read failed; PARTIAL COVERAGE: \d+ coverage gaps \(gcp \d+\)/m);
      const report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as { summary: { resources: number }; gaps: { reason: string }[] };
      expect(report.summary.resources).toBe(0);
      expect(report.gaps.every((g) => g.reason === 'access-denied')).toBe(true);
      expect(readFileSync(join(out, 'phiscan.html'), 'utf8')).toContain('<strong>Nothing was read from gcp: every read failed.</strong>');
      expect(readFileSync(join(out, 'phiscan-summary.md'), 'utf8')).toContain('**Nothing was read from gcp**: every read failed.');
    } finally {
      await sim.close();
    }
  });
});

describe("the AWS SDK's Node.js version warning", () => {
  const major = Number(process.versions.node.split('.')[0]);
  it.runIf(major < AWS_SDK_NEXT_NODE_MAJOR)('the installed SDK still warns below Node.js 22 (the constant phiscan reports is the SDK\'s)', async () => {
    const r = await runProcess([], { script: join(ROOT, 'test/adversarial/_sdk-client.ts'), env: { [AWS_SDK_NODE_WARNING_SWITCH]: undefined } });
    expect(r.stderr).toContain(`NodeVersionSupportWarning`);
    expect(r.stderr).toContain(`node >=${AWS_SDK_NEXT_NODE_MAJOR}`);
  });

  it.runIf(major < AWS_SDK_NEXT_NODE_MAJOR)('is told once, in one line, instead of the SDK\'s eight', async () => {
    const dir = tmp();
    const r = await runProcess(['scan', '--aws', '-o', join(dir, 'out')], { cwd: dir, env: { [AWS_SDK_NODE_WARNING_SWITCH]: undefined, HOME: dir } });
    expect(r.code).toBe(EXIT.usage);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^phiscan: note: AWS SDK for JavaScript releases after the first week of January 2027 need Node\.js >= 22 .*docs\/aws\.md/);
    expect(lines[1]).toMatch(/^phiscan: aws: no identity could be resolved/);
    expect(r.stderr).not.toContain('NodeVersionSupportWarning');
  });

  it('a user who sets the SDK switch decides: true hides both', async () => {
    const dir = tmp();
    const r = await runCli(['scan', '--aws', '-o', join(dir, 'out')], { cwd: dir, env: { [AWS_SDK_NODE_WARNING_SWITCH]: 'true' } });
    expect(r.stderr).not.toContain('note:');
  });
});

describe('a scan that judged nothing says so in every output, never as complete coverage', () => {
  const plan = (changes: readonly unknown[]): string => JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', resource_changes: changes });
  const change = (type: string, name: string, after: Record<string, unknown>): unknown => ({ address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after, after_unknown: {} } });
  const scan = async (changes: readonly unknown[], extra: readonly string[] = []): Promise<{ code: number | null; stderr: string; out: string }> => {
    const dir = tmp();
    const out = join(dir, 'out');
    const r = await runCli(['scan', '--terraform-plan', writeText(dir, 'plan.json', plan(changes)), '-f', 'json', '-f', 'sarif', '-f', 'html', '-f', 'markdown', '-o', out, ...extra], { cwd: dir });
    return { code: r.code, stderr: r.stderr, out };
  };

  it('an empty plan: exit 0 (exit 3 under --strict), the summary line leads with NOTHING ASSESSED, and Markdown, HTML and SARIF say it', async () => {
    const r = await scan([]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/^phiscan: NOTHING ASSESSED: the inputs held no resources; nothing passed or failed; 0 resources, 0 failing/m);
    expect(readFileSync(join(r.out, 'phiscan-summary.md'), 'utf8')).toContain('Coverage: **nothing assessed**: the inputs held no resources');
    const page = readFileSync(join(r.out, 'phiscan.html'), 'utf8');
    expect(page).toContain('<h2>Nothing assessed</h2>');
    expect(page).not.toMatch(/class="card pass"><div class="n">complete/);
    const sarif = JSON.parse(readFileSync(join(r.out, 'phiscan.sarif'), 'utf8')) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[] };
    expect(sarif.runs[0]?.results).toEqual([]);
    expect(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications.map((n) => n.descriptor.id)).toContain('nothing-assessed');
    expect((await scan([], ['--strict'])).code).toBe(EXIT.incomplete);
  });

  it('a plan of types no check covers counts what it read; one whose only values are unknown until apply says every finding is not assessed; a plan with one judged bucket is an ordinary result', async () => {
    const unjudged = await scan([change('random_id', 'suffix', { byte_length: 4 })]);
    expect(unjudged.code).toBe(EXIT.ok);
    expect(unjudged.stderr).toMatch(/^phiscan: NOTHING ASSESSED: no check applied to the 1 resources read/m);
    const unknown = change('aws_ebs_volume', 'v', { availability_zone: 'us-east-1a', size: 1, tags: { phi: 'true' } }) as { change: { after_unknown: Record<string, boolean> } };
    unknown.change.after_unknown = { encrypted: true, kms_key_id: true };
    const onlyUnknown = await scan([unknown]);
    expect(onlyUnknown.stderr).toMatch(/^phiscan: NOTHING ASSESSED: every one of the \d+ findings is not assessed \(values unknown or not reported\); nothing passed or failed/m);
    const judged = await scan([change('aws_s3_bucket', 'b', { bucket: 'b', tags: { phi: 'true' } })]);
    expect(judged.stderr).not.toContain('NOTHING ASSESSED');
    expect(readFileSync(join(judged.out, 'phiscan.html'), 'utf8')).not.toContain('<h2>Nothing assessed</h2>');
  });
});
