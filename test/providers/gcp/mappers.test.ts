import { describe, expect, it } from 'vitest';
import { BIGQUERY_DATASET_MAPPER, SQL_INSTANCE_MAPPER, STORAGE_BUCKET_MAPPER } from '../../../providers/gcp/mappers.js';
import type { JsonObject } from '../../../providers/gcp/values.js';

/**
 * `resource.data` as the services' REST APIs write it (SQL Admin `sql#instance`, Storage
 * `storage#bucket`, BigQuery `bigquery#dataset`): fields holding their default are omitted.
 */
const sql = (settings: JsonObject): JsonObject => ({
  kind: 'sql#instance', name: 'db1', project: 'phi-prod', region: 'us-central1', databaseVersion: 'POSTGRES_16', state: 'RUNNABLE', backendType: 'SECOND_GEN',
  ipAddresses: [{ type: 'PRIMARY', ipAddress: '34.123.4.5' }],
  settings: { kind: 'sql#settings', tier: 'db-custom-2-7680', ...settings },
});

describe('GCP mappers read absent fields as the API default', () => {
  it('Cloud SQL: no ipConfiguration, or one without ipv4Enabled, is a public IP (the API default)', () => {
    expect(SQL_INSTANCE_MAPPER.map(sql({})).config.ipv4Enabled).toBe(true);
    expect(SQL_INSTANCE_MAPPER.map(sql({ ipConfiguration: { requireSsl: false } })).config.ipv4Enabled).toBe(true);
    expect(SQL_INSTANCE_MAPPER.map(sql({ ipConfiguration: { ipv4Enabled: false, privateNetwork: 'projects/phi-prod/global/networks/vpc' } })).config.ipv4Enabled).toBe(false);
  });

  it('Cloud Storage: the legacy bucketPolicyOnly is uniform bucket-level access', () => {
    const bucket = (iamConfiguration: JsonObject): JsonObject => ({ kind: 'storage#bucket', name: 'b', location: 'US', locationType: 'multi-region', storageClass: 'STANDARD', iamConfiguration });
    expect(STORAGE_BUCKET_MAPPER.map(bucket({ bucketPolicyOnly: { enabled: true, lockedTime: '2026-01-01T00:00:00Z' } })).config.uniformBucketLevelAccess).toBe(true);
    expect(STORAGE_BUCKET_MAPPER.map(bucket({ uniformBucketLevelAccess: { enabled: true }, bucketPolicyOnly: { enabled: true } })).config.uniformBucketLevelAccess).toBe(true);
    expect(STORAGE_BUCKET_MAPPER.map(bucket({ publicAccessPrevention: 'inherited' })).config.uniformBucketLevelAccess).toBe(false);
  });

  it('BigQuery: an absent access list is unknown, not empty; the IAM policy joins later', () => {
    const ds = (extra: JsonObject): JsonObject => ({ kind: 'bigquery#dataset', id: 'phi-prod:ds1', datasetReference: { datasetId: 'ds1', projectId: 'phi-prod' }, location: 'US', ...extra });
    expect(BIGQUERY_DATASET_MAPPER.map(ds({})).config.accessMembers).toBeUndefined();
    expect(BIGQUERY_DATASET_MAPPER.map(ds({ access: [{ role: 'OWNER', specialGroup: 'projectOwners' }, { role: 'READER', iamMember: 'allUsers' }, { role: 'READER', userByEmail: 'a@example.org' }] })).config.accessMembers)
      .toEqual(['projectOwners', 'allUsers', 'user:a@example.org']);
    expect(BIGQUERY_DATASET_MAPPER.map(ds({ access: [] })).config.iamBindings).toBeUndefined();
  });
});
