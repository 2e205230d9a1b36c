import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { checkProblems } from '../../src/engine/check-meta.js';
import { SEVERITIES } from '../../src/model/finding.js';

const root = join(import.meta.dirname, '..', '..');

function checkFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts') && name !== 'index.ts' && !name.startsWith('_')) out.push(relative(join(root, 'checks'), p).replace(/\\/g, '/'));
    }
  };
  walk(join(root, 'checks'));
  return out.sort();
}

describe('check registry', () => {
  it('lists exactly the check files on disk, and each id is its path', () => {
    const fromIds = ALL_CHECKS.map((c) => {
      const [provider, service, ...rest] = c.meta.id.split('-');
      const shortcode = rest.join('-');
      expect(c.meta.provider).toBe(provider);
      expect(c.meta.service).toBe(service);
      return `${provider}/${service}/${shortcode}.ts`;
    });
    expect([...fromIds].sort()).toEqual(checkFiles());
  });

  it('has unique ids and aliases', () => {
    const all = ALL_CHECKS.flatMap((c) => [c.meta.id, ...(c.meta.aliases ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });

  for (const check of ALL_CHECKS) {
    describe(check.meta.id, () => {
      const m = check.meta;
      it('has complete metadata', () => {
        expect(m.id).toMatch(/^(aws|azure|gcp)-[a-z0-9]+-[a-z0-9-]+$/);
        expect(m.title.length).toBeGreaterThan(0);
        expect(m.title.length).toBeLessThanOrEqual(100);
        expect(m.title).not.toMatch(/^Ensure/i);
        expect(SEVERITIES).toContain(m.severity);
        if (m.ephiSeverity) expect(SEVERITIES).toContain(m.ephiSeverity);
        expect(m.resourceTypes.length).toBeGreaterThan(0);
        expect(m.requirements.length).toBeGreaterThan(0);
        const current = [...m.currentRule, ...(m.currentRuleSupport ?? [])];
        expect(current.length).toBeGreaterThan(0);
        for (const c of current) expect(c).toMatch(/^45 CFR 16[04]\.\d+/);
        expect(m.currentRule.filter((c) => m.currentRuleSupport?.includes(c))).toEqual([]);
        expect(m.rationale.length).toBeGreaterThan(20);
        for (const k of ['summary', 'console', 'cli', 'terraform'] as const) expect(m.remediation[k].length, k).toBeGreaterThan(0);
        expect(m.references.length).toBeGreaterThan(0);
        for (const r of m.references) expect(r).toMatch(/^https:\/\//);
      });
      it('passes the validator user-written checks are held to (known requirements, resource types, citations)', () => {
        const others = new Set(ALL_CHECKS.filter((c) => c !== check).flatMap((c) => [c.meta.id, ...(c.meta.aliases ?? [])]));
        expect(checkProblems(check, others)).toEqual([]);
      });
      it('has a fixture test file with failing cases (or a stated reason it never fails)', () => {
        const [provider, service, ...rest] = m.id.split('-');
        const file = join(root, 'test', 'checks', provider!, service!, `${rest.join('-')}.test.ts`);
        expect(existsSync(file)).toBe(true);
        const own = readFileSync(file, 'utf8');
        // Cases built by a local helper beside the tests (`./_name.js`) count as the file's own.
        const helpers = [...own.matchAll(/from '\.\/(_[a-z0-9-]+)\.js'/g)].map((h) => readFileSync(join(dirname(file), `${h[1] ?? ''}.ts`), 'utf8'));
        const text = [own, ...helpers].join('\n');
        expect(own).toContain('checkCases(check');
        // A failing case, or the stated reason the provider makes one impossible.
        expect(text).toMatch(/\bfail: \[\s*\{|\bcannotFail: /);
      });
      it('raises, never lowers, severity for ePHI', () => {
        if (m.ephiSeverity) expect(SEVERITIES.indexOf(m.ephiSeverity)).toBeLessThan(SEVERITIES.indexOf(m.severity));
      });
    });
  }

  it('reports key management beyond the NPRM at medium severity or below (the configuration may raise it)', () => {
    const beyond = ALL_CHECKS.filter((c) => c.meta.requirements.every((r) => r === 'key-management'));
    expect(beyond.length).toBeGreaterThan(10);
    for (const c of beyond) {
      for (const s of [c.meta.severity, c.meta.ephiSeverity ?? c.meta.severity]) expect(SEVERITIES.indexOf(s), c.meta.id).toBeGreaterThanOrEqual(SEVERITIES.indexOf('medium'));
      expect(c.meta.rationale, c.meta.id).toMatch(/^Key management beyond the NPRM/);
    }
  });

  it('declares lookups for every check that reads ctx.inventory, so the streaming engine can answer it', () => {
    for (const c of ALL_CHECKS) {
      const [provider, service, ...rest] = c.meta.id.split('-');
      const dir = join(root, 'checks', provider ?? '', service ?? '');
      const own = readFileSync(join(dir, `${rest.join('-')}.ts`), 'utf8');
      // Shared helpers beside the checks (`./_name.js`) count as the check's own code.
      const helpers = [...own.matchAll(/from '\.\/(_[a-z0-9-]+)\.js'/g)].map((m) => readFileSync(join(dir, `${m[1] ?? ''}.ts`), 'utf8'));
      const usesInventory = [own, ...helpers].some((source) => /ctx\.inventory|\binventory\)/.test(source));
      expect({ id: c.meta.id, declared: c.lookups !== undefined }).toEqual({ id: c.meta.id, declared: usesInventory });
    }
  });
});

