import { REQUIREMENTS, type Requirement, type RequirementId } from './catalog.js';

export { CATALOG_META, REQUIREMENTS } from './catalog.js';
export type { CitationBasis, CloudEvidence, Period, Requirement, RequirementId } from './catalog.js';

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

/** "proposed 45 CFR 164.312(a)(1)"; unconfirmed paragraphs are cited by section and standard. */
export function formatProposedCitation(r: Requirement): string {
  const suffix = r.proposedCitation.basis === 'unconfirmed' ? ' (paragraph unconfirmed)' : r.proposedCitation.basis === 'text' ? '' : ` (${r.proposedCitation.basis})`;
  return `proposed 45 CFR ${r.proposedCitation.citation}${suffix}`;
}

export function formatCurrentCitation(r: Requirement): string {
  return r.currentCitation ? `current 45 CFR ${r.currentCitation}` : 'no direct counterpart in the current rule';
}
