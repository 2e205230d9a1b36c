import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const BINDINGS = ['@cdktf/provider-aws', '@cdktf/provider-azurerm', '@cdktf/provider-google'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('phiscan/baselines packaging', () => {
  it('exports the baselines from a subpath (all providers, or one provider each) built from src/baselines', () => {
    expect(pkg.exports['./baselines']).toEqual({ types: './dist/src/baselines/index.d.ts', default: './dist/src/baselines/index.js' });
    expect(pkg.exports['./baselines/*']).toEqual({ types: './dist/src/baselines/*.d.ts', default: './dist/src/baselines/*.js' });
    for (const p of ['index', 'aws', 'azure', 'gcp']) expect(statSync(join(root, 'src/baselines', `${p}.ts`)).isFile()).toBe(true);
  });

  it('declares the provider bindings as optional peers (and dev dependencies for the tests), never as dependencies', () => {
    for (const b of BINDINGS) {
      expect(pkg.peerDependencies[b], b).toBeDefined();
      expect(pkg.peerDependenciesMeta[b]?.optional, b).toBe(true);
      expect(pkg.devDependencies[b], b).toBeDefined();
      expect(pkg.dependencies[b], b).toBeUndefined();
    }
  });

  it('keeps the bindings out of the scanner: only src/baselines imports them, through deep submodules', () => {
    const importers: string[] = [];
    for (const dir of ['src', 'providers', 'checks', 'reports']) {
      for (const f of tsFiles(join(root, dir))) {
        const text = readFileSync(f, 'utf8');
        const specs = [...text.matchAll(/from '(@cdktf\/provider-[^']+)'/g)].map((m) => m[1] ?? '');
        if (specs.length === 0) continue;
        importers.push(relative(root, f));
        // The package roots re-export every resource: deep imports keep load and type-check time down.
        for (const s of specs) expect(s, f).toMatch(/^@cdktf\/provider-(aws|azurerm|google)\/lib\/[a-z0-9-]+\/index\.js$/);
      }
    }
    expect(importers.sort()).toEqual(['src/baselines/aws.ts', 'src/baselines/azure.ts', 'src/baselines/gcp.ts']);
  });

  it('uses only the core cdktf API that cdktn shares (App, TerraformStack, TerraformOutput)', () => {
    for (const p of ['aws', 'azure', 'gcp']) {
      const text = readFileSync(join(root, 'src/baselines', `${p}.ts`), 'utf8');
      const core = [...text.matchAll(/import \{([^}]+)\} from 'cdktf'/g)].flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim()));
      for (const name of core) expect(['App', 'TerraformStack', 'TerraformOutput', 'Fn'], `${p}: ${name}`).toContain(name);
    }
  });
});
