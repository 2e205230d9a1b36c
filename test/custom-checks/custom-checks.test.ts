/**
 * User-written checks the way a user writes them: a directory outside the project with `.mjs`
 * modules importing from 'phiscan', passed to the CLI with --checks-dir or `checksDirs:`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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

describe('user-written checks (--checks-dir)', () => {
  it('runs a check importing from phiscan like a built-in one, in the JSON and SARIF reports', () => {
    const dir = project({ 'my-checks/owner-tagged.mjs': checkModule(), 'my-checks/_helper.mjs': 'throw new Error("helpers are not loaded")' });
    const r = cli(['demo', '--checks-dir', 'my-checks', '-f', 'json,sarif', '-o', 'out', '-q'], dir);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'out/phiscan.json'), 'utf8')) as Report;
    const check = report.checks.find((c) => c.id === META.id);
    expect(check?.custom?.file).toBe('my-checks/owner-tagged.mjs');
    expect(check?.custom?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const statuses = new Set(report.findings.filter((f) => f.checkId === META.id).map((f) => f.status));
    expect(statuses).toEqual(new Set(['pass', 'fail']));
    expect(report.checks.filter((c) => c.custom)).toHaveLength(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'out/phiscan.sarif'), 'utf8')) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string; properties: { tags: string[] } }[] } }; results: { ruleId: string }[] }[] };
    const rule = sarif.runs[0]?.tool.driver.rules.find((x) => x.id === META.id);
    expect(rule?.properties.tags).toContain('custom');
    expect(rule?.helpUri).toBeUndefined();
    expect(sarif.runs[0]?.results.some((x) => x.ruleId === META.id)).toBe(true);
  });

  it('reads checksDirs from the config file and lists the checks with `phiscan checks`', () => {
    const dir = project({ 'checks/owner.mjs': checkModule(), 'phiscan.yaml': 'checksDirs: [checks]\n' });
    const listed = cli(['checks', '--checks-dir', 'checks', '--provider', 'aws'], dir);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/aws-s3-bucket-owner-tagged .*\(custom: checks\/owner\.mjs\)/);
    const r = cli(['demo', '--checks', META.id, '-o', 'out', '-q'], dir);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'out/phiscan.json'), 'utf8')) as Report;
    expect(report.checks.map((c) => c.id)).toEqual([META.id]);
  });

  it.each([
    ['a default export that is not a check', 'export default 42;\n', /is not a check object/],
    ['no default export', "export const x = 1;\n", /no default export/],
    ['a syntax error', 'export default {\n', /cannot load: SyntaxError/],
    ['an id of a built-in check', checkModule({ ...META, id: 'aws-s3-bucket-versioning-enabled' }), /meta\.id "aws-s3-bucket-versioning-enabled" is already the id or an alias/],
    ['an unknown requirement', checkModule({ ...META, requirements: ['encryption-everywhere'] }), /unknown NPRM requirement id "encryption-everywhere"/],
    ['an unknown resource type', checkModule({ ...META, resourceTypes: ['aws.s3.bukket'] }), /unknown resource type "aws\.s3\.bukket"/],
    ['a resource type of another provider', checkModule({ ...META, resourceTypes: ['gcp.storage.bucket'] }), /is not a aws type/],
  ])('rejects %s with a one-line exit-2 error naming the file, before scanning', (_name, text, message) => {
    const dir = project({ 'bad/check.mjs': text });
    const r = cli(['demo', '--checks-dir', 'bad', '-o', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^phiscan: custom check bad\/check\.mjs: /);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('rejects a directory that does not exist', () => {
    const r = cli(['checks', '--checks-dir', 'nope'], project({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--checks-dir nope: cannot read: ENOENT/);
  });
});
