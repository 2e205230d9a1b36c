import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-logging-bucket-retention',
    title: 'Cloud Logging bucket keeps logs at least 365 days',
    severity: 'medium',
    provider: 'gcp',
    service: 'logging',
    resourceTypes: ['gcp.logging.bucket'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Audit logs are evidence only while they exist: an intrusion is often found months later, and the _Default bucket keeps entries 30 days. The minimum (default 365 days) is configurable; the HIPAA documentation rule keeps policies six years, so many organizations keep audit logs longer. The _Required bucket is fixed at 400 days by Google.',
    remediation: {
      summary: 'Raise the bucket\'s retention to at least the configured minimum (or route logs to a bucket that keeps them that long).',
      console: 'Logging > Logs Storage > bucket > Edit bucket > Retention period.',
      cli: 'gcloud logging buckets update _Default --location=global --retention-days=365',
      terraform: 'resource "google_logging_project_bucket_config" "default" {\n  project        = var.project\n  location       = "global"\n  bucket_id      = "_Default"\n  retention_days = 365\n}',
    },
    references: ['https://cloud.google.com/logging/docs/buckets#custom-retention', 'https://cloud.google.com/logging/quotas#logs_retention_periods'],
    defaultOptions: { minimumDays: 365 },
  },
  evaluate(bucket, ctx) {
    const { retentionDays, lifecycleState } = bucket.config;
    if (lifecycleState === 'DELETE_REQUESTED') return notApplicable('the bucket is being deleted');
    const path = 'config.retentionDays';
    const min = Number(ctx.options.minimumDays);
    if (retentionDays === undefined) return notAssessed('the retention period could not be read', [path, retentionDays]);
    return retentionDays >= min ? pass(`keeps logs ${retentionDays} days (minimum ${min})`, [path, retentionDays]) : fail(`keeps logs ${retentionDays} days, below the ${min}-day minimum`, [path, retentionDays]);
  },
});
