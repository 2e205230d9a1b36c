import { setOwn } from '../lib/objects.js';
import type { CoverageGap } from '../model/coverage.js';
import type { Evidence, Observed, Severity } from '../model/finding.js';
import type { Resource, ResourceType } from '../model/resource.js';
import type { RequirementId } from '../nprm/catalog.js';

export interface Remediation {
  /** One sentence: what to change. */
  readonly summary: string;
  readonly console: string;
  readonly cli: string;
  readonly terraform: string;
}

export interface CheckMeta<T extends ResourceType = ResourceType> {
  /** `<provider>-<service>-<shortcode>`, naming the compliant state; equals the file path. */
  readonly id: string;
  readonly aliases?: readonly string[];
  /** The secure state, at most 100 characters, not starting with "Ensure". */
  readonly title: string;
  readonly severity: Severity;
  /** Severity when the resource holds ePHI (by the configured tag rules). */
  readonly ephiSeverity?: Severity;
  readonly provider: 'aws' | 'azure' | 'gcp';
  readonly service: string;
  readonly resourceTypes: readonly T[];
  readonly requirements: readonly RequirementId[];
  /**
   * Current-rule items this check evidences as the current text reads (`45 CFR 164.312(a)(2)(iv)`):
   * the control it tests is the one the text names, so a failing finding shows the item unmet.
   */
  readonly currentRule: readonly string[];
  /**
   * Current-rule items this check only supports: the text leaves the measure to the entity, or
   * the check tests something stricter (MFA, customer-managed keys, TLS versions). Shown as
   * supporting evidence; never decides the item.
   */
  readonly currentRuleSupport?: readonly string[];
  readonly rationale: string;
  readonly remediation: Remediation;
  readonly references: readonly string[];
  /** Options with their defaults; overridable from the config file per check id. */
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /**
   * A user-written check's own documentation page (https), used as the SARIF rule's helpUri.
   * Built-in checks leave it out: their page is generated into docs/checks/<id>.md.
   */
  readonly helpUri?: string;
  /** Set by phiscan when it loads a user-written check (`--checks-dir`), never by the check: the module it came from. */
  readonly custom?: CustomCheckOrigin;
}

/** Where a user-written check came from, recorded in every report that ran it. */
export interface CustomCheckOrigin {
  /** The module's path as found under the `--checks-dir` / `checksDirs` directory given. */
  readonly file: string;
  /** sha256 of the module file's bytes. */
  readonly sha256: string;
}

/** "evidences 45 CFR 164.312(b); supports only 45 CFR 164.308(a)(1)(ii)(D)": how a check bears on the rule in force. */
export function formatCurrentRule(meta: Pick<CheckMeta, 'currentRule' | 'currentRuleSupport'>): string {
  const support = meta.currentRuleSupport ?? [];
  const parts = [...(meta.currentRule.length > 0 ? [`evidences ${meta.currentRule.join(', ')}`] : []), ...(support.length > 0 ? [`supports only ${support.join(', ')}`] : [])];
  return parts.join('; ') || 'none';
}

/** A resource without its config: what whole-inventory questions answer with. */
export type ResourceSummary = Omit<Resource, 'config'>;

/** Read-only view of everything collected, for the rare cross-resource question. */
export interface InventoryView {
  byId(id: string): Resource | undefined;
  ofType<T extends ResourceType>(type: T): readonly Resource<T>[];
  /** Resources whose config references `id` anywhere (KMS key users, SG attachments), sorted by id. */
  referencing(id: string): readonly ResourceSummary[];
  /** Resources placed in a network (VPC, VNet, GCP network) by their type's network placement, sorted by id. */
  inNetwork(networkId: string): readonly ResourceSummary[];
}

/**
 * What a check asks of `ctx.inventory`, declared so the streaming engine can answer without
 * holding every resource: types it reads with byId()/ofType() are fetched first; checks that
 * use referencing() or inNetwork() are evaluated after every resource has been seen.
 */
