/**
 * The two views every report carries, computed from the same findings and attestations:
 * NPRM readiness (the catalog's proposed requirements) and current-rule compliance
 * (45 CFR 164.308-316 as in force). Statuses aggregate worst first, in REQUIREMENT_STATUSES
 * order: a failure or a gap in either view is never hidden by a pass elsewhere.
 */
import type { CheckMeta } from './check-api.js';
import type { Finding, Status } from '../model/finding.js';
import {
  REQUIREMENT_STATUSES,
  type CurrentRuleSummary,
  type RequirementAttestation,
  type RequirementStatus,
  type RequirementStatusCounts,
  type RequirementSummary,
} from '../model/report.js';
import { REQUIREMENTS, type CloudEvidence, type RequirementId } from '../nprm/catalog.js';
import { CURRENT_RULE, currentRuleItemForCitation, type CurrentRuleItem } from '../nprm/current-rule.js';

export interface ViewInput {
  readonly checks: readonly CheckMeta[];
  readonly findings: readonly Finding[];
  /** Attestation results per requirement, when the run had an attestations file. */
  readonly attestations?: ReadonlyMap<RequirementId, RequirementAttestation> | undefined;
}

export function countByStatus(findings: readonly Finding[]): Record<Status, number> {
  const counts: Record<Status, number> = { fail: 0, not_assessed: 0, pass: 0 };
  for (const f of findings) counts[f.status]++;
  return counts;
}

/** The worst status present, in REQUIREMENT_STATUSES order. */
export function worstStatus(statuses: readonly RequirementStatus[]): RequirementStatus | undefined {
  return REQUIREMENT_STATUSES.find((s) => statuses.includes(s));
}

/** What findings alone say about a requirement. */
export function configStatus(cloudEvidence: CloudEvidence, checks: number, counts: Readonly<Record<Status, number>>): RequirementStatus {
  if (checks === 0) return cloudEvidence === 'none' ? 'not-assessable-by-configuration' : 'no-checks';
  if (counts.fail > 0) return 'fail';
  if (counts.not_assessed > 0) return 'not_assessed';
  return counts.pass > 0 ? 'pass' : 'no-resources';
}

/**
 * Configuration and attestation combined: where configuration has nothing to say the
 * attestation decides; where both speak, both must pass (worst of the two).
 */
export function combineStatus(config: RequirementStatus, attestation: RequirementAttestation | undefined): RequirementStatus {
  if (!attestation) return config;
  if (config === 'no-checks' || config === 'not-assessable-by-configuration' || config === 'no-resources') return attestation.status;
  return worstStatus([config, attestation.status]) ?? config;
}

const unsuppressed = (findings: readonly Finding[]): Finding[] => findings.filter((f) => !f.suppression);

/** Status counts per key (a finding counts once under each distinct key it has), in one pass: the views stay linear in the findings. */
function countsBy(findings: readonly Finding[], keysOf: (f: Finding) => Iterable<string>): (keys: Iterable<string>) => Record<Status, number> {
  const byKey = new Map<string, Record<Status, number>>();
  for (const f of findings) {
    for (const k of new Set(keysOf(f))) {
      let c = byKey.get(k);
      if (!c) byKey.set(k, (c = { fail: 0, not_assessed: 0, pass: 0 }));
      c[f.status]++;
    }
  }
  return (keys) => {
    const total: Record<Status, number> = { fail: 0, not_assessed: 0, pass: 0 };
    for (const k of new Set(keys)) {
      const c = byKey.get(k);
      if (c) for (const s of ['fail', 'not_assessed', 'pass'] as const) total[s] += c[s];
    }
    return total;
  };
}

export function summarizeRequirements(input: ViewInput): RequirementSummary[] {
  const countsOf = countsBy(unsuppressed(input.findings), (f) => f.requirements);
  return REQUIREMENTS.map((req) => {
    const checkIds = input.checks.filter((c) => (c.requirements as readonly string[]).includes(req.id)).map((c) => c.id);
    const counts = countsOf([req.id]);
    const config = configStatus(req.cloudEvidence, checkIds.length, counts);
    const attestation = input.attestations?.get(req.id);
    return { ...req, status: combineStatus(config, attestation), configStatus: config, checkIds, counts, ...(attestation ? { attestation } : {}) };
  });
}

export function summarizeCurrentRule(input: ViewInput, requirements: readonly RequirementSummary[]): CurrentRuleSummary[] {
  const countsOf = countsBy(unsuppressed(input.findings), (f) => [f.checkId]);
  const reqStatus = new Map(requirements.map((r) => [r.id as string, r.status]));
  const citing = (item: CurrentRuleItem): CheckMeta[] => input.checks.filter((c) => c.currentRule.some((cite) => currentRuleItemForCitation(cite)?.id === item.id));
  const own = new Map(
    CURRENT_RULE.map((item) => {
      const direct = citing(item);
      const mapped = input.checks.filter((c) => c.requirements.some((r) => (item.nprm as readonly string[]).includes(r)));
      return [item.id, { item, direct, checkIds: [...new Set([...mapped, ...direct].map((c) => c.id))] }] as const;
    }),
  );
  const summarize = (item: CurrentRuleItem): CurrentRuleSummary => {
    const children = item.kind === 'standard' ? CURRENT_RULE.filter((c) => c.standard === item.id) : [];
    const childSummaries = children.map(summarize);
    const mine = own.get(item.id);
    const evidencedBy = [...new Set<RequirementId>([...item.nprm, ...childSummaries.flatMap((c) => c.evidencedBy)])];
    const checkIds = [...new Set([...(mine?.checkIds ?? []), ...childSummaries.flatMap((c) => c.checkIds)])].sort();
    const counts = countsOf(checkIds);
    const direct = mine?.direct ?? [];
    const candidates: RequirementStatus[] = [
      ...item.nprm.map((id) => reqStatus.get(id) ?? 'no-checks'),
      ...(direct.length > 0 ? [configStatus(item.cloudEvidence, direct.length, countsOf(direct.map((c) => c.id)))] : []),
      ...childSummaries.map((c) => c.status),
    ];
    const fallback: RequirementStatus = item.cloudEvidence === 'none' ? 'not-assessable-by-configuration' : 'no-checks';
    return { ...item, status: worstStatus(candidates) ?? fallback, evidencedBy, checkIds, counts };
  };
  return CURRENT_RULE.map(summarize);
}

export function statusCounts(items: readonly { readonly status: RequirementStatus }[]): RequirementStatusCounts {
  const counts = Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, 0])) as Record<RequirementStatus, number>;
  for (const i of items) counts[i.status]++;
  return counts;
}

export interface Views {
  readonly requirements: RequirementSummary[];
  readonly currentRule: CurrentRuleSummary[];
  readonly counts: { readonly nprm: RequirementStatusCounts; readonly currentRule: RequirementStatusCounts };
}

export function buildViews(input: ViewInput): Views {
  const requirements = summarizeRequirements(input);
  const currentRule = summarizeCurrentRule(input, requirements);
  return { requirements, currentRule, counts: { nprm: statusCounts(requirements), currentRule: statusCounts(currentRule) } };
}
