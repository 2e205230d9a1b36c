import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { publicMembers } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-storage-bucket-not-public',
    title: 'Cloud Storage bucket IAM policy grants nothing to allUsers or allAuthenticatedUsers',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'gcp',
    service: 'storage',
    resourceTypes: ['gcp.storage.bucket'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'A binding for allUsers makes the bucket readable by anyone on the internet; allAuthenticatedUsers means any Google account, which is no restriction either. Either one exposes ePHI.',
    remediation: {
      summary: 'Remove allUsers and allAuthenticatedUsers from the bucket IAM policy and enforce public access prevention.',
      console: 'Cloud Storage > Buckets > bucket > Permissions > remove the allUsers / allAuthenticatedUsers principals.',
      cli: 'gcloud storage buckets remove-iam-policy-binding gs://BUCKET --member=allUsers --role=ROLE',
      terraform: 'resource "google_storage_bucket_iam_binding" "x" {\n  bucket  = google_storage_bucket.phi.name\n  role    = "roles/storage.objectViewer"\n  members = ["group:readers@example.org"] # never allUsers\n}',
    },
    references: ['https://cloud.google.com/storage/docs/access-control/making-data-public', 'https://cloud.google.com/storage/docs/public-access-prevention'],
  },
  evaluate(bucket) {
    const bindings = bucket.config.iamBindings;
    const path = 'config.iamBindings';
    if (bindings === undefined) return notAssessed('the bucket IAM policy could not be read', [path, bindings]);
    const found = publicMembers(bindings);
    if (found.length > 0) return fail(`the IAM policy grants access to ${found.join(' and ')}`, [path, bindings.filter((b) => b.members.some((m) => found.includes(m)))]);
    return pass('no public principals in the bucket IAM policy', [path, bindings.length]);
  },
});
