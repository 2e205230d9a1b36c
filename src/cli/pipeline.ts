import { reporterFor, type OutputFile, type RenderOptions } from '../../reports/index.js';
import type { CollectEvent } from '../../providers/types.js';
import { evaluateAttestations, scopeUnitsOf } from '../attest/evaluate.js';
import type { AttestationsDoc } from '../attest/file.js';
import type { Check } from '../engine/check-api.js';
import { DEFAULT_EPHI_TAG_RULES, ephiClassifier, type EphiTagRule } from '../engine/ephi.js';
import { buildReport } from '../engine/report.js';
import { runEngine } from '../engine/run.js';
import { atLeast, type Severity } from '../model/finding.js';
import type { RunMetadata, ScanReport } from '../model/report.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { SelectedInput } from './inputs/types.js';
import type { Progress } from './progress.js';
import { ensureWritableDir, writeFilesAtomically } from './write-atomic.js';

export interface OutputRequest {
  readonly formats: readonly string[];
  readonly output: string;
  readonly renderOptions?: RenderOptions;
}

export interface ScanRequest extends OutputRequest {
  readonly command: string;
  readonly inputs: readonly SelectedInput[];
  readonly checks: readonly Check[];
  readonly failOn: Severity;
  readonly strict: boolean;
  readonly ephiTags?: readonly EphiTagRule[] | undefined;
  readonly checkOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined;
  readonly selection: RunMetadata['options'];
  readonly clock: () => Date;
  readonly progress: Progress;
  readonly signal?: AbortSignal;
  /** Validated before the scan; judged on `runDate` (UTC calendar date of the run clock). */
  readonly attestations?: { readonly file: string; readonly doc: AttestationsDoc; readonly runDate: string } | undefined;
}

/** Validate formats and the output directory before any work is done. */
export async function prepareOutput(req: OutputRequest): Promise<void> {
  for (const f of req.formats) if (!reporterFor(f)) throw new UsageError(`--format: unknown format "${f}"`);
  await ensureWritableDir(req.output);
}

export function renderAll(report: ScanReport, req: OutputRequest): OutputFile[] {
  return req.formats.flatMap((f) => {
    const reporter = reporterFor(f);
    if (!reporter) throw new UsageError(`--format: unknown format "${f}"`);
    return [...reporter.render(report, req.renderOptions ?? {})];
  });
}

/** Run the collectors concurrently and replay their events in input order (deterministic). */
async function* collectAll(inputs: readonly SelectedInput[], req: ScanRequest): AsyncIterable<CollectEvent> {
  let resources = 0;
  const buffers = await Promise.all(
    inputs.map(async (i) => {
      const events: CollectEvent[] = [];
      const ctx = { log: (m: string) => req.progress.update(`${i.input.kind}: ${m}`), ...(req.signal ? { signal: req.signal } : {}) };
      for await (const e of i.collector.collect(ctx)) {
        events.push(e);
        if (e.kind === 'resource' && ++resources % 250 === 0) req.progress.update(`collected ${resources} resources`);
      }
      return events;
    }),
  );
  for (const events of buffers) yield* events;
}

export async function runScan(req: ScanRequest): Promise<{ report: ScanReport; exitCode: number; written: string[] }> {
  await prepareOutput(req);
  const startedAt = req.clock();
  const ephiTags = req.ephiTags ?? DEFAULT_EPHI_TAG_RULES;
  const result = await runEngine(collectAll(req.inputs, req), req.checks, {
    now: startedAt,
    ephiTagRules: ephiTags,
    ...(req.checkOptions ? { checkOptions: req.checkOptions } : {}),
  });
  req.signal?.throwIfAborted();
  req.progress.update(`evaluated ${result.findings.length} findings on ${result.resources.length} resources`);
  const run: RunMetadata = {
    command: req.command,
    startedAt: startedAt.toISOString(),
    finishedAt: req.clock().toISOString(),
    inputs: req.inputs.map((i) => i.input),
    identities: [...new Set(req.inputs.flatMap((i) => i.collector.identities?.() ?? []))].sort(),
    options: req.selection,
  };
  const a = req.attestations;
  const attestations = a ? evaluateAttestations(a.doc, a.file, a.runDate, scopeUnitsOf([...result.resources, ...result.gaps])) : undefined;
  const report = buildReport({ result, run, isEphi: ephiClassifier(ephiTags), attestations });
  const files = renderAll(report, req);
  req.signal?.throwIfAborted();
  const written = await writeFilesAtomically(req.output, files);
  req.progress.done();
  return { report, exitCode: exitCodeFor(report, req.failOn, req.strict), written };
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
  return `phiscan: ${s.resources} resources, ${s.findings.fail} failing${sev ? ` (${sev})` : ''}, ${s.findings.not_assessed} not assessed, ${s.findings.pass} passing, ${s.gaps} coverage gaps; wrote ${written.join(', ')}`;
}
