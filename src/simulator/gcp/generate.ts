import type { GcpWorld, WorldAsset, WorldProject } from './world.js';

/**
 * A synthetic organization for benchmarks and scale tests: `projects` projects under two
 * folders, each with `assetsPerProject` assets spread over buckets, disks, instances and
 * firewall rules. Deterministic: the same arguments give the same world.
 */
export function generateOrgWorld(projects: number, assetsPerProject: number): GcpWorld {
  const list: WorldProject[] = [];
  for (let p = 0; p < projects; p++) {
    const id = `bench-project-${String(p).padStart(3, '0')}`;
    const C = `https://www.googleapis.com/compute/v1/projects/${id}`;
    const assets: WorldAsset[] = [];
    for (let i = 0; i < assetsPerProject; i++) {
      const n = String(i).padStart(4, '0');
      const phi = i % 3 === 0 ? { phi: 'true' } : {};
      switch (i % 4) {
        case 0:
          assets.push({ assetType: 'storage.googleapis.com/Bucket', name: `//storage.googleapis.com/${id}-b${n}`, location: 'us-central1', data: { name: `${id}-b${n}`, labels: phi, iamConfiguration: { uniformBucketLevelAccess: { enabled: i % 8 === 0 }, publicAccessPrevention: 'inherited' }, versioning: { enabled: true } }, iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['group:readers@example.org'] }] } });
          break;
        case 1:
          assets.push({ assetType: 'compute.googleapis.com/Disk', name: `//compute.googleapis.com/projects/${id}/zones/us-central1-a/disks/d${n}`, location: 'us-central1-a', data: { name: `d${n}`, sizeGb: '50', labels: phi } });
          break;
        case 2:
          assets.push({ assetType: 'compute.googleapis.com/Instance', name: `//compute.googleapis.com/projects/${id}/zones/us-central1-a/instances/vm${n}`, location: 'us-central1-a', data: { name: `vm${n}`, status: 'RUNNING', labels: phi, networkInterfaces: [{ network: `${C}/global/networks/vpc`, subnetwork: `${C}/regions/us-central1/subnetworks/s1`, ...(i % 8 === 2 ? { accessConfigs: [{ natIP: '34.1.2.3' }] } : {}) }], metadata: { items: [] } } });
          break;
        default:
          assets.push({ assetType: 'compute.googleapis.com/Firewall', name: `//compute.googleapis.com/projects/${id}/global/firewalls/fw${n}`, location: 'global', data: { name: `fw${n}`, network: `${C}/global/networks/vpc`, direction: 'INGRESS', sourceRanges: [i % 8 === 3 ? '0.0.0.0/0' : '10.0.0.0/8'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] } });
      }
    }
    list.push({
      projectId: id, projectNumber: String(700000000000 + p), parent: p % 2 === 0 ? 'folders/501' : 'folders/502',
      iamPolicy: { bindings: [{ role: 'roles/owner', members: ['group:admins@example.org'] }], auditConfigs: [] },
      enabledServices: ['compute.googleapis.com', 'storage.googleapis.com'], computeMetadata: { 'enable-oslogin': 'TRUE' }, assets,
    });
  }
  return {
    organization: { id: '500', displayName: 'bench.example.org', orgPolicies: [{ constraint: 'constraints/compute.requireOsLogin', booleanPolicy: { enforced: true } }] },
    folders: [{ id: '501', parent: 'organizations/500' }, { id: '502', parent: 'organizations/500' }],
    projects: list,
  };
}
