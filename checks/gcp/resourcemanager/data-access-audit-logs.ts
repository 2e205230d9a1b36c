import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

const DATA_TYPES = ['DATA_READ', 'DATA_WRITE'] as const;

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
    rationale: 'Admin Activity logs are always on, but who read or changed ePHI in Cloud Storage, BigQuery, Cloud SQL and other services is recorded only by Data Access audit logs, which are off by default (except BigQuery). The IAM audit config enables them per service or for allServices, on the project or on a folder or the organization above it: ancestors\' audit configs add to the project\'s, so the check passes on any of them and fails only when every ancestor\'s IAM policy was read (an organization-scope scan). A per-service config alone does not count.',
    remediation: {
      summary: 'Add an audit config for allServices with DATA_READ and DATA_WRITE (and ADMIN_READ) to the project (or its folder / organization).',
      console: 'IAM & Admin > Audit Logs > select all services > Data Read, Data Write: on > Save.',
      cli: 'gcloud projects get-iam-policy PROJECT > p.yaml  # add auditConfigs: [{service: allServices, auditLogConfigs: [{logType: DATA_READ}, {logType: DATA_WRITE}]}]; gcloud projects set-iam-policy PROJECT p.yaml',
      terraform: 'resource "google_project_iam_audit_config" "all" {\n  project = var.project\n  service = "allServices"\n  audit_log_config { log_type = "DATA_READ" }\n  audit_log_config { log_type = "DATA_WRITE" }\n}',
    },
    references: ['https://cloud.google.com/logging/docs/audit/configure-data-access', 'https://cloud.google.com/logging/docs/audit'],
  },
  evaluate(project) {
    const { auditConfigs: own, ancestorIamPolicies: above } = project.config;
    if (own === undefined) return notAssessed(projectUnknown(project, 'the project IAM policy (audit configs) could not be read', 'the project IAM policy'), ['config.auditConfigs', own]);
    // Audit configs add up down the hierarchy: a log type enabled for allServices on the project or any ancestor is on.
    const chain = [{ node: 'project', auditConfigs: own }, ...(above ?? [])];
    const enabledOn = (type: string) => chain.find((n) => n.auditConfigs.some((c) => c.service === 'allServices' && c.auditLogConfigs.some((l) => l.logType === type)))?.node;
    const where = Object.fromEntries(DATA_TYPES.map((t) => [t, enabledOn(t) ?? null]));
    const missing = DATA_TYPES.filter((t) => where[t] === null);
    const ev = [['config.auditConfigs', own], ['config.ancestorIamPolicies', above]] as const;
    if (missing.length === 0) return pass(`Data Access logs are on for all services (${DATA_TYPES.map((t) => `${t} set on ${where[t]}`).join(', ')})`, ...ev);
    const perService = own.length > 0 && !own.some((c) => c.service === 'allServices') ? ' (the project sets only per-service audit configs)' : '';
    if (above === undefined) return notAssessed(`the project's audit configs lack ${missing.join(' and ')} for allServices${perService}; the folders and organization above it were not read (scan with --organization), and their audit configs apply too`, ...ev);
    return fail(`no allServices audit config on the project or any ancestor enables ${missing.join(' and ')}${perService}`, ...ev);
  },
});
