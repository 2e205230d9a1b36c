/**
 * The two views every report carries, computed from the same findings and attestations:
 * NPRM readiness (the catalog's proposed requirements) and the current Security Rule (45 CFR
 * 164.308-316 as in force), each judged on its own terms (docs/nprm.md):
 * - a requirement whose cloud evidence is `none` (a process or a document) is never decided by
 *   checks: only an attestation in date satisfies it, and the checks mapped to it are shown as
 *   supporting evidence;
 * - a current-rule item is decided by the checks that evidence it as the current text reads and
 *   by attestations of the activity it names, never by NPRM strictness (MFA, customer-managed
 *   keys, NPRM periods), which shows as supporting evidence at most.
 * Statuses aggregate worst first, in REQUIREMENT_STATUSES order.
 */
import type { CheckMeta } from './check-api.js';
import { STATUSES, type Finding, type Status } from '../model/finding.js';
import {
  REQUIREMENT_STATUSES,
  type CurrentRuleSummary,
  type RequirementAttestation,
  type RequirementStatus,
  type RequirementStatusCounts,
  type RequirementSummary,
} from '../model/report.js';
import { isBeyondNprm, REQUIREMENTS, type CloudEvidence, type RequirementId } from '../nprm/catalog.js';
import { CURRENT_RULE, currentRuleItemForCitation, type CurrentRuleItem } from '../nprm/current-rule.js';

export interface ViewInput {
  readonly checks: readonly CheckMeta[];
  readonly findings: Iterable<Finding>;
  /** Attestation results per requirement, when the run had an attestations file. */
  readonly attestations?: ReadonlyMap<RequirementId, RequirementAttestation> | undefined;
}

export function countByStatus(findings: Iterable<Finding>): Record<Status, number> {
  const counts: Record<Status, number> = { fail: 0, excepted: 0, not_assessed: 0, pass: 0 };
  for (const f of findings) counts[f.status]++;
  return counts;
}

/** The worst status present, in REQUIREMENT_STATUSES order. */
export function worstStatus(statuses: readonly RequirementStatus[]): RequirementStatus | undefined {
  return REQUIREMENT_STATUSES.find((s) => statuses.includes(s));
}

/** What the deciding findings alone say. Configuration never decides a process requirement. */
export function configStatus(cloudEvidence: CloudEvidence, checks: number, counts: Readonly<Record<Status, number>>): RequirementStatus {
  if (cloudEvidence === 'none') return 'not-assessable-by-configuration';
  if (checks === 0) return 'no-checks';
  if (counts.fail > 0) return 'fail';
  if (counts.not_assessed > 0) return 'not_assessed';
  if (counts.excepted > 0) return 'excepted';
  return counts.pass > 0 ? 'pass' : 'no-resources';
}

/**
 * Configuration and attestation combined: where configuration has nothing to say the
 * attestation decides; where both speak, both must pass (worst of the two).
 */
export function combineStatus(config: RequirementStatus, attestation: { readonly status: RequirementStatus } | undefined): RequirementStatus {
  if (!attestation) return config;
  if (config === 'no-checks' || config === 'not-assessable-by-configuration' || config === 'no-resources') return attestation.status;
  return worstStatus([config, attestation.status]) ?? config;
}

function* unsuppressed(findings: Iterable<Finding>): Generator<Finding> {
  for (const f of findings) if (!f.suppression) yield f;
}
const ids = (checks: readonly CheckMeta[]): string[] => [...new Set(checks.map((c) => c.id))].sort();

/** Status counts per key (a finding counts once under each distinct key it has), in one pass: the views stay linear in the findings. */
function countsBy(findings: Iterable<Finding>, keysOf: (f: Finding) => Iterable<string>): (keys: Iterable<string>) => Record<Status, number> {
  const byKey = new Map<string, Record<Status, number>>();
  for (const f of findings) {
    for (const k of new Set(keysOf(f))) {
      let c = byKey.get(k);
      if (!c) byKey.set(k, (c = countByStatus([])));
      c[f.status]++;
    }
  }
  return (keys) => {
    const total = countByStatus([]);
    for (const k of new Set(keys)) {
      const c = byKey.get(k);
      if (c) for (const s of STATUSES) total[s] += c[s];
    }
    return total;
  };
}

