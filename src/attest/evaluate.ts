/**
 * Judge attestations on the run date. A requirement's period comes from the catalog (the
 * shortest "every" period); requirements without a recurring period are re-attested every 12
 * months, the catalog's review-and-testing cycle. An attestation is valid through its due date
 * (performed + period, calendar arithmetic): a run on the due date passes, the day after fails
 * with "overdue since <due date>". No attestation is not assessed, never a pass.
 */
import type { Provider } from '../model/resource.js';
import type { AttestationsSection, AttestationState, EvaluatedAttestation, RequirementAttestation } from '../model/report.js';
import { REQUIREMENTS, type Requirement, type RequirementId } from '../nprm/catalog.js';
import { addDuration, formatDuration, parseDuration, type Duration } from './calendar-date.js';
import type { Attestation, AttestationScope, AttestationsDoc } from './file.js';

export interface AttestationPeriod {
  readonly duration: Duration;
  readonly source: 'catalog' | 'annual-review';
}

const ANNUAL: Duration = { amount: 12, unit: 'month' };

function months(d: Duration): number {
  return d.unit === 'year' ? d.amount * 12 : d.unit === 'month' ? d.amount : d.amount / 30.4375;
}

export function attestationPeriod(req: Requirement): AttestationPeriod {
  const every = req.periods.flatMap((p) => (p.every ? [parseDuration(p.every)] : [])).filter((d): d is Duration => d !== undefined);
  const shortest = every.sort((a, b) => months(a) - months(b))[0];
  return shortest ? { duration: shortest, source: 'catalog' } : { duration: ANNUAL, source: 'annual-review' };
}

/**
 * Process requirements (no cloud evidence) and periodic ones that configuration only partly
 * shows: without an attestation they are not assessed. Others may be attested optionally, as
 * may requirements that bind only some entities (a group health plan's documents).
 */
export function expectsAttestation(req: Requirement): boolean {
  if (req.appliesTo !== undefined) return false;
  return req.cloudEvidence === 'none' || (req.cloudEvidence === 'partial' && req.periods.length > 0);
}

/** A slice of what was scanned: `aws:111122223333`, `gcp:my-project`, `azure:<subscription>`; `*` when unknown. */
export interface ScopeUnit {
  readonly provider: Provider | '*';
  readonly account: string;
}

export function scopeUnitKey(u: ScopeUnit): string {
  return u.provider === '*' ? '*' : `${u.provider}:${u.account}`;
}

export function describeScopeUnit(key: string): string {
  if (key === '*') return 'the scan';
  const [provider, ...rest] = key.split(':');
  const account = rest.join(':');
  const noun = provider === 'aws' ? 'account' : provider === 'azure' ? 'subscription' : provider === 'gcp' ? 'project' : 'scope';
  return `${provider ?? ''} ${noun} ${account}`;
}

/** Distinct accounts, subscriptions and projects seen by the scan; `*` alone when none. */
export function scopeUnitsOf(items: readonly { readonly provider: Provider; readonly account?: string | null | undefined; readonly type?: string }[]): ScopeUnit[] {
  const keys = new Map<string, ScopeUnit>();
  // An Entra tenant is the identity plane above subscriptions: attestations scope by subscription.
  for (const i of items) if (i.account && !i.type?.startsWith('azure.entra.')) keys.set(`${i.provider}:${i.account}`, { provider: i.provider, account: i.account });
  const units = [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, u]) => u);
  return units.length > 0 ? units : [{ provider: '*', account: '*' }];
}

/** The accounts (AWS), subscriptions (Azure) or projects (GCP) a scope names for one provider. */
export function scopeIds(scope: AttestationScope, provider: Provider): readonly string[] | undefined {
  return provider === 'aws' ? scope.accounts : provider === 'azure' ? scope.subscriptions : scope.projects;
}

function covers(a: Attestation, u: ScopeUnit): boolean {
  if (!a.scope || u.provider === '*') return true;
  return scopeIds(a.scope, u.provider)?.includes(u.account) ?? false;
}

