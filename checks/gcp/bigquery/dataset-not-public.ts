import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { PUBLIC_MEMBERS as PUBLIC } from '../../../src/model/types/gcp/index.js';
import { publicMembers } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-bigquery-dataset-not-public',
    title: 'BigQuery dataset grants nothing to allUsers or allAuthenticatedUsers',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'gcp',
    service: 'bigquery',
    resourceTypes: ['gcp.bigquery.dataset'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'A dataset access entry or IAM binding for allUsers or allAuthenticatedUsers lets anyone (or any Google account) query its tables, which for ePHI is a breach. Both the access list and the dataset IAM policy are read; a dataset passes only when both were read and neither grants public access.',
    remediation: {
      summary: 'Remove the allUsers / allAuthenticatedUsers entries from the dataset access list and IAM policy.',
      console: 'BigQuery > dataset > Sharing > Permissions > remove allUsers and allAuthenticatedUsers.',
      cli: 'bq show --format=prettyjson PROJECT:DATASET > ds.json  # delete the entries, then: bq update --source ds.json PROJECT:DATASET',
      terraform: 'resource "google_bigquery_dataset_iam_member" "x" {\n  member = "group:analysts@example.org" # never allUsers / allAuthenticatedUsers\n}',
    },
    references: ['https://cloud.google.com/bigquery/docs/control-access-to-resources-iam', 'https://cloud.google.com/bigquery/docs/dataset-access-controls'],
  },
  evaluate(ds) {
    const { accessMembers: members, iamBindings: bindings } = ds.config;
    const open = [...new Set([...(members ?? []).filter((m) => PUBLIC.includes(m)), ...publicMembers(bindings ?? [])])].sort();
    const ev = [['config.accessMembers', members], ['config.iamBindings', bindings]] as const;
    if (open.length > 0) return fail(`the dataset is shared with ${open.join(' and ')}`, ...ev);
    if (members === undefined || bindings === undefined) return notAssessed(`no public grant seen, but the dataset ${members === undefined ? 'access list' : 'IAM policy'} could not be read`, ...ev);
    return pass('no public access entries or IAM bindings', ['config.accessMembers', members.length], ['config.iamBindings', bindings.length]);
  },
});
