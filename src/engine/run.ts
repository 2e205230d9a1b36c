import type { CollectEvent } from '../model/collect.js';
import type { CoverageGap } from '../model/coverage.js';
import type { Finding, FindingException, ResourceRef, Suppression } from '../model/finding.js';
import type { Resource, ResourceType } from '../model/resource.js';
import type { Check, CheckContext, InventoryView, Verdict } from './check-api.js';
import { ephiClassifier, DEFAULT_EPHI_TAG_RULES, type EphiTagRule } from './ephi.js';
import { findingFingerprint } from './fingerprint.js';
import { buildInventoryView } from './inventory.js';
import { byString } from '../model/order.js';
import { evaluateStream, memorySource } from './stream.js';
import { compareFindings, memoryFindings, type FindingSink } from './finding-store.js';
import type { FindingList } from '../model/report.js';

export interface EngineOptions {
  readonly now: Date;
  readonly ephiTagRules?: readonly EphiTagRule[];
  /** Per check id, merged over the check's default options. */
  readonly checkOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Suppressions beyond inline ones (config, suppressions file). */
  readonly suppress?: (finding: Finding) => Suppression | undefined;
  /** Recorded exceptions (attestations file): a failing finding one matches becomes `excepted`. */
  readonly except?: (finding: Finding) => FindingException | undefined;
  readonly onProgress?: (event: { readonly resources: number }) => void;
}

export interface EngineResult<F extends FindingList = readonly Finding[]> {
  /** Sorted by id. */
  readonly resources: readonly Resource[];
  /** Sorted by check id, then resource id. */
  readonly findings: F;
  readonly gaps: readonly CoverageGap[];
  /** Checks that ran, sorted by id. */
  readonly checks: readonly Check[];
  /** Verdicts of "the control cannot apply here", counted, not reported as findings. */
  readonly notApplicable: number;
}


/**
 * Drain a collector's stream, then run every applicable check on every resource with the
 * streaming engine (what `scan` uses for every input): only the inventory lookups checks declare
 * are indexed. Evaluation yields to the event loop every few milliseconds and stops when `signal`
 * aborts, so an interrupt or a --timeout is honoured within moments even on a million resources.
 */
export function runEngine(events: AsyncIterable<CollectEvent>, checks: readonly Check[], options: EngineOptions, signal?: AbortSignal): Promise<EngineResult> {
  return runEngineInto(events, checks, options, memoryFindings(), signal);
}

/** `runEngine` with the findings collected by `sink` (the scan pipeline spills them to disk past a bound). */
export async function runEngineInto<F extends FindingList>(events: AsyncIterable<CollectEvent>, checks: readonly Check[], options: EngineOptions, sink: FindingSink<F>, signal?: AbortSignal): Promise<EngineResult<F>> {
  const resources: Resource[] = [];
  const gaps: CoverageGap[] = [];
  for await (const event of events) {
    if (event.kind === 'gap') gaps.push(event.gap);
    else if (resources.push(event.resource) % 1000 === 0) options.onProgress?.({ resources: resources.length });
  }
  // The sort is stable, so the first of a duplicated id (sources are ordered) leads its run and is
  // the one kept: what a map of every id did, without a million-entry hash table beside the list.
  resources.sort((a, b) => byString(a.id, b.id));
  let kept = 0;
  for (const r of resources) if (kept === 0 || r.id !== (resources[kept - 1] as Resource).id) resources[kept++] = r;
  resources.length = kept;
  const { notApplicable } = await evaluateStream(memorySource(resources, true), gaps, checks, options, (f) => sink.add(f), signal);
  signal?.throwIfAborted();
  return { resources, findings: sink.finish(), gaps: [...gaps].sort((a, b) => byString(gapKey(a), gapKey(b))), checks: [...checks].sort((a, b) => byString(a.meta.id, b.meta.id)), notApplicable };
}