export interface AttestationEvaluation {
  readonly section: AttestationsSection;
  readonly byRequirement: ReadonlyMap<RequirementId, RequirementAttestation>;
}

export function evaluateAttestations(doc: AttestationsDoc, file: string, runDate: string, units: readonly ScopeUnit[]): AttestationEvaluation {
  const entries = doc.attestations.map((a) => {
    const period = attestationPeriod(requirementOf(a.requirement));
    return { a, period, dueDate: addDuration(a.performed, period.duration) };
  });
  const states: AttestationState[] = entries.map(() => 'out-of-scope');
  const byRequirement = new Map<RequirementId, RequirementAttestation>();

  for (const req of REQUIREMENTS) {
    const mine = entries.map((e, index) => ({ ...e, index })).filter((e) => e.a.requirement === req.id);
    if (mine.length === 0 && !expectsAttestation(req)) continue;
    const period = attestationPeriod(req);
    // Per scope unit, the latest covering attestation decides (ties: the later entry in the file).
    const latest = units.map((u) => {
      const covering = mine.filter((e) => covers(e.a, u));
      for (const e of covering) if (states[e.index] === 'out-of-scope') states[e.index] = 'superseded';
      const best = covering.reduce<(typeof covering)[number] | undefined>((acc, e) => (!acc || e.a.performed >= acc.a.performed ? e : acc), undefined);
      return { unit: scopeUnitKey(u), best };
    });
    for (const { best } of latest) if (best) states[best.index] = best.dueDate >= runDate ? 'current' : 'overdue';
    const uncovered = latest.filter((l) => !l.best).map((l) => l.unit);
    const covered = latest.flatMap((l) => (l.best ? [l.best] : []));
    const overdue = covered.filter((e) => e.dueDate < runDate).sort((x, y) => (x.dueDate < y.dueDate ? -1 : 1));
    const binding = [...covered].sort((x, y) => (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : x.index - y.index))[0];
    const status: RequirementAttestation['status'] = overdue.length > 0 ? 'fail' : uncovered.length > 0 ? 'not_assessed' : 'pass';
    const missing = uncovered.length === 0 ? '' : units.length === 1 && units[0]?.provider === '*' ? 'no attestation' : `no attestation for ${uncovered.map(describeScopeUnit).join(', ')}`;
    const message =
      status === 'fail'
        ? `overdue since ${overdue[0]?.dueDate ?? ''} (last performed ${overdue[0]?.a.performed ?? ''}, every ${formatDuration(period.duration)})${missing ? `; ${missing}` : ''}`
        : status === 'not_assessed'
          ? missing
          : `attested ${binding?.a.performed ?? ''} by ${binding?.a.attestedBy ?? ''}; next due ${binding?.dueDate ?? ''}`;
    byRequirement.set(req.id, {
      status,
      expected: expectsAttestation(req),
      message,
      period: formatDuration(period.duration),
      periodSource: period.source,
      lastPerformed: binding?.a.performed ?? null,
      dueDate: binding?.dueDate ?? null,
      overdueSince: overdue[0]?.dueDate ?? null,
      owner: binding ? (binding.a.owner ?? binding.a.attestedBy) : null,
      entries: mine.map((e) => e.index),
      uncovered,
    });
  }

  const evaluated: EvaluatedAttestation[] = entries.map((e, i) => ({
    requirement: e.a.requirement,
    performed: e.a.performed,
    attestedBy: e.a.attestedBy,
    owner: e.a.owner ?? e.a.attestedBy,
    evidence: e.a.evidence,
    scope: e.a.scope ?? null,
    note: e.a.note ?? null,
    period: formatDuration(e.period.duration),
    dueDate: e.dueDate,
    state: states[i] ?? 'out-of-scope',
  }));
  return { section: { file, asOf: runDate, scopeUnits: units.map(scopeUnitKey), entries: evaluated }, byRequirement };
}

function requirementOf(id: RequirementId): Requirement {
  const r = REQUIREMENTS.find((x) => x.id === id);
  if (!r) throw new Error(`unknown requirement ${id}`);
  return r;
}
