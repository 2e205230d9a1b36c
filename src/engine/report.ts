import { createHash } from 'node:crypto';
import type { AttestationEvaluation } from '../attest/evaluate.js';
import type { CheckMeta } from './check-api.js';
import type { CoverageGap } from '../model/coverage.js';
import type { Finding, Severity } from '../model/finding.js';
import { SEVERITIES } from '../model/finding.js';
import type { Resource } from '../model/resource.js';
import { REPORT_SCHEMA_VERSION, type FindingList, type InventoryEntry, type ReportSummary, type RunMetadata, type ScanReport } from '../model/report.js';
import { NO_ENTRIES } from '../lib/objects.js';
import { resourceTypeDescriptor } from '../model/types/index.js';
import { reportCatalog } from '../nprm/catalog.js';
import type { EngineResult } from './run.js';
import { buildViews, countByStatus } from './views.js';
import { byString } from '../model/order.js';
import { TOOL_VERSION } from '../version.js';

export { countByStatus } from './views.js';
export { TOOL_VERSION } from '../version.js';

export interface BuildReportInput<F extends FindingList = readonly Finding[]> {
  readonly result: EngineResult<F>;
  readonly run: RunMetadata;
  readonly isEphi: (r: Resource) => boolean;
  /** Attestations judged on the run date (`--attestations FILE`). */
  readonly attestations?: AttestationEvaluation | undefined;
}

export function buildReport<F extends FindingList>({ result, run, isEphi, attestations }: BuildReportInput<F>): ScanReport<F> {
  const findings = result.findings;
  const checks = result.checks.map((c) => c.meta);
  const views = buildViews({ checks, findings, attestations: attestations?.byRequirement });
  const checksByType = new Map<string, number>();
  for (const c of checks) for (const t of c.resourceTypes) checksByType.set(t, (checksByType.get(t) ?? 0) + 1);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'phiscan', version: TOOL_VERSION },
    catalog: reportCatalog(),
    run,
    summary: { ...summarize(findings, result.resources.length, result.gaps, result.notApplicable), views: views.counts },
    requirements: views.requirements,
    currentRule: views.currentRule,
    ...(attestations ? { attestations: attestations.section } : {}),
    checks,
    resources: result.resources.map((r) => inventoryEntry(r, isEphi(r), checksByType.get(r.type) ?? 0)),
    findings,
    gaps: result.gaps,
  };
}

/** Failing, unsuppressed findings by severity: what `--fail-on` judges. */
export function failuresBySeverity(findings: Iterable<Finding>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (f.status === 'fail' && !f.suppression) counts[f.severity]++;
  return counts;
}

/** The report's summary block without the views: a function of findings, resource count, gaps and not-applicable count (so `merge` can recompute it). */
export function summarize(findings: Iterable<Finding>, resources: number, gaps: readonly CoverageGap[], notApplicable: number): Omit<ReportSummary, 'views'> {
  // One pass: the findings may be a spilled list read from disk.
  const counts = countByStatus([]);
  const failing = failuresBySeverity([]);
  let suppressed = 0;
  for (const f of findings) {
    counts[f.status]++;
    if (f.status === 'fail' && !f.suppression) failing[f.severity]++;
    if (f.suppression) suppressed++;
  }
  return {
    resources,
    findings: counts,
    failuresBySeverity: failing,
    suppressed,
    notApplicable,
    gaps: gaps.length,
    coverage: gaps.length === 0 ? 'complete' : 'partial',
  };
}

/** sha256 over the metadata of the checks that ran, for the run metadata. */
export function checksDigest(metas: readonly CheckMeta[]): string {
  return createHash('sha256').update(JSON.stringify(metas)).digest('hex');
}

function inventoryEntry(r: Resource, ephi: boolean, checks: number): InventoryEntry {
  let tags: Readonly<Record<string, string>> | null = null;
  if (r.tags) {
    const entries = Object.entries(r.tags);
    tags = entries.length === 0 ? NO_ENTRIES : Object.fromEntries(entries.sort(([a], [b]) => byString(a, b)));
  }
  const owner = tags ? (Object.entries(tags).find(([k]) => k.toLowerCase() === 'owner')?.[1] ?? null) : null;
  const network = resourceTypeDescriptor(r.type)?.network?.(r.config);
  return {
    id: r.id,
    type: r.type,
    provider: r.provider,
    name: r.name,
    account: r.account ?? null,
    region: r.region ?? null,
    tags,
    ephi,
    owner,
    source: r.source,
    ...(network ? { network } : {}),
    checks,
  };
}
