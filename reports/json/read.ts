/**
 * Read back a phiscan JSON report (`report --from`, `diff`, `merge`, `--baseline`, `status --from`,
 * `suppressions --report`): checked against the published schema before any field is used, and
 * its derived parts recomputed from its findings, so a hand-edited or truncated file is refused
 * with one line and a summary that disagrees with the findings is never re-emitted.
 */
import type { ErrorObject } from 'ajv';
import { summarize } from '../../src/engine/report.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import { buildViews } from '../../src/engine/views.js';
import { CATALOG_META, type RequirementId } from '../../src/nprm/catalog.js';
import { REPORT_SCHEMA_VERSION, type RequirementAttestation, type ScanReport } from '../../src/model/report.js';
import { validator } from '../../src/lib/validators.js';

/** A document that is not a phiscan JSON report this version reads; the message is one line. */
export class InvalidReport extends Error {}

const [MAJOR, MINOR] = REPORT_SCHEMA_VERSION.split('.').map(Number) as [number, number];

function validate(doc: unknown): ErrorObject | undefined {
  const v = validator('report');
  return v(doc) ? undefined : (v.errors?.[0] ?? ({ instancePath: '', message: 'does not match the schema' } as ErrorObject));
}

function describe(e: ErrorObject): string {
  const at = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') return `${at}: unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'enum') return `${at}: must be one of ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`;
  return `${at}: ${e.message ?? 'is invalid'}`;
}

export interface ReadReport {
  readonly report: ScanReport;
  /** Summary fields the file stated differently from what its findings say (now recomputed). */
  readonly disagreements: readonly string[];
}

/** Validate a parsed document as a phiscan JSON report and recompute its derived parts. */
export function parseScanReport(doc: unknown): ReadReport {
  const head = doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as { schemaVersion?: unknown; tool?: { name?: unknown } }) : undefined;
  if (typeof head?.schemaVersion !== 'string' || head.tool?.name !== 'phiscan') throw new InvalidReport('not a phiscan JSON report (no schemaVersion and tool.name "phiscan")');
  const [major, minor] = head.schemaVersion.split('.').map(Number);
  if (major !== MAJOR) throw new InvalidReport(`report schema ${head.schemaVersion}; this phiscan reads ${MAJOR}.x`);
  if (minor === undefined || !Number.isInteger(minor) || minor > MINOR) throw new InvalidReport(`report schema ${head.schemaVersion} is newer than this phiscan reads (${MAJOR}.0 to ${MAJOR}.${MINOR}); upgrade phiscan`);
  const error = validate(doc);
  if (error) throw new InvalidReport(`not a valid phiscan report: ${describe(error)}`);
  const report = doc as ScanReport;
  report.findings.forEach((f, i) => {
    if (f.fingerprint !== findingFingerprint(f.checkId, f.resource.id)) throw new InvalidReport(`not a valid phiscan report: /findings/${i}/fingerprint does not match its checkId and resource.id`);
  });
  return recompute(report);
}

/**
 * The summary is a function of the findings, resources and gaps: recompute it rather than trust
 * it. Requirement views are recomputed too when the report was judged against this catalog
 * version (a report of another catalog keeps the views it was judged with).
 */
function recompute(report: ScanReport): ReadReport {
  const stated = report.summary;
  const counts = summarize(report.findings, report.resources.length, report.gaps, stated.notApplicable);
  const summary = { ...counts, coverage: counts.coverage === 'partial' || stated.coverage === 'partial' ? ('partial' as const) : ('complete' as const) };
  const disagreements: string[] = [];
  const compare = (path: string, said: unknown, is: unknown) => {
    if (said !== is) disagreements.push(`summary.${path} ${JSON.stringify(said)} (findings say ${JSON.stringify(is)})`);
  };
  compare('resources', stated.resources, summary.resources);
  for (const k of ['fail', 'not_assessed', 'pass'] as const) compare(`findings.${k}`, stated.findings[k], summary.findings[k]);
  // Before schema 1.2 there was no excepted status: absent means none.
  compare('findings.excepted', stated.findings.excepted ?? 0, summary.findings.excepted);
  for (const k of Object.keys(summary.failuresBySeverity) as (keyof typeof summary.failuresBySeverity)[]) compare(`failuresBySeverity.${k}`, stated.failuresBySeverity[k], summary.failuresBySeverity[k]);
  compare('suppressed', stated.suppressed, summary.suppressed);
  compare('gaps', stated.gaps, summary.gaps);
  compare('coverage', stated.coverage, summary.coverage);

  const sameCatalog = report.catalog.version === CATALOG_META.version && Array.isArray(report.requirements);
  // Views of another catalog are kept as judged, unless they predate supporting evidence (the renderers need it).
  const complete = (items: readonly { readonly supportingCheckIds?: unknown }[] | undefined) => items?.every((i) => Array.isArray(i.supportingCheckIds)) === true;
  if (!sameCatalog && stated.views && complete(report.requirements) && complete(report.currentRule)) {
    return { report: { ...report, summary: { ...summary, views: stated.views } }, disagreements };
  }
  const attestations = new Map<RequirementId, RequirementAttestation>();
  for (const r of report.requirements ?? []) if (r.attestation) attestations.set(r.id, r.attestation);
  const views = buildViews({ checks: report.checks, findings: report.findings, attestations: attestations.size > 0 ? attestations : undefined });
  if (stated.views) {
    for (const view of ['nprm', 'currentRule'] as const) {
      const said: Readonly<Record<string, number>> = stated.views[view];
      for (const [k, v] of Object.entries(views.counts[view])) compare(`views.${view}.${k}`, said[k], v);
    }
  }
  return { report: { ...report, summary: { ...summary, views: views.counts }, requirements: views.requirements, currentRule: views.currentRule }, disagreements };
}