/** The same evaluation, synchronously (tests, library use). */
export function evaluate(resourcesIn: readonly Resource[], gapsIn: readonly CoverageGap[], checksIn: readonly Check[], options: EngineOptions): EngineResult {
  const steps = evaluationSteps(resourcesIn, gapsIn, checksIn, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Milliseconds of evaluation between pauses (where a signal handler or a timer can run). */
export const SLICE_MS = 20;

/** Evaluation as a generator: it pauses (yields) every SLICE_MS of work; the caller decides what a pause does. */
function* evaluationSteps(resourcesIn: readonly Resource[], gapsIn: readonly CoverageGap[], checksIn: readonly Check[], options: EngineOptions): Generator<void, EngineResult> {
  const resources = [...resourcesIn].sort((a, b) => byString(a.id, b.id));
  const gaps = [...gapsIn].sort((a, b) => byString(gapKey(a), gapKey(b)));
  const plan = planChecks(checksIn, options);
  const contexts = plan.contexts(buildInventoryView(resources), gaps);
  yield;

  const findings: Finding[] = [];
  let notApplicable = 0;
  let sliceStart = performance.now();
  for (const [i, resource] of resources.entries()) {
    notApplicable += plan.evaluateResource(resource, plan.checksFor(resource.type), contexts, (f) => findings.push(f));
    if (i % 64 === 63 && performance.now() - sliceStart > SLICE_MS) {
      yield;
      sliceStart = performance.now();
    }
  }
  for (const f of plan.gapFindings(gaps)) findings.push(f);
  yield;
  findings.sort(compareFindings);
  return { resources, findings, gaps, checks: plan.checks, notApplicable };
}

export { compareFindings };

/** Checks indexed by type with their options resolved: what both the batch and the streaming engine run. */
export interface CheckPlan {
  /** Sorted by id. */
  readonly checks: readonly Check[];
  checksFor(type: ResourceType): readonly Check[];
  /** One context per check over an inventory view and the run's coverage gaps (sorted). */
  contexts(inventory: InventoryView, gaps: readonly CoverageGap[]): ReadonlyMap<Check, CheckContext>;
  /** Emit the findings of `checks` on one resource; returns how many verdicts were not applicable. */
  evaluateResource(resource: Resource, checks: readonly Check[], contexts: ReadonlyMap<Check, CheckContext>, emit: (f: Finding) => void): number;
  gapFindings(gaps: readonly CoverageGap[]): Finding[];
}

export function planChecks(checksIn: readonly Check[], options: EngineOptions): CheckPlan {
  const checks = [...checksIn].sort((a, b) => byString(a.meta.id, b.meta.id));
  const isEphi = ephiClassifier(options.ephiTagRules ?? DEFAULT_EPHI_TAG_RULES);
  const checksByType = new Map<ResourceType, Check[]>();
  for (const check of checks) {
    for (const type of check.meta.resourceTypes) {
      let list = checksByType.get(type);
      if (!list) checksByType.set(type, (list = []));
      list.push(check);
    }
  }
  const checkOptions = new Map(checks.map((c) => [c, { ...c.meta.defaultOptions, ...options.checkOptions?.[c.meta.id] }]));
  // A recorded exception is the formal record, so it is applied before any suppression.
  const finish = (f: Finding, inline?: Suppression): Finding => {
    const exception = f.status === 'fail' ? options.except?.(f) : undefined;
    if (exception) return { ...f, status: 'excepted', exception };
    if (inline) return { ...f, suppression: inline };
    return options.suppress ? applySuppression(f, options.suppress) : f;
  };
  return {
    checks,
    checksFor: (type) => checksByType.get(type) ?? [],
    contexts: (inventory, gaps) => new Map(checks.map((c) => [c, { options: checkOptions.get(c) ?? {}, isEphi, now: options.now, inventory, gaps }])),
    evaluateResource(resource, forChecks, contexts, emit) {
      let notApplicable = 0;
      const ephi = isEphi(resource);
      const ref = refOf(resource);
      for (const check of forChecks) {
        const verdict = safeEvaluate(check, resource, contexts.get(check) as CheckContext);
        if (verdict.status === 'not_applicable') notApplicable++;
        else emit(finish(toFinding(check, ref, ephi, verdict), inlineSuppression(resource, check)));
      }
      return notApplicable;
    },
    gapFindings: (gaps) => gapFindings(gaps, checksByType).map((f) => finish(f)),
  };
}

/**
 * A check that throws, or returns anything but a verdict (a promise from an async evaluate, an
 * unknown status), is not assessed with the error: never a crash, never a pass.
 */
function safeEvaluate(check: Check, resource: Resource, ctx: CheckContext): Verdict {
  try {
    const v: unknown = check.evaluate(resource, ctx);
    if (!isVerdict(v)) throw new Error(v instanceof Promise ? 'evaluate returned a promise; checks are synchronous' : 'check returned no verdict (use pass, fail, notAssessed or notApplicable)');
    return v;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { status: 'not_assessed', message: `check error: ${message}`, evidence: [] };
  }
}

const VERDICT_STATUSES: ReadonlySet<unknown> = new Set(['pass', 'fail', 'not_assessed', 'not_applicable']);

function isVerdict(v: unknown): v is Verdict {
  if (typeof v !== 'object' || v === null) return false;
  const { status, message, evidence } = v as Record<string, unknown>;
  if (!VERDICT_STATUSES.has(status) || typeof message !== 'string') return false;
  return status === 'not_applicable' || (Array.isArray(evidence) && evidence.every((e) => typeof e === 'object' && e !== null && typeof (e as { path?: unknown }).path === 'string'));
}

function toFinding(check: Check, resource: ResourceRef, ephi: boolean, verdict: Exclude<Verdict, { status: 'not_applicable' }>): Finding {
  const severity = ephi && check.meta.ephiSeverity ? check.meta.ephiSeverity : check.meta.severity;
  return {
    checkId: check.meta.id,
    status: verdict.status,
    severity,
    requirements: check.meta.requirements,
    resource,
    ephi,
    message: verdict.message,
    evidence: verdict.evidence,
    remediation: check.meta.remediation.summary,
    fingerprint: findingFingerprint(check.meta.id, resource.id),
  };
}

/** Findings name their resource; an IaC block's source text stays on the inventory entry (once per resource, not per finding). */
function refOf(r: Resource): ResourceRef {
  let source = r.source;
  if (source.kind === 'iac' && source.snippet !== undefined) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
    const { snippet, ...rest } = source;
    source = rest;
  }
  return { id: r.id, type: r.type, provider: r.provider, name: r.name, account: r.account, region: r.region, source };
}

function inlineSuppression(r: Resource, check: Check): Suppression | undefined {
  if (r.source.kind !== 'iac' || !r.source.suppressions) return undefined;
  const ids = new Set([check.meta.id, ...(check.meta.aliases ?? [])]);
  const hit = r.source.suppressions.find((s) => ids.has(s.checkId));
  return hit ? { reason: hit.reason, source: 'inline' } : undefined;
}

function applySuppression(f: Finding, suppress: EngineOptions['suppress']): Finding {
  if (f.suppression || !suppress) return f;
  const s = suppress(f);
  return s ? { ...f, suppression: s } : f;
}

/** Gap sort key: the engine, the streaming engine and `merge` order gaps the same way. */
export function gapKey(g: CoverageGap): string {
  return [g.provider, g.account ?? '', g.region ?? '', g.service, g.operation, g.reason].join('\u0000');
}

/** Scope id for a gap: `<provider>/<account|*>/<region|*>/<type>/*`. */
export function gapScopeId(g: CoverageGap, type: ResourceType): string {
  return `${g.provider}/${g.account ?? '*'}/${g.region ?? '*'}/${type}/*`;
}

/** Every check on a type a gap hides becomes not assessed for that scope, once per (check, scope). */
function gapFindings(gaps: readonly CoverageGap[], checksByType: ReadonlyMap<ResourceType, readonly Check[]>): Finding[] {
  const merged = new Map<string, { check: Check; ref: ResourceRef; reasons: string[] }>();
  for (const gap of gaps) {
    for (const type of gap.resourceTypes) {
      const scopeId = gapScopeId(gap, type);
      for (const check of checksByType.get(type) ?? []) {
        const key = `${check.meta.id}\u0000${scopeId}`;
        let entry = merged.get(key);
        if (!entry) {
          const ref: ResourceRef = { id: scopeId, type, provider: gap.provider, name: `${type} in ${gap.account ?? 'all accounts'}/${gap.region ?? 'all regions'}`, account: gap.account, region: gap.region, source: { kind: 'scope' } };
          merged.set(key, (entry = { check, ref, reasons: [] }));
        }
        const reason = `${gap.service}:${gap.operation} ${gap.reason}${gap.errorCode ? ` (${gap.errorCode})` : ''}`;
        if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
      }
    }
  }
  return [...merged.values()].map(({ check, ref, reasons }) =>
    toFinding(check, ref, false, { status: 'not_assessed', message: `could not be read: ${reasons.join('; ')}`, evidence: [] }),
  );
}