export function summarizeRequirements(input: ViewInput): RequirementSummary[] {
  const countsOf = countsBy(unsuppressed(input.findings), (f) => f.requirements);
  return REQUIREMENTS.map((req) => {
    const mapped = input.checks.filter((c) => (c.requirements as readonly string[]).includes(req.id)).map((c) => c.id);
    const mine = countsOf([req.id]);
    const supportOnly = req.cloudEvidence === 'none';
    const zero = countByStatus([]);
    const checkIds = supportOnly ? [] : mapped;
    const counts = supportOnly ? zero : mine;
    const config = configStatus(req.cloudEvidence, checkIds.length, counts);
    const attestation = input.attestations?.get(req.id);
    return {
      ...req,
      status: combineStatus(config, attestation),
      configStatus: config,
      checkIds,
      counts,
      supportingCheckIds: supportOnly ? mapped : [],
      supportingCounts: supportOnly ? mine : zero,
      ...(attestation ? { attestation } : {}),
    };
  });
}

/**
 * Attestations under the current rule: the rule in force sets no period for these activities,
 * so an attestation past phiscan's cycle asks for the reviewer's judgement (not assessed) instead
 * of failing. Any one in-date attestation of the item's activities shows it was performed.
 */
function currentRuleAttestation(item: CurrentRuleItem, attestations: ViewInput['attestations']): CurrentRuleSummary['attestation'] {
  const judged = item.attestedBy.flatMap((id) => {
    const a = attestations?.get(id);
    return a ? [{ id, a }] : [];
  });
  if (judged.length === 0) return undefined;
  const passing = judged.find((j) => j.a.status === 'pass');
  if (passing) return { status: 'pass', message: `${passing.id}: ${passing.a.message}` };
  const messages = judged.map(({ id, a }) =>
    a.status === 'fail'
      ? `${id}: last performed ${a.lastPerformed ?? '?'}, older than phiscan's ${a.period} cycle; the current rule sets no fixed period, so judge whether it is recent enough`
      : `${id}: ${a.message}`,
  );
  return { status: 'not_assessed', message: messages.join('; ') };
}

const ADDRESSABLE_FAIL = 'addressable: implement, or document why an equivalent alternative is reasonable';
const REQUIRED_FAIL = 'required: the evidence shows it is not met';

export function summarizeCurrentRule(input: ViewInput): CurrentRuleSummary[] {
  const countOf = countsBy(unsuppressed(input.findings), (f) => [f.checkId]);
  const cites = (list: readonly string[] | undefined, item: CurrentRuleItem): boolean => (list ?? []).some((cite) => currentRuleItemForCitation(cite)?.id === item.id);
  const summarize = (item: CurrentRuleItem): CurrentRuleSummary => {
    const children = item.kind === 'standard' ? CURRENT_RULE.filter((c) => c.standard === item.id).map(summarize) : [];
    const evidencing = input.checks.filter((c) => cites(c.currentRule, item));
    const deciding = item.cloudEvidence === 'none' ? [] : evidencing;
    const supporting = [...input.checks.filter((c) => cites(c.currentRuleSupport, item)), ...(item.cloudEvidence === 'none' ? evidencing : [])];
    const attestation = currentRuleAttestation(item, input.attestations);
    const ownConfig = configStatus(item.cloudEvidence, deciding.length, countOf(ids(deciding)));
    const own = combineStatus(ownConfig, attestation);
    // A standard with no evidence source of its own is judged by its specifications alone.
    const ownCounts = children.length === 0 || deciding.length > 0 || attestation !== undefined;
    // An addressable specification that fails leaves the standard open (an equivalent alternative may meet it), not failed.
    const fromChildren = children.map((c) => (c.status === 'fail' && c.designation === 'addressable' ? 'not_assessed' : c.status));
    const status = worstStatus([...(ownCounts ? [own] : []), ...fromChildren]) ?? own;

    const checkIds = [...new Set([...ids(deciding), ...children.flatMap((c) => c.checkIds)])].sort();
    const supportingCheckIds = [...new Set([...ids(supporting), ...children.flatMap((c) => c.supportingCheckIds)])].filter((id) => !checkIds.includes(id)).sort();
    const notes = [
      ...(ownCounts && own === 'fail' ? [item.designation === 'addressable' ? ADDRESSABLE_FAIL : REQUIRED_FAIL] : []),
      ...children.filter((c) => c.status === 'fail').map((c) => `${c.citation} fails (${c.designation === 'addressable' ? ADDRESSABLE_FAIL : REQUIRED_FAIL})`),
      ...(attestation && attestation.status !== 'pass' ? [attestation.message] : []),
    ];
    return {
      ...item,
      status,
      statusNote: notes.length > 0 ? notes.join('; ') : null,
      checkIds,
      counts: countOf(checkIds),
      supportingCheckIds,
      supportingCounts: countOf(supportingCheckIds),
      ...(attestation ? { attestation } : {}),
    };
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
  const currentRule = summarizeCurrentRule(input);
  // Practices stricter than the proposal are shown but are not NPRM readiness.
  return { requirements, currentRule, counts: { nprm: statusCounts(requirements.filter((r) => !isBeyondNprm(r))), currentRule: statusCounts(currentRule) } };
}
