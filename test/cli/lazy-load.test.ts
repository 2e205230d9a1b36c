import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUD_SDK, modulesOf } from '../../bench/startup.js';
import { ROOT } from '../helpers/cli.js';

/**
 * What a command loads, recorded by scripts/module-trace.mjs in a real process: a static import
 * of a provider, reporter or validator re-added anywhere on the path of these commands fails here.
 */
function loaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-lazy-'));
  const trace = join(dir, 'trace');
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'), '--import', join(ROOT, 'scripts/module-trace.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PHISCAN_MODULE_TRACE: trace },
  });
  expect([0, 1], r.stderr).toContain(r.status);
  return modulesOf(trace);
}
const ours = (mods: readonly string[]) => mods.filter((m) => m.startsWith(ROOT) && !m.includes('/node_modules/')).map((m) => m.slice(ROOT.length + 1));
const packages = (mods: readonly string[]) => new Set(mods.map((m) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1]).filter((p) => p !== undefined));

describe('lazy loading', () => {
  it('an IaC-only scan loads the Terraform provider and no cloud SDK', () => {
    const mods = loaded(['scan', '--terraform-plan', join(ROOT, 'fixtures/iac/aws/noncompliant/plan.json'), '-o', 'out', '-q']);
    // The trace works: the Terraform input and the checks were loaded.
    expect(ours(mods)).toContain('providers/terraform/index.ts');
    expect(ours(mods)).toContain('checks/index.ts');
    expect(mods.filter((m) => CLOUD_SDK.test(m))).toEqual([]);
    expect(ours(mods).filter((m) => /^providers\/(aws|azure|gcp)\//.test(m) || m.startsWith('src/simulator/'))).toEqual([]);
    for (const p of ['pdfkit', 'elkjs']) expect(packages(mods).has(p), p).toBe(false);
  });

  it('--version loads no command, provider, reporter, check or validator', () => {
    const mods = loaded(['--version']);
    expect(ours(mods)).toContain('src/cli/program.ts');
    expect(ours(mods).filter((m) => /^(src\/cli\/commands|providers|reports|checks|src\/engine|src\/lib\/validators)/.test(m))).toEqual([]);
    const used = packages(mods);
    for (const p of ['ajv', 'yaml', 'pdfkit', 'elkjs', 'web-tree-sitter']) expect(used.has(p), p).toBe(false);
    expect(mods.filter((m) => CLOUD_SDK.test(m))).toEqual([]);
  });
});
