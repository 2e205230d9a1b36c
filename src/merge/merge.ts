/**
 * `phiscan merge`: combine the JSON reports of N shard jobs (or of separate scopes) into one
 * report, as if one job had scanned everything. Pure: reports in, report out.
 */
import { compareFindings, gapKey } from '../engine/run.js';
import { checksDigest, summarize } from '../engine/report.js';
import { buildViews } from '../engine/views.js';
import type { CoverageGap } from '../model/coverage.js';
import type { Finding } from '../model/finding.js';
import type { AttestationsSection, InventoryEntry, RequirementAttestation, RunInput, RunMetadata, ScanReport } from '../model/report.js';
import type { RequirementId } from '../nprm/catalog.js';
import { UsageError } from '../cli/exit-codes.js';
import { byString } from '../model/order.js';
import { maxOf } from '../lib/arrays.js';

export interface NamedReport {
  /** The file it was read from: error messages name it. */
  readonly file: string;
  readonly report: ScanReport;
}

export interface MergeOptions {
  /** Merge an incomplete shard set (the result says coverage partial) instead of refusing. */
  readonly allowPartial?: boolean;
}

export function mergeReports(reports: readonly NamedReport[], options: MergeOptions = {}): { report: ScanReport; missingShards: number[] } {
  const [first, ...rest] = reports;
  if (!first) throw new UsageError('merge: give at least one report');
  for (const r of rest) {
    const same = (what: string, a: string | undefined, b: string | undefined): void => {
      if (a !== b) throw new UsageError(`merge: ${first.file} has ${what} ${a ?? 'none'}, ${r.file} has ${b ?? 'none'}; merge reports of one phiscan version and catalog only`);
    };
    same('report schema', first.report.schemaVersion, r.report.schemaVersion);
    same('phiscan', first.report.tool.version, r.report.tool.version);
    same('catalog', first.report.catalog.version, r.report.catalog.version);
    same('checks digest', digestOf(first.report), digestOf(r.report));
  }
  const missingShards = checkShards(reports, options);

  const checks = new Map(first.report.checks.map((c) => [c.id, c]));
  const resources = new Map<string, InventoryEntry>();
  const findings = new Map<string, Finding>();
  const gaps = new Map<string, CoverageGap>();
  let notApplicable = 0;
  for (const { report } of reports) {
    for (const r of report.resources) if (!resources.has(r.id)) resources.set(r.id, r);
    for (const f of report.findings) if (!findings.has(f.fingerprint)) findings.set(f.fingerprint, f);
    for (const g of report.gaps) gaps.set(JSON.stringify(g), g);
    notApplicable += report.summary.notApplicable;
  }
  const findingList = [...findings.values()].sort(compareFindings);
  const gapList = [...gaps.values()].sort((a, b) => byString(gapKey(a), gapKey(b)));
  const resourceList = [...resources.values()].sort((a, b) => byString(a.id, b.id));
  const views = buildViews({ checks: [...checks.values()], findings: findingList, attestations: mergeAttestations(reports) });
  const summary = { ...summarize(findingList, resourceList.length, gapList, notApplicable), views: views.counts };
  const attestations = mergeAttestationsSection(reports);

  return {
    missingShards,
    report: {
      schemaVersion: first.report.schemaVersion,
      tool: first.report.tool,
      catalog: first.report.catalog,
      run: mergeRuns(reports.map((r) => r.report.run)),
      summary: missingShards.length > 0 ? { ...summary, coverage: 'partial' } : summary,
      requirements: views.requirements,
      currentRule: views.currentRule,
      ...(attestations ? { attestations } : {}),
      checks: [...checks.values()],
      resources: resourceList,
      findings: findingList,
      gaps: gapList,
    },
  };
}

const ATTESTATION_ORDER = ['fail', 'not_assessed', 'pass'] as const;

/** Each shard judged attestations for its own scope units: the merged requirement keeps the worst. */
function mergeAttestations(reports: readonly NamedReport[]): Map<RequirementId, RequirementAttestation> | undefined {
  const out = new Map<RequirementId, RequirementAttestation>();
  for (const { report } of reports) {
    for (const req of report.requirements) {
      if (!req.attestation) continue;
      const prev = out.get(req.id);
      if (!prev || ATTESTATION_ORDER.indexOf(req.attestation.status) < ATTESTATION_ORDER.indexOf(prev.status)) out.set(req.id, req.attestation);
    }
  }
  return out.size > 0 ? out : undefined;
}