export interface InventoryLookups<T extends ResourceType = ResourceType> {
  readonly types?: readonly ResourceType[];
  /** Every id this check passes to referencing() when evaluating `resource`. */
  referencedIds?(resource: Resource<T>): readonly string[];
  readonly networks?: true;
}

export interface CheckContext {
  readonly options: Readonly<Record<string, unknown>>;
  readonly isEphi: (r: ResourceSummary) => boolean;
  /** The run's clock (frozen in tests and reproducible runs). Never call Date.now() in a check. */
  readonly now: Date;
  readonly inventory: InventoryView;
  /**
   * What the collectors could not read, sorted. Checks on one resource type see the gaps that
   * hide that type as findings of their own; a check that reasons over other types (network
   * reachability) reads here whether any of them went unread in the resource's scope.
   */
  readonly gaps: readonly CoverageGap[];
}

export type Verdict =
  | { readonly status: 'pass' | 'fail' | 'not_assessed'; readonly message: string; readonly evidence: readonly Evidence[] }
  | { readonly status: 'not_applicable'; readonly message: string };

export interface Check<T extends ResourceType = ResourceType> {
  readonly meta: CheckMeta<T>;
  /** Required when `evaluate` uses `ctx.inventory` (a meta test enforces it). */
  readonly lookups?: InventoryLookups<T>;
  /** Pure: same resource and context, same verdict. */
  evaluate(resource: Resource<T>, ctx: CheckContext): Verdict;
}

/** Identity helper that types `evaluate`'s resource from `meta.resourceTypes`. */
export function defineCheck<const T extends ResourceType>(check: Check<T>): Check<T> {
  return check;
}

/** Turn a config value into JSON-safe evidence; undefined means "not known". */
export function observe(path: string, value: unknown): Evidence {
  if (value === undefined) return { path, observed: null, unknown: true };
  return { path, observed: toObserved(value) };
}

function toObserved(value: unknown): Observed {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toObserved);
  if (typeof value === 'object') {
    const out: Record<string, Observed> = {};
    // Keys, not entries: evidence is copied for every finding, and an array per property showed in profiles.
    for (const k of Object.keys(value)) {
      const v: unknown = (value as Record<string, unknown>)[k];
      if (v !== undefined) setOwn(out, k, toObserved(v));
    }
    return out;
  }
  return typeof value === 'bigint' ? value.toString() : null;
}

type EvidenceInput = readonly [path: string, value: unknown] | Evidence;

function toEvidence(items: readonly EvidenceInput[]): Evidence[] {
  return items.map((e) => (Array.isArray(e) ? observe(e[0] as string, e[1]) : (e as Evidence)));
}

export function pass(message: string, ...evidence: EvidenceInput[]): Verdict {
  return { status: 'pass', message, evidence: toEvidence(evidence) };
}

export function fail(message: string, ...evidence: EvidenceInput[]): Verdict {
  return { status: 'fail', message, evidence: toEvidence(evidence) };
}

/** The deciding value could not be read or resolved; say which and why. */
export function notAssessed(message: string, ...evidence: EvidenceInput[]): Verdict {
  return { status: 'not_assessed', message, evidence: toEvidence(evidence) };
}

/**
 * For a control required only where ePHI is held: undefined when the resource holds ePHI (evaluate
 * it), not applicable when its tags say it does not, and not assessed when its tags could not be
 * read, so an unreadable tag never quietly takes a resource out of scope.
 */
export function ephiOnly(r: ResourceSummary, ctx: CheckContext, notEphi = 'not tagged as holding ePHI'): Verdict | undefined {
  if (ctx.isEphi(r)) return undefined;
  if (r.tags === undefined) return notAssessed('its tags could not be read, so whether it holds ePHI (and needs this control) is unknown', ['tags', undefined]);
  return notApplicable(notEphi);
}

/** The control cannot apply to this resource (an asymmetric key cannot rotate): no finding. */
export function notApplicable(message: string): Verdict {
  return { status: 'not_applicable', message };
}
