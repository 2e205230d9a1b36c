import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { checkDocUrl, CHECK_DOCS_BASE_URL, renderCheckDoc, renderCheckIndex } from '../../reports/check-docs.js';

const DIR = join(import.meta.dirname, '..', '..', 'docs', 'checks');
const update = process.env.PHISCAN_UPDATE_DOCS === '1';
const metas = ALL_CHECKS.map((c) => c.meta);
const expected = new Map<string, string>([...metas.map((m) => [`${m.id}.md`, renderCheckDoc(m)] as const), ['README.md', renderCheckIndex(metas)]]);

describe('docs/checks: one generated page per check (the SARIF helpUri)', () => {
  it('every page equals what the check metadata generates, and no page is left for a removed check', () => {
    if (update) {
      for (const f of readdirSync(DIR)) if (!expected.has(f)) rmSync(join(DIR, f));
      for (const [f, text] of expected) writeFileSync(join(DIR, f), text);
    }
    expect(readdirSync(DIR).sort()).toEqual([...expected.keys()].sort());
    for (const [f, text] of expected) expect(readFileSync(join(DIR, f), 'utf8'), `docs/checks/${f} (PHISCAN_UPDATE_DOCS=1 regenerates)`).toBe(text);
  });

  it('the help URL of a check is its page under the one base URL', () => {
    const m = metas[0]!;
    expect(checkDocUrl(m.id)).toBe(`${CHECK_DOCS_BASE_URL}/${m.id}.md`);
    expect(existsSync(join(DIR, `${m.id}.md`))).toBe(true);
    expect(CHECK_DOCS_BASE_URL).toBe('https://github.com/phiscan/phiscan/blob/main/docs/checks');
  });

  it('a page carries the title, severity, every requirement with its proposed and current citation, remediation and references', () => {
    const m = metas.find((x) => x.ephiSeverity && x.ephiSeverity !== x.severity && x.references.length > 0)!;
    const page = renderCheckDoc(m);
    expect(page).toContain(`# ${m.title}`);
    expect(page).toContain(`| Severity | ${m.severity} (${m.ephiSeverity} on resources that hold ePHI) |`);
    for (const r of m.requirements) expect(page).toMatch(new RegExp(`\\(\`${r}\`\\) \\| proposed 45 CFR [^|]+ \\| (current 45 CFR|no direct counterpart)`));
    expect(page).toContain(m.remediation.summary);
    for (const ref of m.references) expect(page).toContain(`- <${ref}>`);
  });
});
