import { describe, expect, it } from 'vitest';
import { COMPUTE_FIREWALL_MAPPER, COMPUTE_INSTANCE_MAPPER, COMPUTE_NETWORK_MAPPER } from '../../../providers/gcp/mappers.js';

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
