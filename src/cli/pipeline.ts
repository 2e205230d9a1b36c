import { reporterFor, type OutputFile, type RenderOptions } from '../../reports/index.js';
import type { Baseline } from '../../reports/types.js';
import type { CollectContext, CollectEvent } from '../../providers/types.js';
import { evaluateAttestations, scopeUnitsOf } from '../attest/evaluate.js';
import { createExceptionMatcher, exceptionLabel } from '../attest/exceptions.js';
import type { AttestationsDoc } from '../attest/file.js';
import { markBaseline } from '../diff/diff.js';
import type { Check } from '../engine/check-api.js';
import { collectorGaps } from '../engine/collector-gaps.js';
import { abortedByDeadline, DeadlineExceeded } from '../engine/deadline.js';
import { DEFAULT_EPHI_TAG_RULES, ephiClassifier, type EphiTagRule } from '../engine/ephi.js';
import { buildReport, checksDigest } from '../engine/report.js';
import { runEngineInto, type EngineResult } from '../engine/run.js';
import { disposeFindings, removeSpills, spillingFindings } from '../engine/finding-store.js';
import type { Shard } from '../engine/shard.js';
import { atLeast, SEVERITIES, type Severity } from '../model/finding.js';
import { nothingAssessed, nothingAssessedText, unreadProviders, type FindingList, type RunMetadata, type ScanReport } from '../model/report.js';
import type { SuppressionsFile } from '../suppressions/file.js';
import { createSuppressionMatcher, entryLabel } from '../suppressions/match.js';
import { pushAll, someOf } from '../lib/arrays.js';
import { EXIT, TimeoutExpired, UsageError } from './exit-codes.js';
import type { SelectedInput } from './inputs/types.js';
import type { Progress } from './progress.js';
import { onHardExit } from './interrupt.js';
import { printLine } from './terminal.js';
import { checkOutputDir, writeFilesAtomically } from './write-atomic.js';

export interface OutputRequest {
  readonly formats: readonly string[];
  readonly output: string;
  readonly renderOptions?: RenderOptions;
}

/** What a scan reads and how it judges; the CLI adds outputs and an exit policy (ScanRequest). */
export interface EvaluateRequest {
  readonly command: string;
  readonly inputs: readonly SelectedInput[];
  readonly checks: readonly Check[];
  readonly ephiTags?: readonly EphiTagRule[] | undefined;
  readonly checkOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined;
  readonly selection: RunMetadata['options'];
  readonly clock: () => Date;
  readonly progress: Progress;
  /** SIGINT/SIGTERM: aborts the run, nothing is written. */
  readonly signal?: AbortSignal;
  /** `--shard I/N`, handed to every collector. */
  readonly shard?: Shard | undefined;
  /**
   * `--timeout`: at the deadline collection stops and what was not read becomes coverage gaps; the
   * report must then be evaluated and written within `finishGraceMs(timeoutMs)`, else the run
   * stops with exit 3 and writes nothing.
   */
  readonly timeoutMs?: number | undefined;
  /** `performance.now()` when the command started: the --timeout clock starts there (inputs, IaC parsing included). Default: now. */
  readonly runStartedAt?: number | undefined;
  /** After the deadline, how long collectors get to return what they read before they are abandoned. */
  readonly deadlineGraceMs?: number;
  /** After the deadline, how long evaluating and writing may take (default `finishGraceMs(timeoutMs)`). */
  readonly finishGraceMs?: number;
  readonly suppressions?: SuppressionsFile | undefined;
  /** `--baseline`: the previous run failing findings are compared with. */
  readonly baseline?: Baseline | undefined;
  readonly configFile?: { readonly path: string; readonly sha256: string } | undefined;
  /** Warnings (expired or unmatched suppressions); default: stderr. */
  readonly warn?: (line: string) => void;
  /** Validated before the scan; judged on `runDate` (UTC calendar date of the run clock). */
  readonly attestations?: { readonly file: string; readonly doc: AttestationsDoc; readonly runDate: string } | undefined;
}

