import { describe, expect, it } from 'vitest';
import {
  BIGQUERY_DATASET_MAPPER, COMPUTE_FIREWALL_MAPPER, COMPUTE_INSTANCE_MAPPER, COMPUTE_NETWORK_MAPPER, PUBSUB_TOPIC_MAPPER, REDIS_INSTANCE_MAPPER, SECRETMANAGER_SECRET_MAPPER, SQL_INSTANCE_MAPPER,
  STORAGE_BUCKET_MAPPER,
} from '../../../providers/gcp/mappers.js';
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

  it('VPC networks: an absent subnet mode is not custom mode (legacy networks lack it and carry IPv4Range)', () => {
    const net = (extra: JsonObject): JsonObject => ({ kind: 'compute#network', name: 'n', ...extra });
    expect(COMPUTE_NETWORK_MAPPER.map(net({ autoCreateSubnetworks: false })).config).toMatchObject({ autoCreateSubnetworks: false, legacyIpv4Range: null });
    expect(COMPUTE_NETWORK_MAPPER.map(net({})).config.autoCreateSubnetworks).toBeUndefined();
    expect(COMPUTE_NETWORK_MAPPER.map(net({ IPv4Range: '10.240.0.0/16', gatewayIPv4: '10.240.0.1' })).config).toMatchObject({ autoCreateSubnetworks: undefined, legacyIpv4Range: '10.240.0.0/16' });
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

describe('GCP encryption mappers: Memorystore for Redis, Secret Manager, Pub/Sub', () => {
  it('Redis: an unset transit encryption mode is TLS disabled (the API default), never unknown or on', () => {
    const redis = (extra: JsonObject): JsonObject => ({ name: 'projects/phi-prod/locations/us-central1/instances/cache1', tier: 'STANDARD_HA', memorySizeGb: 5, redisVersion: 'REDIS_7_2', state: 'READY', ...extra });
    expect(REDIS_INSTANCE_MAPPER.map(redis({ transitEncryptionMode: 'SERVER_AUTHENTICATION' })).config.transitEncryptionMode).toBe('SERVER_AUTHENTICATION');
    expect(REDIS_INSTANCE_MAPPER.map(redis({ transitEncryptionMode: 'DISABLED' })).config.transitEncryptionMode).toBe('DISABLED');
    expect(REDIS_INSTANCE_MAPPER.map(redis({})).config.transitEncryptionMode).toBe('DISABLED');
  });

  it('Secret Manager: no rotation is known absent; a rotation whose period is not returned (input-only) is unknown', () => {
    const secret = (extra: JsonObject): JsonObject => ({ name: 'projects/123/secrets/db-password', replication: { automatic: {} }, createTime: '2026-01-01T00:00:00Z', etag: '"1"', ...extra });
    expect(SECRETMANAGER_SECRET_MAPPER.map(secret({})).config).toEqual({ rotationPeriodSeconds: null, nextRotationTime: null, topics: [] });
    expect(SECRETMANAGER_SECRET_MAPPER.map(secret({ topics: [{ name: 'projects/phi-prod/topics/rotate' }], rotation: { nextRotationTime: '2027-01-01T00:00:00Z', rotationPeriod: '2592000s' } })).config)
      .toEqual({ rotationPeriodSeconds: 2592000, nextRotationTime: '2027-01-01T00:00:00Z', topics: ['projects/phi-prod/topics/rotate'] });
    expect(SECRETMANAGER_SECRET_MAPPER.map(secret({ rotation: { nextRotationTime: '2027-01-01T00:00:00Z' } })).config.rotationPeriodSeconds).toBeUndefined();
    expect(SECRETMANAGER_SECRET_MAPPER.map(secret({ rotation: { rotationPeriod: 'ninety days' } })).config.rotationPeriodSeconds).toBeUndefined();
  });

  it('Pub/Sub: a topic without kmsKeyName uses Google-managed keys', () => {
    expect(PUBSUB_TOPIC_MAPPER.map({ name: 'projects/phi-prod/topics/t1' }).config.kmsKeyName).toBeNull();
    expect(PUBSUB_TOPIC_MAPPER.map({ name: 'projects/phi-prod/topics/t1', kmsKeyName: 'projects/phi-prod/locations/us/keyRings/r/cryptoKeys/k' }).config.kmsKeyName).toBe('projects/phi-prod/locations/us/keyRings/r/cryptoKeys/k');
  });
});

/** Compute resources as the Compute API (and Cloud Asset Inventory's `resource.data`) spell them. */
const API = 'https://www.googleapis.com/compute/v1/projects/phi-prod';

describe('GCP compute mappers: what the reachability model reads', () => {
  it('instances: network tags, primary internal address, service accounts', () => {
    const { config } = COMPUTE_INSTANCE_MAPPER.map({
      name: 'ehr-1', status: 'RUNNING', tags: { items: ['ehr', 'no-ip'], fingerprint: 'abc=' },
      networkInterfaces: [{ network: `${API}/global/networks/vpc`, subnetwork: `${API}/regions/us-central1/subnetworks/data`, networkIP: '10.0.2.4', name: 'nic0' }],
      serviceAccounts: [{ email: 'ehr@phi-prod.iam.gserviceaccount.com', scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
    });
    expect(config.networkTags).toEqual(['ehr', 'no-ip']);
    expect(config.networkInterfaces?.[0]).toMatchObject({ networkIp: '10.0.2.4', hasAccessConfig: false, network: '//compute.googleapis.com/projects/phi-prod/global/networks/vpc' });
    expect(config.serviceAccounts).toEqual(['ehr@phi-prod.iam.gserviceaccount.com']);
    // No tags: known none.
    expect(COMPUTE_INSTANCE_MAPPER.map({ name: 'x', networkInterfaces: [] }).config.networkTags).toEqual([]);
  });

  it('firewall rules: source and target service accounts, source tags, destination ranges, deny entries', () => {
    const { config } = COMPUTE_FIREWALL_MAPPER.map({
      name: 'ehr-from-app', network: `${API}/global/networks/vpc`, direction: 'INGRESS', priority: 900,
      sourceServiceAccounts: ['app@phi-prod.iam.gserviceaccount.com'], targetServiceAccounts: ['ehr@phi-prod.iam.gserviceaccount.com'],
      allowed: [{ IPProtocol: 'tcp', ports: ['5432', '8000-8080'] }],
    });
    expect(config).toMatchObject({
      priority: 900, disabled: false, sourceRanges: [], sourceTags: [], sourceServiceAccounts: ['app@phi-prod.iam.gserviceaccount.com'],
      targetServiceAccounts: ['ehr@phi-prod.iam.gserviceaccount.com'], targetTags: [], allowed: [{ protocol: 'tcp', ports: [[5432, 5432], [8000, 8080]] }], denied: [],
    });
    const egress = COMPUTE_FIREWALL_MAPPER.map({ name: 'deny-out', network: `${API}/global/networks/vpc`, direction: 'EGRESS', priority: 100, destinationRanges: ['0.0.0.0/0'], denied: [{ IPProtocol: 'all' }], targetTags: ['batch'], disabled: true }).config;
    expect(egress).toMatchObject({ direction: 'EGRESS', disabled: true, destinationRanges: ['0.0.0.0/0'], denied: [{ protocol: 'all', ports: [] }], targetTags: ['batch'] });
  });

  it('networks: each peering with its state', () => {
    const { config } = COMPUTE_NETWORK_MAPPER.map({
      name: 'vpc', autoCreateSubnetworks: false,
      peerings: [
        { name: 'to-hub', network: `${API}/global/networks/hub`, state: 'ACTIVE', exportCustomRoutes: false, exchangeSubnetRoutes: true },
        { name: 'to-old', network: 'https://www.googleapis.com/compute/v1/projects/other/global/networks/old', state: 'INACTIVE', stateDetails: '[2026-01-01T00:00:00Z]: Peer network deleted.' },
      ],
    });
    expect(config.peeringStates).toEqual([
      { network: '//compute.googleapis.com/projects/phi-prod/global/networks/hub', state: 'ACTIVE' },
      { network: '//compute.googleapis.com/projects/other/global/networks/old', state: 'INACTIVE' },
    ]);
  });
});
