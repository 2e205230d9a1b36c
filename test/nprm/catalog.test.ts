import { describe, expect, it } from 'vitest';
import { CATALOG_META, CATALOG_NOTES, EXCEPTION_PROVISIONS, REQUIREMENTS, formatProposedCitation, isBeyondNprm, requirement, type Period, type RequirementId } from '../../src/nprm/index.js';

/** The proposed citation, basis and periods of CITATIONS.md (December 2026), row by row. */
const cite = (id: RequirementId) => requirement(id).proposedCitation;

describe('NPRM catalog, re-cited from CITATIONS.md', () => {
  it('cites encryption at rest and in transit as one specification, proposed 164.312(b)(2), never the transmission-security standard', () => {
    expect(cite('encryption-at-rest')).toEqual({ citation: '164.312(b)(2)', basis: 'quoted' });
    expect(cite('encryption-in-transit')).toEqual({ citation: '164.312(b)(2)', basis: 'quoted' });
    expect(formatProposedCitation(requirement('encryption-in-transit'))).toBe('proposed 45 CFR 164.312(b)(2) (quoted)');
  });

  it('takes the numbering CITATIONS.md confirms, with its basis', () => {
    const rows: [RequirementId, string, string, boolean?][] = [
      ['asset-inventory', '164.308(a)(1)(ii)(A), (C)', 'text'],
      ['network-map', '164.308(a)(1)(ii)(B)', 'text'],
      ['risk-analysis', '164.308(a)(2)', 'quoted'],
      ['evaluation', '164.308(a)(3)', 'secondary'],
      ['patch-management', '164.308(a)(4)', 'secondary', true],
      ['workforce-termination-1h', '164.308(a)(9)(ii)(C)(2)', 'secondary', true],
      ['access-change-notice-24h', '164.308(a)(9)(ii)(D)(1), (D)(2)', 'quoted'],
      ['incident-response', '164.308(a)(12)(ii)(A)', 'quoted'],
      ['contingency-plan', '164.308(a)(13)(i)', 'quoted'],
      ['criticality-analysis', '164.308(a)(13)(ii)(A)', 'quoted'],
      ['backup-procedures', '164.308(a)(13)(ii)(B), (C)', 'quoted'],
      ['system-restore-72h', '164.308(a)(13)(ii)(D)(1)', 'quoted'],
      ['contingency-plan-testing', '164.308(a)(13)(ii)(F)', 'quoted'],
      ['compliance-audit', '164.308(a)(14)', 'secondary', true],
      ['business-associate-verification', '164.308(b)(2)(ii)', 'secondary', true],
      ['contingency-activation-notice-24h', '164.314(a)(2)(i)(D)', 'quoted'],
      ['network-segmentation', '164.312(a)(2)(vi)', 'secondary', true],
      ['configuration-management', '164.312(c)', 'secondary', true],
      ['anti-malware', '164.312(c)(2)(i)', 'secondary', true],
      ['remove-extraneous-software', '164.312(c)(2)(ii)', 'secondary', true],
      ['secure-configuration', '164.312(c)(2)(iii)', 'secondary'],
      ['disable-unused-ports', '164.312(c)(2)(iv)', 'secondary'],
      ['audit-logging', '164.312(d)', 'quoted'],
      ['mfa', '164.312(f)(2)(ii)', 'quoted'],
      ['mfa-privilege-change', '164.312(f)(2)(ii)(B)', 'quoted'],
      ['vulnerability-scanning', '164.312(h)(2)(i)', 'quoted'],
      ['vuln-authoritative-sources', '164.312(h)(2)(ii)', 'secondary', true],
      ['penetration-testing', '164.312(h)(2)(iii)', 'quoted'],
      ['patch-install-controls', '164.312(h)(2)(iv)', 'secondary', true],
      ['data-backup-48h', '164.312(i)(1), (i)(2)(i)', 'quoted'],
      ['backup-monitoring', '164.312(i)(2)(ii), (iii)', 'quoted'],
      ['restore-testing', '164.312(i)(2)(iv)', 'quoted'],
      ['system-backup-testing', '164.312(j)', 'quoted'],
    ];
    for (const [id, citation, basis, fr] of rows) expect(cite(id), id).toEqual({ citation, basis, ...(fr ? { checkedAgainst: 'fr-preamble' } : {}) });
    expect(requirement('review-and-testing').currentCitation).toBe('164.306(e)');
  });

  it('cites unconfirmed paragraphs by section and standard only', () => {
    const unconfirmed = REQUIREMENTS.filter((r) => r.proposedCitation?.basis === 'unconfirmed');
    expect(unconfirmed.map((r) => r.id).sort()).toEqual(['integrity', 'network-segmentation-policy', 'security-awareness-training']);
    for (const r of unconfirmed) expect(r.proposedCitation?.citation, r.id).toMatch(/^164\.3\d\d, [a-z ]+$/);
    expect(formatProposedCitation(requirement('security-awareness-training'))).toBe('proposed 45 CFR 164.308, security awareness training (paragraph unconfirmed)');
  });

  it('never uses the refuted citations in circulation', () => {
    const all = REQUIREMENTS.map((r) => `${r.id} ${r.proposedCitation?.citation ?? ''}`);
    expect(cite('encryption-at-rest')?.citation).not.toContain('(a)(2)(vi)');
    expect(cite('encryption-in-transit')?.citation).not.toContain('(e)(2)(ii)');
    expect(cite('mfa')?.citation).not.toMatch(/164\.312\(g\)/);
    expect(all.filter((x) => x.includes('164.308(h)') || x.includes('(h)(2)(ii)(D)'))).toEqual([]);
  });

  it('gives every period a basis and states the proposed windows: 15/30-day patching, 48-hour backups, monthly restores, 6-month system backup tests, 12-month plan tests', () => {
    for (const r of REQUIREMENTS) for (const p of r.periods) expect(['text', 'quoted', 'secondary', 'unconfirmed'], r.id).toContain(p.basis);
    expect(requirement('patch-management').periods.map((p) => p.within)).toEqual(['15 days', '30 days']);
    expect(requirement('data-backup-48h').periods[0]).toMatchObject({ within: '48 hours', basis: 'quoted' });
    expect(requirement('restore-testing').periods[0]).toMatchObject({ every: '1 month', basis: 'quoted' });
    expect(requirement('system-backup-testing').periods[0]).toMatchObject({ every: '6 months', basis: 'quoted' });
    expect(requirement('contingency-plan-testing').periods[0]).toMatchObject({ every: '12 months', basis: 'quoted' });
    expect(requirement('business-associate-verification').periods[0]).toMatchObject({ every: '12 months' });
  });

  it('says "critical" systems for the 72-hour restore, and states no unconfirmed figure as fact', () => {
    expect(requirement('system-restore-72h').periods[0]?.description).toMatch(/^Restore critical relevant electronic information systems/);
    // The 12-month training refresher is unconfirmed: no recurring training period.
    expect(requirement('security-awareness-training').periods.filter((p) => p.every)).toEqual([]);
    for (const r of REQUIREMENTS) for (const p of r.periods as readonly Period[]) if (p.basis === 'secondary' && !p.checkedAgainst) expect(p.description, r.id).toMatch(/secondary (sources|summary)/i);
    // Risk analysis cadence was not confirmed at text level.
    expect(requirement('risk-analysis').periods).toEqual([]);
  });

  it('carries the proposed effective and compliance dates and an "as of" date of December 2026', () => {
    expect(CATALOG_META.asOf).toMatch(/^2026-12-\d\d$/);
    expect(CATALOG_META.effectiveDate).toContain('60 days after a final rule');
    expect(CATALOG_META.complianceDate).toContain('180 days after the effective date');
    expect(CATALOG_META.complianceDate).toContain('160.105');
  });

  it('keeps key management as its own item, stricter than the proposal', () => {
    const km = requirement('key-management');
    expect(isBeyondNprm(km)).toBe(true);
    expect(formatProposedCitation(km)).toBe('not in the NPRM (stricter than the proposal)');
    expect(REQUIREMENTS.filter(isBeyondNprm).map((r) => r.id)).toEqual(['key-management']);
  });

  it('records exception grounds and catalog notes as metadata, not attestable requirements', () => {
    const ids = new Set<string>(REQUIREMENTS.map((r) => r.id));
    for (const x of [...EXCEPTION_PROVISIONS, ...CATALOG_NOTES]) expect(ids.has(x.id), x.id).toBe(false);
    expect(EXCEPTION_PROVISIONS.map((p) => [p.id, p.grounds.map((g) => g.citation)])).toEqual([
      ['encryption-exceptions', ['164.312(b)(3)(i)', '164.312(b)(3)(ii)', '164.312(b)(3)(iii)', '164.312(b)(3)(iv)']],
      ['mfa-exceptions', ['164.312(f)(2)(iii)(A)', '164.312(f)(2)(iii)(B)', '164.312(f)(2)(iii)(C)']],
      ['patch-exceptions', ['164.308(a)(4)(ii)(D)(1)', '164.308(a)(4)(ii)(D)(2)']],
    ]);
    expect(CATALOG_NOTES.map((n) => n.id)).toEqual(['required-vs-addressable', 'effective-compliance-dates', 'ba-verification-certification', 'transmission-security']);
  });
});
