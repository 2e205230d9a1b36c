import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { CURRENT_RULE, currentRuleItemForCitation, formatCurrentRuleCitation } from '../../src/nprm/current-rule.js';
import { REQUIREMENTS } from '../../src/nprm/index.js';

// Appendix A to Subpart C and the text of 164.314 / 164.316: the Addressable specifications.
const ADDRESSABLE = [
  '164.308(a)(3)(ii)(A)', '164.308(a)(3)(ii)(B)', '164.308(a)(3)(ii)(C)', '164.308(a)(4)(ii)(B)', '164.308(a)(4)(ii)(C)',
  '164.308(a)(5)(ii)(A)', '164.308(a)(5)(ii)(B)', '164.308(a)(5)(ii)(C)', '164.308(a)(5)(ii)(D)', '164.308(a)(7)(ii)(D)', '164.308(a)(7)(ii)(E)',
  '164.310(a)(2)(i)', '164.310(a)(2)(ii)', '164.310(a)(2)(iii)', '164.310(a)(2)(iv)', '164.310(d)(2)(iii)', '164.310(d)(2)(iv)',
  '164.312(a)(2)(iii)', '164.312(a)(2)(iv)', '164.312(c)(2)', '164.312(e)(2)(i)', '164.312(e)(2)(ii)',
];
const REQUIRED_SPECS = [
  '164.308(a)(1)(ii)(A)', '164.308(a)(1)(ii)(B)', '164.308(a)(1)(ii)(C)', '164.308(a)(1)(ii)(D)', '164.308(a)(4)(ii)(A)', '164.308(a)(6)(ii)',
  '164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.308(a)(7)(ii)(C)', '164.308(b)(3)', '164.310(d)(2)(i)', '164.310(d)(2)(ii)',
  '164.312(a)(2)(i)', '164.312(a)(2)(ii)', '164.314(a)(2)(i)', '164.314(a)(2)(ii)', '164.314(a)(2)(iii)', '164.314(b)(2)',
  '164.316(b)(2)(i)', '164.316(b)(2)(ii)', '164.316(b)(2)(iii)',
];
const SECTION: Record<string, string> = { '164.308': 'administrative', '164.310': 'physical', '164.312': 'technical', '164.314': 'organizational', '164.316': 'documentation' };

describe('current Security Rule catalog', () => {
  it('has unique ids and citations, each in its section and safeguard', () => {
    expect(new Set(CURRENT_RULE.map((i) => i.id)).size).toBe(CURRENT_RULE.length);
    expect(new Set(CURRENT_RULE.map((i) => i.citation)).size).toBe(CURRENT_RULE.length);
    for (const i of CURRENT_RULE) expect(i.safeguard, i.citation).toBe(SECTION[i.citation.slice(0, 7)]);
    expect(new Set(CURRENT_RULE.map((i) => i.citation.slice(0, 7)))).toEqual(new Set(Object.keys(SECTION)));
  });

  it('designates implementation specifications Required or Addressable as the rule does today', () => {
    const specs = CURRENT_RULE.filter((i) => i.kind === 'implementation-specification');
    expect(specs.filter((i) => i.designation === 'addressable').map((i) => i.citation).sort()).toEqual([...ADDRESSABLE].sort());
    expect(specs.filter((i) => i.designation === 'required').map((i) => i.citation).sort()).toEqual([...REQUIRED_SPECS].sort());
    expect(CURRENT_RULE.filter((i) => i.kind === 'standard').every((i) => i.designation === 'required')).toBe(true);
    expect(formatCurrentRuleCitation(CURRENT_RULE.find((i) => i.citation === '164.312(a)(2)(iv)')!)).toBe('45 CFR 164.312(a)(2)(iv) (Addressable)');
  });

  it('puts every specification under a standard of the same section', () => {
    for (const s of CURRENT_RULE.filter((i) => i.kind === 'implementation-specification')) {
      const parent = CURRENT_RULE.find((i) => i.id === s.standard);
      expect(parent?.kind, s.citation).toBe('standard');
      expect(parent?.citation.slice(0, 7)).toBe(s.citation.slice(0, 7));
    }
  });

  it('names only catalog requirements, attests only related ones, and lists each NPRM requirement at its current citation', () => {
    const known = new Set<string>(REQUIREMENTS.map((r) => r.id));
    for (const i of CURRENT_RULE) {
      for (const id of [...i.related, ...i.attestedBy]) expect(known.has(id), `${i.citation}: ${id}`).toBe(true);
      for (const id of i.attestedBy) expect(i.related, `${i.citation}: ${id}`).toContain(id);
    }
    for (const r of REQUIREMENTS) {
      // 164.306(e) (maintenance) and 164.316 as a whole sit outside the itemised safeguards.
      if (!r.currentCitation || r.currentCitation === '164.316' || r.currentCitation.startsWith('164.306')) continue;
      const items = CURRENT_RULE.filter((i) => i.citation === r.currentCitation || i.citation === `${r.currentCitation}(i)` || (r.currentCitation === i.citation.slice(0, 7) && i.kind === 'standard'));
      expect(items.length, `${r.id} -> ${r.currentCitation}`).toBeGreaterThan(0);
      expect(items.some((i) => (i.related as readonly string[]).includes(r.id)), `${r.id} -> ${r.currentCitation}`).toBe(true);
    }
  });

  it('decides policy and procedure items by attestation only, and nothing by an NPRM-only requirement', () => {
    for (const i of CURRENT_RULE.filter((x) => x.safeguard !== 'technical')) {
      if (i.citation !== '164.308(a)(7)(ii)(A)' && i.citation !== '164.308(a)(5)(ii)(D)') expect(i.cloudEvidence, i.citation).toBe('none');
    }
    // Customer-managed keys and MFA for privilege changes have no attestation route into the rule in force.
    for (const i of CURRENT_RULE) for (const id of ['key-management', 'mfa-privilege-change'] as const) expect(i.attestedBy, i.citation).not.toContain(id);
  });

  it('resolves every current-rule citation a check makes, evidencing or supporting', () => {
    for (const c of ALL_CHECKS) for (const cite of [...c.meta.currentRule, ...(c.meta.currentRuleSupport ?? [])]) expect(currentRuleItemForCitation(cite)?.citation, `${c.meta.id}: ${cite}`).toBeDefined();
  });

  it('lets only checks of the control the current text names decide an item: never MFA, customer-managed keys or TLS versions', () => {
    for (const c of ALL_CHECKS) {
      const m = c.meta;
      if (m.requirements.includes('mfa') || m.requirements.includes('key-management')) expect(m.currentRule, m.id).toEqual([]);
      if (/tls12|modern-tls|ssl-policy/.test(m.id)) expect(m.currentRule, m.id).toEqual([]);
    }
  });
});
