import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-storage-bucket-public-access-prevention',
    title: 'Cloud Storage bucket enforces public access prevention',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'storage',
    resourceTypes: ['gcp.storage.bucket'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'Public access prevention set to enforced blocks any IAM binding or ACL that would grant allUsers or allAuthenticatedUsers, so one mistaken grant cannot publish ePHI to the internet. `inherited` protects the bucket only while an organization policy enforces it.',
    remediation: {
      summary: 'Set public access prevention to enforced on the bucket (or enforce constraints/storage.publicAccessPrevention for the organization).',
      console: 'Cloud Storage > Buckets > bucket > Permissions > Public access > Prevent public access.',
      cli: 'gcloud storage buckets update gs://BUCKET --public-access-prevention',
      terraform: 'resource "google_storage_bucket" "phi" {\n  public_access_prevention = "enforced"\n}',
    },
    references: ['https://cloud.google.com/storage/docs/public-access-prevention'],
  },
  evaluate(bucket) {
    const pap = bucket.config.publicAccessPrevention;
    const path = 'config.publicAccessPrevention';
    if (pap === undefined) return notAssessed('public access prevention could not be read', [path, pap]);
    if (pap === 'enforced') return pass('public access prevention is enforced', [path, pap]);
    return fail(`public access prevention is ${pap}: the bucket can be made public by an IAM grant`, [path, pap]);
  },
});
