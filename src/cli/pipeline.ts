import { reporterFor, type OutputFile, type RenderOptions } from '../../reports/index.js';
import type { Baseline } from '../../reports/types.js';
import type { CollectContext, CollectEvent } from '../../providers/types.js';
import { evaluateAttestations, scopeUnitsOf } from '../attest/evaluate.js';
import type { AttestationsDoc } from '../attest/file.js';
import { markBaseline } from '../diff/diff.js';
import type { Check } from '../engine/check-api.js';
import { collectorGaps } from '../engine/collector-gaps.js';
import { abortedByDeadline, DeadlineExceeded } from '../engine/deadline.js';
import { DEFAULT_EPHI_TAG_RULES, ephiClassifier, type EphiTagRule } from '../engine/ephi.js';
import { buildReport, checksDigest } from '../engine/report.js';
import { runEngine, type EngineResult } from '../engine/run.js';
import type { Shard } from '../engine/shard.js';
import { atLeast, type Severity } from '../model/finding.js';
import type { RunMetadata, ScanReport } from '../model/report.js';
import type { SuppressionsFile } from '../suppressions/file.js';
import { createSuppressionMatcher, entryLabel } from '../suppressions/match.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { SelectedInput } from './inputs/types.js';
import type { Progress } from './progress.js';
import { ensureWritableDir, writeFilesAtomically } from './write-atomic.js';

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
  /** `--timeout`: collection stops at the deadline and what was not read becomes coverage gaps. */
  readonly timeoutMs?: number | undefined;
  /** After the deadline, how long collectors get to return what they read before they are abandoned. */
  readonly deadlineGraceMs?: number;
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

/** Validate formats and the output directory before any work is done. */
export async function prepareOutput(req: OutputRequest): Promise<void> {
  for (const f of req.formats) if (!reporterFor(f)) throw new UsageError(`--format: unknown format "${f}"`);
  await ensureWritableDir(req.output);
}

/** Render every requested format, in the order given. */
export async function renderAll(report: ScanReport, req: OutputRequest): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const f of req.formats) {
    const reporter = reporterFor(f);
    if (!reporter) throw new UsageError(`--format: unknown format "${f}"`);
    files.push(...(await reporter.render(report, req.renderOptions ?? {})));
  }
  return files;
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
          events.push(...collectorGaps(i.input.kind, req.checks, cause).map((gap) => ({ kind: 'gap' as const, gap })));
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
  // The deadline bounds collection; evaluation and writing always finish.
  collected();
  for (const events of buffers) yield* events;
}

export async function runScan(req: ScanRequest): Promise<{ report: ScanReport; exitCode: number; written: string[] }> {
  await prepareOutput(req);
  const { report, timedOut } = await evaluateScan(req);
  const files = await renderAll(report, req);
  req.signal?.throwIfAborted();
  const written = await writeFilesAtomically(req.output, files);
  req.progress.done();
  if (timedOut) warnOf(req)(`phiscan: warning: --timeout expired; what was not read is reported as coverage gaps (exit ${EXIT.incomplete})`);
  return { report, exitCode: timedOut ? EXIT.incomplete : exitCodeFor(report, req.failOn, req.strict), written };
}

const warnOf = (req: Pick<EvaluateRequest, 'warn'>) => req.warn ?? ((line: string) => process.stderr.write(`${line}\n`));

/** Collect, evaluate and build the JSON report; nothing is rendered or written (the CLI and the API share it). */
export async function evaluateScan(req: EvaluateRequest): Promise<{ report: ScanReport; timedOut: boolean }> {
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

  const deadline = req.timeoutMs !== undefined ? new AbortController() : undefined;
  const timer = deadline && req.timeoutMs !== undefined ? setTimeout(() => deadline.abort(new DeadlineExceeded(req.timeoutMs ?? 0)), req.timeoutMs) : undefined;
  const signals = [req.signal, deadline?.signal].filter((x): x is AbortSignal => x !== undefined);
  const collectSignal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  let engine: EngineResult;
  try {
    engine = await runEngine(collectAll(req, collectSignal, deadline?.signal, () => clearTimeout(timer)), req.checks, {
      now: startedAt,
      ephiTagRules: ephiTags,
      ...(req.checkOptions ? { checkOptions: req.checkOptions } : {}),
      ...(matcher ? { suppress: matcher.suppress } : {}),
    });
  } finally {
    clearTimeout(timer);
  }
  req.signal?.throwIfAborted();
  const timedOut = deadline?.signal.aborted ?? false;
  const unmatched = matcher?.unmatched() ?? [];
  for (const i of unmatched) warn(`phiscan: warning: suppression ${label(i)} matched no failing or not-assessed finding${req.shard ? ' in this shard' : ''}`);

  const compared = req.baseline ? markBaseline(engine.findings, req.baseline.findings) : undefined;
  const result: EngineResult = compared ? { ...engine, findings: compared.findings } : engine;
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
  const attestations = a ? evaluateAttestations(a.doc, a.file, a.runDate, scopeUnitsOf([...result.resources, ...result.gaps])) : undefined;
  return { report: buildReport({ result, run, isEphi: ephiClassifier(ephiTags), attestations }), timedOut };
}

/** 1 for failing findings at or above the threshold; else 3 for incomplete coverage under --strict; else 0. */
export function exitCodeFor(report: ScanReport, failOn: Severity, strict: boolean): number {
  const failing = report.findings.some((f) => f.status === 'fail' && !f.suppression && atLeast(f.severity, failOn));
  if (failing) return EXIT.findings;
  if (strict && (report.gaps.length > 0 || report.findings.some((f) => f.status === 'not_assessed' && !f.suppression))) return EXIT.incomplete;
  return EXIT.ok;
}

export function summaryLine(report: ScanReport, written: readonly string[]): string {
  const s = report.summary;
  const sev = Object.entries(s.failuresBySeverity).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
  return `phiscan: ${s.resources} resources, ${s.findings.fail} failing${sev ? ` (${sev})` : ''}, ${s.findings.not_assessed} not assessed, ${s.findings.pass} passing, ${s.suppressed} suppressed, ${s.gaps} coverage gaps; wrote ${written.join(', ')}`;
}
