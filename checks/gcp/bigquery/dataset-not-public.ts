import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { PUBLIC_MEMBERS } from '../../../src/model/types/gcp/index.js';

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
    rationale: 'A dataset access entry for allUsers or allAuthenticatedUsers lets anyone (or any Google account) query its tables, which for ePHI is a breach.',
    remediation: {
      summary: 'Remove the allUsers / allAuthenticatedUsers entries from the dataset access list.',
      console: 'BigQuery > dataset > Sharing > Permissions > remove allUsers and allAuthenticatedUsers.',
      cli: 'bq show --format=prettyjson PROJECT:DATASET > ds.json  # delete the entries, then: bq update --source ds.json PROJECT:DATASET',
      terraform: 'resource "google_bigquery_dataset_iam_member" "x" {\n  member = "group:analysts@example.org" # never allUsers / allAuthenticatedUsers\n}',
    },
    references: ['https://cloud.google.com/bigquery/docs/control-access-to-resources-iam', 'https://cloud.google.com/bigquery/docs/dataset-access-controls'],
  },
  evaluate(ds) {
    const members = ds.config.accessMembers;
    const path = 'config.accessMembers';
    if (members === undefined) return notAssessed('the dataset access list could not be read', [path, members]);
    const open = members.filter((m) => PUBLIC_MEMBERS.includes(m));
    return open.length > 0 ? fail(`the dataset is shared with ${open.join(' and ')}`, [path, members]) : pass('no public access entries', [path, members.length]);
  },
});
