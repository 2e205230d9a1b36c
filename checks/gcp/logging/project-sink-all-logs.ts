import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { LoggingSinkConfig } from '../../../src/model/types/gcp/index.js';
import { inProject, unreadTypes } from '../_shared.js';

/** A sink routes every log entry: enabled, no inclusion filter, no active exclusion. undefined = not known. */
function routesAll(s: LoggingSinkConfig): boolean | undefined {
  if (s.disabled === true) return false;
  if (s.filter !== undefined && s.filter.trim() !== '') return false;
  if (s.exclusions !== undefined && s.exclusions.length > 0) return false;
  if (s.disabled === undefined || s.filter === undefined || s.exclusions === undefined || s.destination === undefined) return undefined;
  return true;
}

export default defineCheck({
  meta: {
    id: 'gcp-logging-project-sink-all-logs',
    title: 'Every log entry of the project is exported by a sink (project or aggregated)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'logging',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Logs kept only in the project\'s own _Default bucket last 30 days and go with the project. A sink with no inclusion filter and no exclusions exports every entry (audit logs included) to a store you retain and protect: on the project, or an aggregated sink (includeChildren) on a folder or the organization above it. Matches CIS GCP Foundations 2.2 and Prowler\'s logging_sink_created; exclusions count against it here (an excluded entry is not exported).',
    remediation: {
      summary: 'Create a sink with an empty filter to a locked Cloud Storage or Cloud Logging bucket, on the project or as an aggregated sink on the organization.',
      console: 'Logging > Log Router > Create sink > destination (Cloud Logging bucket or Cloud Storage bucket) > leave the inclusion filter empty, no exclusions.',
      cli: 'gcloud logging sinks create all-logs storage.googleapis.com/BUCKET --organization=ORG_ID --include-children  # or --project=PROJECT',
      terraform: 'resource "google_logging_organization_sink" "all" {\n  name             = "all-logs"\n  org_id           = var.org_id\n  destination      = "storage.googleapis.com/${google_storage_bucket.logs.name}"\n  include_children = true\n}',
    },
    references: ['https://cloud.google.com/logging/docs/export/configure_export_v2', 'https://cloud.google.com/logging/docs/export/aggregated_sinks'],
  },
  lookups: { types: ['gcp.logging.sink'] },
  evaluate(project, ctx) {
    const own = inProject(project, ctx.inventory, 'gcp.logging.sink').filter((s) => s.config.owner === undefined || s.config.owner.startsWith('projects/'));
    const inherited = project.config.inheritedSinks;
    const all = [...own.map((s) => ({ id: s.id, ...s.config })), ...(inherited ?? [])];
    const verdicts = all.map((s) => ({ id: s.id, routesAll: routesAll(s), destination: s.destination, filter: s.filter }));
    const ev = ['sinks', verdicts] as const;
    const good = verdicts.find((v) => v.routesAll === true);
    if (good) return pass(`sink ${good.id} exports every log entry to ${good.destination ?? 'its destination'}`, ev);
    const gaps = unreadTypes(project, ctx, ['gcp.logging.sink']);
    if (gaps.length > 0) return notAssessed(`log sinks could not be read: ${gaps.join('; ')}`, ev);
    if (verdicts.some((v) => v.routesAll === undefined)) return notAssessed('a sink\'s filter, exclusions, state or destination was not reported', ev);
    if (project.source.kind === 'iac') return notAssessed('the configuration declares no sink of every log entry; the project and its organization may have one (scan live with --organization)', ev);
    if (inherited === undefined) return notAssessed(`none of the project's ${own.length} sink(s) exports every log entry, and the folders and organization above it were not read: an aggregated sink there may (scan with --organization)`, ev, ['config.inheritedSinks', inherited]);
    return fail(`no sink on the project or above it exports every log entry (${all.length} sink(s): filtered, with exclusions or disabled)`, ev, ['config.inheritedSinks', inherited]);
  },
});
