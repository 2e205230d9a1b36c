import { defineResourceType } from '../registry.js';

export interface ContainerClusterConfig {
  readonly network: string | null | undefined;
  readonly subnetwork: string | null | undefined;
  readonly privateNodes: boolean | undefined;
  /** Control-plane authorized networks; null = not enabled (the endpoint accepts any source). */
  readonly masterAuthorizedNetworks: readonly string[] | null | undefined;
  /** Application-layer secrets encryption key; null = off. */
  readonly databaseEncryptionKey: string | null | undefined;
  readonly legacyAbac: boolean | undefined;
}

export const CONTAINER_CLUSTER = defineResourceType({
  type: 'gcp.container.cluster',
  provider: 'gcp',
  title: 'GKE cluster',
  native: { cai: 'container.googleapis.com/Cluster', terraform: ['google_container_cluster'] },
  network: (c) => ({
    ...(c.network ? { networkId: c.network } : {}),
    subnetIds: c.subnetwork ? [c.subnetwork] : [],
    publicAddress: c.privateNodes === undefined ? undefined : !c.privateNodes,
  }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.container.cluster': ContainerClusterConfig;
  }
}
