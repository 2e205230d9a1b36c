import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-resourcemanager-data-access-audit-logs',
    title: 'Project records Data Access audit logs (DATA_READ and DATA_WRITE) for all services',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'resourcemanager',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Admin Activity logs are always on, but who read or changed ePHI in Cloud Storage, BigQuery, Cloud SQL and other services is recorded only by Data Access audit logs, which are off by default (except BigQuery). The IAM audit config enables them per service or for allServices.',
    remediation: {
      summary: 'Add an audit config for allServices with DATA_READ and DATA_WRITE (and ADMIN_READ) to the project (or its folder / organization).',
      console: 'IAM & Admin > Audit Logs > select all services > Data Read, Data Write: on > Save.',
      cli: 'gcloud projects get-iam-policy PROJECT > p.yaml  # add auditConfigs: [{service: allServices, auditLogConfigs: [{logType: DATA_READ}, {logType: DATA_WRITE}]}]; gcloud projects set-iam-policy PROJECT p.yaml',
      terraform: 'resource "google_project_iam_audit_config" "all" {\n  project = var.project\n  service = "allServices"\n  audit_log_config { log_type = "DATA_READ" }\n  audit_log_config { log_type = "DATA_WRITE" }\n}',
    },
    references: ['https://cloud.google.com/logging/docs/audit/configure-data-access', 'https://cloud.google.com/logging/docs/audit'],
  },
  evaluate(project) {
    const configs = project.config.auditConfigs;
    const path = 'config.auditConfigs';
    if (configs === undefined) return notAssessed('the project IAM policy (audit configs) could not be read', [path, configs]);
    const all = configs.find((c) => c.service === 'allServices');
    // A configuration holds only the audit configs it declares; the project's allServices config may be set outside it.
    if (!all && project.source.kind === 'iac') return notAssessed('the configuration declares no allServices audit config (or its values are known only after apply); one set outside it is not visible', [path, configs]);
    const types = new Set(all?.auditLogConfigs.map((l) => l.logType) ?? []);
    const missing = ['DATA_READ', 'DATA_WRITE'].filter((t) => !types.has(t as 'DATA_READ'));
    if (missing.length === 0) return pass('Data Access logs are on for all services', [path, all]);
    const note = configs.length > 0 && !all ? ' (only per-service audit configs are set)' : '';
    return fail(`allServices audit config lacks ${missing.join(' and ')}${note}; an ancestor folder or organization may still enable them`, [path, configs]);
  },
});
