import { REQUIREMENTS, type ProposedCitation, type Requirement, type RequirementId, type Sourced } from './catalog.js';

export { CATALOG_META, CATALOG_NOTES, EXCEPTION_PROVISIONS, REQUIREMENTS, isBeyondNprm, reportCatalog } from './catalog.js';
export type { CitationBasis, CloudEvidence, ExceptionGround, ExceptionGroundCitation, ExceptionProvision, Period, ProposedCitation, Requirement, RequirementId, Sourced } from './catalog.js';

const byId: ReadonlyMap<string, Requirement> = new Map(REQUIREMENTS.map((r) => [r.id, r]));

export function allRequirements(): readonly Requirement[] {
  return REQUIREMENTS;
}

export function isRequirementId(id: string): id is RequirementId {
  return byId.has(id);
}

export function requirement(id: RequirementId): Requirement {
  const r = byId.get(id);
  if (!r) throw new Error(`unknown NPRM requirement id: ${id}`);
  return r;
}

/** "quoted", "secondary, FR-checked", "paragraph unconfirmed"; empty for the proposed text itself. */
export function formatBasis(s: Sourced): string {
  if (s.basis === 'text') return '';
  if (s.basis === 'unconfirmed') return 'paragraph unconfirmed';
  return s.checkedAgainst === 'fr-preamble' ? `${s.basis}, FR-checked` : s.basis;
}

/**
 * "proposed 45 CFR 164.312(a)(1)", "proposed 45 CFR 164.312(b)(2) (quoted)", "proposed 45 CFR
 * 164.308, security awareness training (paragraph unconfirmed)": an unconfirmed paragraph is
 * cited by section and standard, never guessed. Requirements beyond the NPRM say so.
 */
export function formatProposedCitation(r: { readonly proposedCitation: ProposedCitation | null }): string {
  const c = r.proposedCitation;
  if (!c) return 'not in the NPRM (stricter than the proposal)';
  const basis = formatBasis(c);
  return `proposed 45 CFR ${c.citation}${basis ? ` (${basis})` : ''}`;
}

export function formatCurrentCitation(r: Pick<Requirement, 'currentCitation'>): string {
  return r.currentCitation ? `current 45 CFR ${r.currentCitation}` : 'no direct counterpart in the current rule';
}
