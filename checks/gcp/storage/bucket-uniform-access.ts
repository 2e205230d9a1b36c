import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-storage-bucket-uniform-access',
    title: 'Cloud Storage bucket uses uniform bucket-level access',
    severity: 'medium',
    provider: 'gcp',
    service: 'storage',
    resourceTypes: ['gcp.storage.bucket'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'With fine-grained ACLs each object can carry its own grants, which IAM policy reviews and public access reviews do not see. Uniform bucket-level access turns ACLs off so IAM alone decides who reads ePHI.',
    remediation: {
      summary: 'Enable uniform bucket-level access on the bucket.',
      console: 'Cloud Storage > Buckets > bucket > Permissions > Access control > Switch to uniform.',
      cli: 'gcloud storage buckets update gs://BUCKET --uniform-bucket-level-access',
      terraform: 'resource "google_storage_bucket" "phi" {\n  uniform_bucket_level_access = true\n}',
    },
    references: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access'],
  },
  evaluate(bucket) {
    const v = bucket.config.uniformBucketLevelAccess;
    const path = 'config.uniformBucketLevelAccess';
    if (v === undefined) return notAssessed('the access control mode could not be read', [path, v]);
    return v ? pass('uniform bucket-level access is on', [path, v]) : fail('object ACLs are in use (fine-grained access control)', [path, v]);
  },
});