export interface ScanRequest extends OutputRequest, EvaluateRequest {
  readonly failOn: Severity;
  readonly strict: boolean;
}

const DEFAULT_DEADLINE_GRACE_MS = 10_000;

/** Validate formats and the output directory before any work is done (the directory is not created yet). */
export async function prepareOutput(req: OutputRequest): Promise<void> {
  for (const f of req.formats) if (!reporterFor(f)) throw new UsageError(`--format: unknown format "${f}"`);
  await checkOutputDir(req.output);
}

/**
 * Every requested format's files, rendered one format at a time when the writer asks for the
 * next file: one format's output is in memory at once, and chunked content is produced while it
 * is written. Between formats the event loop runs and `signal` is checked.
 */
export async function* renderAll(report: ScanReport<FindingList>, req: OutputRequest, signal?: AbortSignal): AsyncGenerator<OutputFile> {
  for (const f of req.formats) {
    const reporter = reporterFor(f);
    if (!reporter) throw new UsageError(`--format: unknown format "${f}"`);
    await new Promise<void>((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    yield* await reporter.render(report, req.renderOptions ?? {});
  }
}

/** Render every requested format into `req.output`, replacing the report set as a whole or not at all. */
export function writeReports(report: ScanReport<FindingList>, req: OutputRequest, signal?: AbortSignal): Promise<string[]> {
  return writeFilesAtomically(req.output, renderAll(report, req, signal), signal);
}

/** After the --timeout deadline, how long evaluating and writing the report may take: a tenth of the timeout, at least 30 s. */
export function finishGraceMs(timeoutMs: number): number {
  return Math.max(30_000, Math.round(timeoutMs / 10));
}

/**
 * The --timeout clocks of one run: `collect` aborts at the deadline (collectors stop, unread units
 * become gaps); `finish` aborts `finishGraceMs` later (the run stops with TimeoutExpired).
 */
function startDeadline(timeoutMs: number, startedAt: number, grace: number): { collect: AbortController; finish: AbortController; collectionDone(): void; clear(): void } {
  const collect = new AbortController();
  const finish = new AbortController();
  const elapsed = performance.now() - startedAt;
  // A limit already passed (a long IaC parse before the run) applies now, not on the next tick.
  const at = (ms: number, abort: () => void): NodeJS.Timeout | undefined => {
    if (ms - elapsed > 0) return setTimeout(abort, ms - elapsed);
    abort();
    return undefined;
  };
  const t1 = at(timeoutMs, () => collect.abort(new DeadlineExceeded(timeoutMs)));
  const t2 = at(timeoutMs + grace, () => finish.abort(new TimeoutExpired(`--timeout expired: the report could not be evaluated and written within ${grace / 1000} s of the deadline; nothing written`)));
  return { collect, finish, collectionDone: () => clearTimeout(t1), clear: () => (clearTimeout(t1), clearTimeout(t2)) };
}

/**
 * Run the collectors concurrently and replay their events in input order (deterministic).
 * A collector that throws, or that is still running `deadlineGraceMs` after the deadline,
 * contributes what it yielded so far plus coverage gaps for everything it could have covered;
 * only the user's interrupt (SIGINT/SIGTERM) aborts the run.
 */
async function* collectAll(req: EvaluateRequest, collectSignal: AbortSignal | undefined, deadline: AbortSignal | undefined, collected: () => void): AsyncIterable<CollectEvent> {
  let resources = 0;
  const buffers = await Promise.all(
    req.inputs.map(async (i) => {
      const events: CollectEvent[] = [];
      let abandoned = false;
      const ctx: CollectContext = {
        log: (m: string) => req.progress.update(`${i.input.kind}: ${m}`),
        ...(collectSignal ? { signal: collectSignal } : {}),
        ...(req.shard ? { shard: req.shard } : {}),
      };
      const task = (async () => {
        try {
          for await (const e of i.collector.collect(ctx)) {
            if (abandoned) break;
            events.push(e);
            if (e.kind === 'resource' && ++resources % 250 === 0) req.progress.update(`collected ${resources} resources`);
          }
        } catch (error) {
          if (req.signal?.aborted) throw error;
          const cause = abortedByDeadline(collectSignal) ? { kind: 'deadline' as const } : { kind: 'error' as const, error };
          req.progress.update(`${i.input.kind}: collector stopped`);
          pushAll(events, collectorGaps(i.input.kind, req.checks, cause).map((gap) => ({ kind: 'gap' as const, gap })));
        }
        return events;
      })();
      if (!deadline) return task;
      const grace = req.deadlineGraceMs ?? DEFAULT_DEADLINE_GRACE_MS;
      let timer: NodeJS.Timeout | undefined;
      let start: (() => void) | undefined;
      const giveUp = new Promise<CollectEvent[]>((resolve) => {
        start = () => {
          timer = setTimeout(() => {
            abandoned = true;
            task.catch(() => undefined);
            resolve([...events, ...collectorGaps(i.input.kind, req.checks, { kind: 'deadline' }).map((gap) => ({ kind: 'gap' as const, gap }))]);
          }, grace);
        };
        if (deadline.aborted) start();
        else deadline.addEventListener('abort', start, { once: true });
      });
      try {
        return await Promise.race([task, giveUp]);
      } finally {
        // A collector that finished in time must not hold the process for the grace period.
        if (start) deadline.removeEventListener('abort', start);
        clearTimeout(timer);
      }
    }),
  );
  // Collection is over: the deadline no longer applies to it (the finishing limit still runs).
  collected();
  for (const events of buffers) {
    yield* events;
    // A finished generator keeps its locals (V8): emptied here, the events (a wrapper per
    // resource, 48 bytes at a million resources each) are not held while the scan goes on.
    events.length = 0;
  }
}

/**
 * Evaluate and write the reports. Findings past SPILL_RUN are spilled to a private temporary
 * directory (src/engine/finding-store.ts), removed when this returns or throws, or on a second
 * interrupt: the returned report keeps its summary, and its findings only when they were few
 * enough to stay in memory.
 */
export async function runScan(req: ScanRequest): Promise<{ report: ScanReport<FindingList>; exitCode: number; written: string[] }> {
  await prepareOutput(req);
  const unregister = onHardExit(removeSpills);
  let findings: FindingList | undefined;
  try {
    return await underClocks(req, async (clocks, stop) => {
      const { report, timedOut } = await evaluate(req, clocks, stop);
      findings = report.findings;
      const written = await writeReports(report, req, stop);
      req.progress.done();
      if (timedOut) warnOf(req)(`phiscan: warning: --timeout expired; what was not read is reported as coverage gaps (exit ${EXIT.incomplete})`);
      return { report, exitCode: timedOut ? EXIT.incomplete : exitCodeFor(report, req.failOn, req.strict), written };
    });
  } finally {
    if (findings) disposeFindings(findings);
    unregister();
  }
}

/** Collect, evaluate and build the JSON report with its findings in memory; nothing is rendered or written (the library API). */
export function evaluateScan(req: EvaluateRequest): Promise<{ report: ScanReport; timedOut: boolean }> {
  return underClocks(req, async (clocks, stop) => {
    const { report, timedOut } = await evaluate(req, clocks, stop);
    if (Array.isArray(report.findings)) return { report: report as ScanReport, timedOut };
    try {
      return { report: { ...report, findings: [...report.findings] }, timedOut };
    } finally {
      disposeFindings(report.findings);
    }
  });
}

const warnOf = (req: Pick<EvaluateRequest, 'warn'>) => req.warn ?? printLine;

const anySignal = (...s: (AbortSignal | undefined)[]): AbortSignal | undefined => {
  const given = s.filter((x): x is AbortSignal => x !== undefined);
  return given.length > 1 ? AbortSignal.any(given) : given[0];
};

type Clocks = ReturnType<typeof startDeadline>;

/** Run `body` under the --timeout clocks; `stop` aborts evaluation, rendering and writing on an interrupt or at the finishing limit. */
async function underClocks<T>(req: EvaluateRequest, body: (clocks: Clocks | undefined, stop: AbortSignal | undefined) => Promise<T>): Promise<T> {
  const clocks = req.timeoutMs !== undefined ? startDeadline(req.timeoutMs, req.runStartedAt ?? performance.now(), req.finishGraceMs ?? finishGraceMs(req.timeoutMs)) : undefined;
  try {
    return await body(clocks, anySignal(req.signal, clocks?.finish.signal));
  } catch (err) {
    // The finishing limit passed: say so, rather than "interrupted".
    if (clocks?.finish.signal.aborted && !req.signal?.aborted) throw clocks.finish.signal.reason;
    throw err;
  } finally {
    clocks?.clear();
  }
}

async function evaluate(req: EvaluateRequest, clocks: Clocks | undefined, stop: AbortSignal | undefined): Promise<{ report: ScanReport<FindingList>; timedOut: boolean }> {
  const warn = warnOf(req);
  const startedAt = req.clock();
  const ephiTags = req.ephiTags ?? DEFAULT_EPHI_TAG_RULES;

  const matcher = req.suppressions ? createSuppressionMatcher(req.suppressions.entries, startedAt) : undefined;
  const entries = req.suppressions?.entries ?? [];
  const label = (i: number) => entryLabel(entries[i] as (typeof entries)[number], i);
  for (const i of matcher?.expired ?? []) {
    const e = entries[i];
    warn(`phiscan: warning: suppression ${label(i)} expired on ${e?.expires ?? '?'} (owner ${e?.owner ?? '?'}); it no longer suppresses`);
  }

  const recorded = req.attestations?.doc.exceptions ?? [];
  const exceptions = req.attestations && recorded.length > 0 ? createExceptionMatcher(recorded, req.attestations.runDate) : undefined;
  for (const i of exceptions?.expired ?? []) {
    const e = recorded[i];
    if (e) warn(`phiscan: warning: exception ${exceptionLabel(e, i)} passed its review date ${e.reviewBy}; it no longer applies and its findings fail again`);
  }

  const collectSignal = anySignal(req.signal, clocks?.collect.signal);
  const options = {
    now: startedAt,
    ephiTagRules: ephiTags,
    ...(req.checkOptions ? { checkOptions: req.checkOptions } : {}),
    ...(matcher ? { suppress: matcher.suppress } : {}),
    ...(exceptions ? { except: exceptions.except } : {}),
  };
  const engine: EngineResult<FindingList> = await runEngineInto(collectAll(req, collectSignal, clocks?.collect.signal, () => clocks?.collectionDone()), req.checks, options, spillingFindings(), stop);
  if (stop?.aborted) disposeFindings(engine.findings);
  stop?.throwIfAborted();
  const timedOut = clocks?.collect.signal.aborted ?? false;
  const unmatched = matcher?.unmatched() ?? [];
  for (const i of unmatched) warn(`phiscan: warning: suppression ${label(i)} matched no failing or not-assessed finding${req.shard ? ' in this shard' : ''}`);
  for (const i of exceptions?.unmatched() ?? []) {
    const e = recorded[i];
    if (e) warn(`phiscan: warning: exception ${exceptionLabel(e, i)} matched no failing finding${req.shard ? ' in this shard' : ''}`);
  }

  // --baseline compares the whole run with the previous one in memory.
  const compared = req.baseline ? markBaseline([...engine.findings], req.baseline.findings) : undefined;
  if (compared) disposeFindings(engine.findings);
  const result: EngineResult<FindingList> = compared ? { ...engine, findings: compared.findings } : engine;
  req.progress.update(`evaluated ${result.findings.length} findings on ${result.resources.length} resources`);
  const run: RunMetadata = {
    command: req.command,
    startedAt: startedAt.toISOString(),
    finishedAt: req.clock().toISOString(),
    inputs: req.inputs.map((i) => i.input),
    identities: [...new Set(req.inputs.flatMap((i) => i.collector.identities?.() ?? []))].sort(),
    options: req.selection,
    ...(req.shard ? { shard: { index: req.shard.index, count: req.shard.count } } : {}),
    checksDigest: checksDigest(result.checks.map((c) => c.meta)),
    ...(req.configFile ? { config: { path: req.configFile.path, sha256: req.configFile.sha256 } } : {}),
    ...(req.suppressions
      ? { suppressions: { path: req.suppressions.path, sha256: req.suppressions.sha256, entries: entries.length, expired: (matcher?.expired ?? []).map(label), unmatched: unmatched.map(label) } }
      : {}),
    ...(req.timeoutMs !== undefined ? { timeout: { limitMs: req.timeoutMs, expired: timedOut } } : {}),
    ...(compared && req.baseline
      ? { baseline: { startedAt: req.baseline.startedAt ?? 'unknown', new: compared.diff.new.length, unchanged: compared.diff.unchanged.length, updated: compared.diff.changedSeverity.length, absent: compared.diff.fixed.length } }
      : {}),
  };
  const a = req.attestations;
  const judged = a ? evaluateAttestations(a.doc, a.file, a.runDate, scopeUnitsOf([...result.resources, ...result.gaps])) : undefined;
  const attestations = judged && exceptions ? { ...judged, section: { ...judged.section, exceptions: exceptions.evaluated() } } : judged;
  return { report: buildReport({ result, run, isEphi: ephiClassifier(ephiTags), attestations }), timedOut };
}

/**
 * 1 for failing findings at or above the threshold; else 3 when a requested cloud yielded nothing
 * (every read failed), or under --strict for incomplete coverage or a scan that assessed nothing; else 0.
 */
export function exitCodeFor(report: ScanReport<FindingList>, failOn: Severity, strict: boolean): number {
  if (SEVERITIES.some((s) => atLeast(s, failOn) && report.summary.failuresBySeverity[s] > 0)) return EXIT.findings;
  if (unreadProviders(report).length > 0) return EXIT.incomplete;
  if (strict && (report.gaps.length > 0 || nothingAssessed(report.summary) || someOf(report.findings, (f) => f.status === 'not_assessed' && !f.suppression))) return EXIT.incomplete;
  return EXIT.ok;
}

/**
 * The one summary line. Coverage gaps lead it: a scan that could not read everything says so
 * before any count, so a partial scan never reads like a clean one; so does a scan that judged nothing.
 */
export function summaryLine(report: ScanReport<FindingList>, written: readonly string[]): string {
  const s = report.summary;
  const sev = Object.entries(s.failuresBySeverity).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
  const excepted = s.findings.excepted > 0 ? `, ${s.findings.excepted} excepted` : '';
  const counts = `${s.resources} resources, ${s.findings.fail} failing${sev ? ` (${sev})` : ''}${excepted}, ${s.findings.not_assessed} not assessed, ${s.findings.pass} passing, ${s.suppressed} suppressed`;
  if (nothingAssessed(s)) return `phiscan: NOTHING ASSESSED: ${nothingAssessedText(s)}; ${counts}, 0 coverage gaps; wrote ${written.join(', ')}`;
  if (s.gaps === 0 && s.coverage === 'complete') return `phiscan: ${counts}, 0 coverage gaps; wrote ${written.join(', ')}`;
  const byProvider = new Map<string, number>();
  for (const g of report.gaps) byProvider.set(g.provider, (byProvider.get(g.provider) ?? 0) + 1);
  const where = [...byProvider].map(([p, n]) => `${p} ${n}`).join(', ');
  const unread = unreadProviders(report);
  const lead = unread.length > 0 ? `NOTHING READ from ${unread.join(', ')}: every read failed; ` : '';
  return `phiscan: ${lead}PARTIAL COVERAGE: ${s.gaps} coverage gap${s.gaps === 1 ? '' : 's'}${where ? ` (${where})` : ''}: what they hide is not assessed, not passed (see "gaps" in the report); ${counts}; wrote ${written.join(', ')}`;
}
