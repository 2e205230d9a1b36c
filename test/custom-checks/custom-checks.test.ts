/**
 * User-written checks the way a user writes them: a directory outside the project with `.mjs`
 * modules importing from 'phiscan', passed to the CLI with --checks-dir or `checksDirs:`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiscanProcessBatch, type CliResult } from '../helpers/cli.js';

const META = {
  id: 'aws-s3-bucket-owner-tagged',
  title: 'S3 bucket names its owning team in an owner tag',
  severity: 'low',
  provider: 'aws',
  service: 's3',
  resourceTypes: ['aws.s3.bucket'],
  requirements: ['asset-inventory'],
  currentRule: ['45 CFR 164.310(d)(1)'],
  rationale: 'Every bucket that may hold ePHI needs an accountable owner.',
  remediation: { summary: 'Add an owner tag.', console: 'S3 > Tags', cli: 'aws s3api put-bucket-tagging', terraform: 'tags = { owner = "TEAM" }' },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/CostAllocTagging.html'],
};

const EVALUATE = `evaluate(bucket) {
    if (bucket.tags === undefined) return notAssessed('tags could not be read', ['tags', undefined]);
    return bucket.tags.owner ? pass('owner is ' + bucket.tags.owner, ['tags.owner', bucket.tags.owner]) : fail('no owner tag', ['tags.owner', null]);
  }`;

function checkModule(meta: Record<string, unknown> = META): string {
  return `import { defineCheck, pass, fail, notAssessed } from 'phiscan';\nexport default defineCheck({\n  meta: ${JSON.stringify(meta)},\n  ${EVALUATE},\n});\n`;
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-custom-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

interface Report {
  checks: { id: string; custom?: { file: string; sha256: string } }[];
  findings: { checkId: string; status: string; resource: { id: string } }[];
}

const BAD: [string, string, RegExp][] = [
  ['a default export that is not a check', 'export default 42;\n', /is not a check object/],
  ['no default export', "export const x = 1;\n", /no default export/],
  ['a syntax error', 'export default {\n', /cannot load: SyntaxError/],
  ['an id of a built-in check', checkModule({ ...META, id: 'aws-s3-bucket-versioning-enabled' }), /meta\.id "aws-s3-bucket-versioning-enabled" is already the id or an alias/],
  ['an unknown requirement', checkModule({ ...META, requirements: ['encryption-everywhere'] }), /unknown NPRM requirement id "encryption-everywhere"/],
  ['an unknown resource type', checkModule({ ...META, resourceTypes: ['aws.s3.bukket'] }), /unknown resource type "aws\.s3\.bukket"/],
  ['a resource type of another provider', checkModule({ ...META, resourceTypes: ['gcp.storage.bucket'] }), /is not a aws type/],
];

// The checks load through Node's own module loader, as for a user, so these run in a real process:
// one process for all the command lines below (each with its own directory), at one start-up.
describe('user-written checks (--checks-dir)', () => {
  const dirs = {
    demo: project({ 'my-checks/owner-tagged.mjs': checkModule(), 'my-checks/_helper.mjs': 'throw new Error("helpers are not loaded")' }),
    config: project({ 'checks/owner.mjs': checkModule(), 'phiscan.yaml': 'checksDirs: [checks]\n' }),
    bad: BAD.map(([, text]) => project({ 'bad/check.mjs': text })),
    missing: project({}),
  };
  let demo: CliResult, listed: CliResult, configured: CliResult, missing: CliResult;
  let bad: CliResult[] = [];
  beforeAll(() => {
    const results = phiscanProcessBatch([
      { args: ['demo', '--checks-dir', 'my-checks', '-f', 'json,sarif', '-o', 'out', '-q'], opts: { cwd: dirs.demo } },
      { args: ['checks', '--checks-dir', 'checks', '--provider', 'aws'], opts: { cwd: dirs.config } },
      { args: ['demo', '--checks', META.id, '-o', 'out', '-q'], opts: { cwd: dirs.config } },
      { args: ['checks', '--checks-dir', 'nope'], opts: { cwd: dirs.missing } },
      ...dirs.bad.map((cwd) => ({ args: ['demo', '--checks-dir', 'bad', '-o', 'out'], opts: { cwd } })),
    ]);
    [demo, listed, configured, missing] = results as [CliResult, CliResult, CliResult, CliResult];
    bad = results.slice(4);
  }, 180_000);

  it('runs a check importing from phiscan like a built-in one, in the JSON and SARIF reports', () => {
    expect(demo.code, demo.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(dirs.demo, 'out/phiscan.json'), 'utf8')) as Report;
    const check = report.checks.find((c) => c.id === META.id);
    expect(check?.custom?.file).toBe('my-checks/owner-tagged.mjs');
    expect(check?.custom?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const statuses = new Set(report.findings.filter((f) => f.checkId === META.id).map((f) => f.status));
    expect(statuses).toEqual(new Set(['pass', 'fail']));
    expect(report.checks.filter((c) => c.custom)).toHaveLength(1);
    const sarif = JSON.parse(readFileSync(join(dirs.demo, 'out/phiscan.sarif'), 'utf8')) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string; properties: { tags: string[] } }[] } }; results: { ruleId: string }[] }[] };
    const rule = sarif.runs[0]?.tool.driver.rules.find((x) => x.id === META.id);
    expect(rule?.properties.tags).toContain('custom');
    expect(rule?.helpUri).toBeUndefined();
    expect(sarif.runs[0]?.results.some((x) => x.ruleId === META.id)).toBe(true);
  });

  it('reads checksDirs from the config file and lists the checks with `phiscan checks`', () => {
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/aws-s3-bucket-owner-tagged .*\(custom: checks\/owner\.mjs\)/);
    expect(configured.code, configured.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(dirs.config, 'out/phiscan.json'), 'utf8')) as Report;
    expect(report.checks.map((c) => c.id)).toEqual([META.id]);
  });

  it.each(BAD.map(([name, , message], i) => [name, i, message] as const))('rejects %s with a one-line exit-2 error naming the file, before scanning', (_name, i, message) => {
    const r = bad[i]!;
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^phiscan: custom check bad\/check\.mjs: /);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dirs.bad[i]!, 'out'))).toBe(false);
  });

  it('rejects a directory that does not exist', () => {
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--checks-dir nope: cannot read: ENOENT/);
  });
});