/** The first report's attestations section; each recorded exception counts the findings it excepted in every report. */
function mergeAttestationsSection(reports: readonly NamedReport[]): AttestationsSection | undefined {
  const first = reports.find((r) => r.report.attestations)?.report.attestations;
  if (!first?.exceptions) return first;
  const exceptions = first.exceptions.map((e, i) => ({ ...e, findings: reports.reduce((n, r) => n + (r.report.attestations?.exceptions?.[i]?.findings ?? 0), 0) }));
  return { ...first, exceptions };
}

function digestOf(r: ScanReport): string {
  return r.run.checksDigest ?? checksDigest(r.checks);
}

/** Shards must share N and never repeat an index; unsharded reports must not repeat a scope. Returns missing indices. */
function checkShards(reports: readonly NamedReport[], options: MergeOptions): number[] {
  const sharded = reports.filter((r) => r.report.run.shard);
  const seen = new Map<string, string>();
  for (const { file, report } of reports) {
    const s = report.run.shard;
    const key = s ? `shard ${s.index}/${s.count}` : `unsharded scan of ${JSON.stringify(report.run.inputs)}`;
    const other = seen.get(key);
    if (other !== undefined) throw new UsageError(`merge: overlapping reports: ${other} and ${file} are both the ${key.startsWith('shard') ? key : 'same unsharded scope'}`);
    seen.set(key, file);
    const count = sharded[0]?.report.run.shard?.count;
    if (s && s.count !== count) throw new UsageError(`merge: mixed shard sets: ${sharded[0]?.file ?? '?'} is one of ${count ?? '?'} shards, ${file} one of ${s.count}`);
  }
  const count = sharded[0]?.report.run.shard?.count;
  if (count === undefined) return [];
  const have = new Set(sharded.map((r) => r.report.run.shard?.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
  if (missing.length > 0 && !options.allowPartial) throw new UsageError(`merge: shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} missing (pass --allow-partial to merge an incomplete set)`);
  return missing;
}

function mergeRuns(runs: readonly RunMetadata[]): RunMetadata {
  const first = runs[0] as RunMetadata;
  const inputs = new Map<string, RunInput>();
  for (const r of runs) for (const i of r.inputs) inputs.set(JSON.stringify(i), i);
  const shards = runs.flatMap((r) => (r.shard ? [r.shard] : []));
  const timeouts = runs.flatMap((r) => (r.timeout ? [r.timeout] : []));
  const sup = runs.map((r) => r.suppressions);
  const firstSup = sup[0];
  // An entry is unmatched overall only when no shard matched it.
  const suppressions = firstSup && sup.every((s) => s?.sha256 === firstSup.sha256)
    ? { ...firstSup, unmatched: firstSup.unmatched.filter((u) => sup.every((s) => s?.unmatched.includes(u))) }
    : undefined;
  return {
    command: 'merge',
    startedAt: runs.map((r) => r.startedAt).sort()[0] ?? first.startedAt,
    finishedAt: runs.map((r) => r.finishedAt).sort().at(-1) ?? first.finishedAt,
    inputs: [...inputs.values()],
    identities: [...new Set(runs.flatMap((r) => r.identities))].sort(),
    options: first.options,
    ...(first.checksDigest ? { checksDigest: first.checksDigest } : {}),
    ...(first.config && runs.every((r) => r.config?.sha256 === first.config?.sha256) ? { config: first.config } : {}),
    ...(suppressions ? { suppressions } : {}),
    ...(timeouts.length > 0 ? { timeout: { limitMs: maxOf(timeouts.map((t) => t.limitMs)), expired: timeouts.some((t) => t.expired) } } : {}),
    merged: {
      reports: runs.length,
      ...(shards.length > 0 ? { shards: { count: shards[0]?.count ?? 0, indices: shards.map((s) => s.index).sort((a, b) => a - b) } } : {}),
    },
  };
}
