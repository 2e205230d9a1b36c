/**
 * The package as a user gets it: `npm pack` the built tree (dist/ from `npm ci` / `npm run
 * build`), install the tarball into an empty project, and use it there: the CLI through npx with
 * every report format and a user-written check, the public API from a program, and its types
 * from TypeScript. Dependencies come from the npm cache first (--prefer-offline): after `npm ci`
 * every one of them is there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/api/index.js';
import { REPORT_SCHEMA_VERSION } from '../../src/model/report.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let project = '';

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CHECK = `import { defineCheck, pass, fail, notAssessed } from 'phiscan';
export default defineCheck({
  meta: {
    id: 'aws-s3-bucket-owner-tagged', title: 'S3 bucket has an owner tag', severity: 'low', provider: 'aws', service: 's3',
    resourceTypes: ['aws.s3.bucket'], requirements: ['asset-inventory'], currentRule: ['45 CFR 164.310(d)(1)'],
    rationale: 'Every bucket needs an accountable owner.',
    remediation: { summary: 'Tag it.', console: 'S3 > Tags', cli: 'aws s3api put-bucket-tagging', terraform: 'tags = { owner = "x" }' },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/CostAllocTagging.html'],
  },
  evaluate(b) {
    if (b.tags === undefined) return notAssessed('tags unreadable', ['tags', undefined]);
    return b.tags.owner ? pass('owner set', ['tags.owner', b.tags.owner]) : fail('no owner', ['tags.owner', null]);
  },
});
`;

const TYPED = `import { defineCheck, fail, pass, scan, render, type ScanReport, type Finding, type ConfigOf, type aws } from 'phiscan';
export const sameConfig = (c: ConfigOf<'aws.s3.bucket'>): aws.S3BucketConfig => c;
export const check = defineCheck({
  meta: {
    id: 'aws-s3-bucket-typed', title: 't', severity: 'low', provider: 'aws', service: 's3', resourceTypes: ['aws.s3.bucket'],
    requirements: ['asset-inventory'], currentRule: ['45 CFR 164.310(d)(1)'], rationale: 'r',
    remediation: { summary: 's', console: 'c', cli: 'c', terraform: 't' }, references: ['https://example.org/'],
  },
  // config is typed from resourceTypes: a misspelt field would not compile.
  evaluate: (b) => (b.config.versioning === 'Enabled' ? pass('on', ['config.versioning', b.config.versioning]) : fail('off', ['config.versioning', b.config.versioning ?? null])),
});
export async function failing(): Promise<readonly Finding[]> {
  const report: ScanReport = await scan({ inputs: { terraformPlan: ['plan.json'] } });
  await render(report, 'sarif');
  return report.findings.filter((f) => f.status === 'fail');
}
// @ts-expect-error: not a format
void render({} as ScanReport, 'docx');
`;

describe('the npm package', () => {
  beforeAll(() => {
    expect(existsSync(join(root, 'dist/src/index.js')), 'dist/ is built (npm ci / npm run build)').toBe(true);
    const dest = mkdtempSync(join(tmpdir(), 'phiscan-pack-'));
    const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
    project = join(dest, 'project');
    mkdirSync(join(project, 'my-checks'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
    writeFileSync(join(project, 'my-checks', 'owner.mjs'), CHECK);
    const r = run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dest, packed[0]?.filename ?? '')], project);
    expect(r.code, r.stderr).toBe(0);
  }, 300_000);

  it('runs `npx phiscan demo` with every --format and a user-written check importing from phiscan', () => {
    // The HTML client comes bundled (`npm run build`): esbuild is a dev dependency, not installed with the package.
    expect(existsSync(join(project, 'node_modules/esbuild'))).toBe(false);
    const r = run('npx', ['--no-install', 'phiscan', 'demo', '--format', FORMATS.join(','), '--checks-dir', 'my-checks', '-o', 'out', '-q'], project);
    expect(r.code, r.stderr).toBe(1);
    // Nothing but, below Node.js 22, the one-line AWS SDK notice (docs/aws.md "Node.js version").
    expect(r.stderr.replace(/^phiscan: note: AWS SDK for JavaScript .*\n/, '')).toBe('');
    const written = readdirSync(join(project, 'out')).sort();
    for (const f of ['phiscan.json', 'phiscan.sarif', 'phiscan.html', 'network-map.svg', 'phiscan-inventory.csv', 'phiscan-junit.xml', 'phiscan-summary.md', 'phiscan.pdf']) expect(written).toContain(f);
    const report = JSON.parse(readFileSync(join(project, 'out/phiscan.json'), 'utf8')) as { schemaVersion: string; tool: { version: string }; findings: { checkId: string; status: string }[] };
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.tool.version).toBe(pkg.version);
    expect(report.findings.filter((f) => f.checkId === 'aws-s3-bucket-owner-tagged').map((f) => f.status)).toContain('fail');
    expect(readFileSync(join(project, 'out/phiscan.html'), 'utf8')).toContain('aws-s3-bucket-owner-tagged');
  }, 240_000);

  it('exports the public API to a program and its types to TypeScript', () => {
    writeFileSync(join(project, 'api.mjs'), "import * as p from 'phiscan';\nconsole.log(JSON.stringify(Object.keys(p).sort()));\n");
    const r = run(process.execPath, ['api.mjs'], project);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expect.arrayContaining(['defineCheck', 'pass', 'fail', 'notAssessed', 'notApplicable', 'scan', 'render', 'readReport', 'exitCode', 'FORMATS', 'REPORT_SCHEMA_VERSION']));
    writeFileSync(join(project, 'typed.ts'), TYPED);
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--typeRoots', join(root, 'node_modules/@types'), '--types', 'node', 'typed.ts'], project);
    expect(tsc.code, tsc.stdout + tsc.stderr).toBe(0);
  }, 120_000);
});
