import { describe, expect, it } from 'vitest';
import { ASSET_MAPPERS } from '../../../providers/gcp/index.js';
import { GCP_RESOURCE_TYPES } from '../../../src/model/types/gcp/index.js';
import { resourceTypeDescriptor } from '../../../src/model/types/index.js';
import { instance, NET, sqlInstance, cluster } from '../../checks/gcp/_fixtures.js';

describe('GCP resource types', () => {
  it('register every type the collector emits, sorted, each with its CAI asset type', () => {
    const types = GCP_RESOURCE_TYPES.map((d) => d.type);
    expect(types).toEqual([...types].sort());
    for (const t of [...ASSET_MAPPERS.map((m) => m.resourceType), 'gcp.resourcemanager.project', 'gcp.orgpolicy.policy']) expect(types).toContain(t);
    for (const d of GCP_RESOURCE_TYPES) expect(d.native.cai, d.type).toMatch(/^[a-z]+\.googleapis\.com\/[A-Za-z]+$/);
  });

  it('place network-bearing resources on their network for the network map', () => {
    const vm = instance({ networkInterfaces: [{ network: NET, subnetwork: `${NET}/s`, externalIps: ['34.1.1.1'], hasAccessConfig: true, networkIp: '10.128.0.2' }] });
    expect(resourceTypeDescriptor('gcp.compute.instance')?.network?.(vm.config)).toEqual({ networkId: NET, subnetIds: [`${NET}/s`], publicAddress: true, peers: [] });
    const db = sqlInstance({ ipv4Enabled: false, privateNetwork: NET });
    expect(resourceTypeDescriptor('gcp.sql.instance')?.network?.(db.config)).toEqual({ networkId: NET, publicAddress: false });
    expect(resourceTypeDescriptor('gcp.container.cluster')?.network?.(cluster({ privateNodes: false }).config)).toMatchObject({ networkId: NET, publicAddress: true });
    expect(resourceTypeDescriptor('gcp.compute.instance')?.network?.(instance({ networkInterfaces: undefined }).config)).toEqual({});
  });
});
