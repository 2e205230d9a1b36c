import type { GcpWorld } from '../../../src/simulator/gcp/world.js';

/** Organization 100 > folder 200 > folder 201; projects alpha (in 200), beta (in 201), gamma (directly under the org). */
export const ORG_WORLD: GcpWorld = {
  organization: { id: '100', displayName: 'example.org', orgPolicies: [{ constraint: 'constraints/compute.requireOsLogin', booleanPolicy: { enforced: true } }] },
  folders: [
    { id: '200', parent: 'organizations/100' },
    { id: '201', parent: 'folders/200', orgPolicies: [{ constraint: 'constraints/compute.requireOsLogin', booleanPolicy: { enforced: false } }] },
  ],
  projects: [
    {
      projectId: 'alpha-prod', projectNumber: '1001', parent: 'folders/200', labels: { phi: 'true' },
      iamPolicy: { bindings: [{ role: 'roles/owner', members: ['group:admins@example.org'] }], auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] }] },
      enabledServices: ['compute.googleapis.com', 'securitycenter.googleapis.com'],
      computeMetadata: { 'enable-oslogin': 'TRUE', 'enable-oslogin-2fa': 'TRUE' },
      assets: [
        { assetType: 'storage.googleapis.com/Bucket', name: '//storage.googleapis.com/alpha-records', location: 'us-central1', data: { name: 'alpha-records', labels: { phi: 'true' }, retentionPolicy: { retentionPeriod: '2592000', isLocked: true }, versioning: { enabled: true }, iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' } }, iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } },
        { assetType: 'storage.googleapis.com/Bucket', name: '//storage.googleapis.com/alpha-logs', location: 'us', data: { name: 'alpha-logs' } },
        { assetType: 'storage.googleapis.com/Bucket', name: '//storage.googleapis.com/alpha-tmp', location: 'us', data: { name: 'alpha-tmp' } },
        { assetType: 'compute.googleapis.com/Disk', name: '//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/disks/d1', location: 'us-central1-a', data: { name: 'd1', sizeGb: '10', diskEncryptionKey: { kmsKeyName: 'projects/alpha-prod/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/4' } } },
      ],
    },
    {
      projectId: 'beta-prod', projectNumber: '1002', parent: 'folders/201',
      iamPolicy: { bindings: [] },
      assets: [
        { assetType: 'storage.googleapis.com/Bucket', name: '//storage.googleapis.com/beta-exports', location: 'us-east1', data: { name: 'beta-exports' } },
        { assetType: 'sqladmin.googleapis.com/Instance', name: '//cloudsql.googleapis.com/projects/beta-prod/instances/db1', location: 'us-east1', data: { name: 'db1', databaseVersion: 'POSTGRES_16', region: 'us-east1', settings: { ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ value: '0.0.0.0/0' }] }, backupConfiguration: { enabled: true } } } },
      ],
    },
    {
      projectId: 'gamma-prod', projectNumber: '1003', parent: 'organizations/100',
      assets: [
        { assetType: 'cloudkms.googleapis.com/CryptoKey', name: '//cloudkms.googleapis.com/projects/gamma-prod/locations/us/keyRings/r/cryptoKeys/k', location: 'us', data: { name: 'projects/gamma-prod/locations/us/keyRings/r/cryptoKeys/k', purpose: 'ENCRYPT_DECRYPT', rotationPeriod: '7776000s', primary: { state: 'ENABLED' } } },
        { assetType: 'storage.googleapis.com/Bucket', name: '//storage.googleapis.com/gamma-data', location: 'us', data: { name: 'gamma-data' } },
      ],
    },
  ],
};
