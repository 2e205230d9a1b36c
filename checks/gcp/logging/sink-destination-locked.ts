import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { CheckContext } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import { projectIdIn } from '../_shared.js';

/** The destination bucket in the inventory; log bucket names may carry the project number or the id. */
function destinationOf(id: string, ctx: CheckContext): Resource | undefined {
  const direct = ctx.inventory.byId(id);
  if (direct) return direct;
  const m = /^(\/\/logging\.googleapis\.com\/projects\/)([^/]+)(\/.*)$/.exec(id);
  if (!m) return undefined;
  const projects = ctx.inventory.ofType('gcp.resourcemanager.project');
  const p = projects.find((x) => x.account === m[2] || x.config.projectNumber === m[2]);
  const alt = p ? [p.account, p.config.projectNumber].find((x) => x && x !== m[2]) : undefined;
  return alt ? ctx.inventory.byId(`${m[1]}${alt}${m[3]}`) : undefined;
}

export default defineCheck({
  meta: {
    id: 'gcp-logging-sink-destination-locked',
    title: 'Log sink writes to a bucket whose retention is locked',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'logging',
    resourceTypes: ['gcp.logging.sink'],
    requirements: ['audit-logging', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)', '45 CFR 164.312(c)(1)'],
    rationale: 'An audit trail an administrator can delete is no evidence after a compromise. A Cloud Storage bucket with a locked retention policy (Bucket Lock) or a locked Cloud Logging bucket cannot be emptied or shortened before the period ends. The _Required bucket is locked by Google (400 days). BigQuery datasets have no retention lock, so a sink to one fails; Pub/Sub forwards elsewhere and is not assessed. Matches CIS GCP Foundations 2.3 and Prowler\'s cloudstorage_audit_logs_retention_policy_lock (extended to Cloud Logging buckets).',
    remediation: {
      summary: 'Route the sink to a Cloud Storage bucket with a locked retention policy, or lock the destination Cloud Logging bucket.',
      console: 'Cloud Storage > bucket > Protection > Retention policy > set and Lock; or Logging > Logs Storage > bucket > Edit > Lock bucket.',
      cli: 'gcloud storage buckets update gs://BUCKET --retention-period=365d && gcloud storage buckets update gs://BUCKET --lock-retention-period\ngcloud logging buckets update BUCKET --location=LOCATION --locked',
      terraform: 'resource "google_storage_bucket" "logs" {\n  retention_policy {\n    retention_period = 31536000\n    is_locked        = true\n  }\n}\n# or\nresource "google_logging_project_bucket_config" "logs" {\n  locked = true\n}',
    },
    references: ['https://cloud.google.com/storage/docs/bucket-lock', 'https://cloud.google.com/logging/docs/buckets#locking-logs-buckets', 'https://cloud.google.com/logging/docs/routing/overview'],
  },
  lookups: { types: ['gcp.storage.bucket', 'gcp.logging.bucket', 'gcp.resourcemanager.project'] },
  evaluate(sink, ctx) {
    const { destination, destinationId, disabled } = sink.config;
    if (disabled === true) return notApplicable('the sink is disabled');
    const path = 'config.destination';
    if (destinationId === undefined) return notAssessed('the sink destination is not known', [path, destination]);
    if (destinationId === null) {
      if (destination?.startsWith('bigquery.googleapis.com/')) return fail('the sink writes to a BigQuery dataset, which has no retention lock', [path, destination]);
      return notAssessed(`the sink forwards to ${destination ?? 'another service'}; whether the copy there is locked is decided outside Google Cloud Storage and Logging`, [path, destination]);
    }
    if (/\/buckets\/_Required$/.test(destinationId)) return pass('the _Required log bucket is locked by Google (400 days)', [path, destination]);
    const target = destinationOf(destinationId, ctx);
    if (!target) return notAssessed(`the destination ${destinationId} was not collected (another project, or not read): scan it too`, [path, destination], ['destination.project', projectIdIn(destinationId, ctx)]);
    if (target.type === 'gcp.storage.bucket') {
      const rp = (target as Resource<'gcp.storage.bucket'>).config.retentionPolicy;
      if (rp === undefined) return notAssessed('the destination bucket\'s retention policy could not be read', [path, destination], ['destination.retentionPolicy', rp]);
      if (rp === null) return fail(`destination bucket ${target.name} has no retention policy`, [path, destination], ['destination.retentionPolicy', rp]);
      return rp.isLocked ? pass(`destination bucket ${target.name} has a locked ${Math.round(rp.retentionPeriodSeconds / 86_400)}-day retention policy`, [path, destination], ['destination.retentionPolicy', rp]) : fail(`destination bucket ${target.name} has a retention policy that is not locked`, [path, destination], ['destination.retentionPolicy', rp]);
    }
    const locked = (target as Resource<'gcp.logging.bucket'>).config.locked;
    if (locked === undefined) return notAssessed('whether the destination log bucket is locked could not be read', [path, destination], ['destination.locked', locked]);
    return locked ? pass(`destination log bucket ${target.name} is locked`, [path, destination], ['destination.locked', locked]) : fail(`destination log bucket ${target.name} is not locked`, [path, destination], ['destination.locked', locked]);
  },
});
