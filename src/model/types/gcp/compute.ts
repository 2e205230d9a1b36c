import { defineResourceType } from '../registry.js';
import { isAnywhere } from './common.js';

export interface ComputeDiskConfig {
  /** CMEK key (`projects/.../cryptoKeys/k`, version suffix removed); null = Google-managed key. */
  readonly kmsKeyName: string | null | undefined;
  readonly sizeGb: number | undefined;
  /** Full resource names of attached resource policies (snapshot schedules among them). */
  readonly resourcePolicies: readonly string[] | undefined;
  /** Full resource names of instances using the disk. */
  readonly users: readonly string[] | undefined;
}

export interface ComputeNetworkInterface {
  /** Full resource names. */
  readonly network: string | null;
  readonly subnetwork: string | null;
  /** External (NAT) IPs from access configs; [] = none. */
  readonly externalIps: readonly string[];
  /** The interface has an access config (an ephemeral external IP even if none is shown yet). */
  readonly hasAccessConfig: boolean;
  /** `networkIP`, the primary internal address; undefined = not known (assigned at creation). */
  readonly networkIp: string | undefined;
}

export interface ComputeInstanceConfig {
  readonly status: string | undefined;
  readonly networkInterfaces: readonly ComputeNetworkInterface[] | undefined;
  /** Instance metadata items (`enable-oslogin`, `enable-osconfig`...); {} = none. */
  readonly metadata: Readonly<Record<string, string>> | undefined;
  /** Full resource names of attached disks. */
  readonly disks: readonly string[] | undefined;
  readonly serviceAccounts: readonly string[] | undefined;
  /** Shielded VM options (`shieldedInstanceConfig`); null = the VM has no Shielded VM configuration. */
  readonly shieldedSecureBoot: boolean | null | undefined;
  readonly shieldedVtpm: boolean | null | undefined;
  readonly shieldedIntegrityMonitoring: boolean | null | undefined;
  /** Network tags (`tags.items`), which firewall rules target and match as sources; [] = none. */
  readonly networkTags: readonly string[] | undefined;
}

export interface FirewallRule {
  /** `tcp`, `udp`, `icmp`, `all` or a protocol number. */
  readonly protocol: string;
  /** Port ranges as `[from, to]`; [] = all ports. */
  readonly ports: readonly (readonly [number, number])[];
}

export interface ComputeFirewallConfig {
  readonly network: string | undefined;
  readonly direction: 'INGRESS' | 'EGRESS' | undefined;
  readonly disabled: boolean | undefined;
  readonly priority: number | undefined;
  readonly sourceRanges: readonly string[] | undefined;
  readonly allowed: readonly FirewallRule[] | undefined;
  readonly denied: readonly FirewallRule[] | undefined;
  /** [] = all instances in the network (unless target service accounts are set). */
  readonly targetTags: readonly string[] | undefined;
  /** `targetServiceAccounts` (e-mails); [] = none. */
  readonly targetServiceAccounts: readonly string[] | undefined;
  /** `sourceTags` (ingress): traffic from instances with these network tags. */
  readonly sourceTags: readonly string[] | undefined;
  /** `sourceServiceAccounts` (ingress): traffic from instances running as these service accounts. */
  readonly sourceServiceAccounts: readonly string[] | undefined;
  /** `destinationRanges` (egress); [] = every destination. */
  readonly destinationRanges: readonly string[] | undefined;
  /** null = logging off. */
  readonly logConfigEnabled: boolean | undefined;
}

export interface ComputeNetworkConfig {
  /** undefined: not written (a legacy network, or not known). */
  readonly autoCreateSubnetworks: boolean | undefined;
  /** The single range of a legacy (pre-VPC) network; null = not a legacy network. */
  readonly legacyIpv4Range: string | null | undefined;
  /** Full resource names of peer networks. */
  readonly peerings: readonly string[] | undefined;
  /** `peerings[]` with their `state` (`ACTIVE` or `INACTIVE`); only an active peering exchanges subnet routes. state undefined = not known. */
  readonly peeringStates: readonly { readonly network: string; readonly state: string | undefined }[] | undefined;
}

export interface ComputeSubnetworkConfig {
  readonly network: string | undefined;
  readonly ipCidrRange: string | undefined;
  readonly privateIpGoogleAccess: boolean | undefined;
  readonly flowLogsEnabled: boolean | undefined;
  /** `PRIVATE` for ordinary subnets; proxy-only and PSC subnets cannot carry flow logs. */
  readonly purpose: string | undefined;
}

export interface ComputeSslPolicyConfig {
  /** `TLS_1_0`, `TLS_1_1`, `TLS_1_2`, `TLS_1_3`. */
  readonly minTlsVersion: string | undefined;
  /** `COMPATIBLE`, `MODERN`, `RESTRICTED` or `CUSTOM`. */
  readonly profile: string | undefined;
  readonly customFeatures: readonly string[] | undefined;
}

export interface ComputeTargetProxyConfig {
  /** `https` or `ssl` proxy. */
  readonly kind: 'https' | 'ssl';
  /** Full resource name of the SSL policy; null = the Google default policy (TLS 1.0, COMPATIBLE). */
  readonly sslPolicy: string | null | undefined;
  /** URL map (HTTPS) or backend service (SSL), full resource name. */
  readonly target: string | null | undefined;
}

export interface ComputeBackendServiceConfig {
  /** `HTTP`, `HTTPS`, `HTTP2`, `TCP`, `SSL`, `GRPC`... (protocol to the backends). */
  readonly protocol: string | undefined;
  readonly loadBalancingScheme: string | undefined;
  readonly backendGroups: readonly string[] | undefined;
  readonly logConfigEnabled: boolean | undefined;
}

export interface ComputeForwardingRuleConfig {
  /** Full resource name of the target (target HTTP(S)/SSL/TCP proxy...). */
  readonly target: string | null | undefined;
  /** `targetHttpProxies`, `targetHttpsProxies`, ... taken from the target name. */
  readonly targetKind: string | null | undefined;
  readonly ipAddress: string | undefined;
  readonly portRange: string | null | undefined;
  readonly loadBalancingScheme: string | undefined;
  readonly network: string | null | undefined;
}

export interface ComputeResourcePolicyConfig {
  /** null = not a snapshot schedule (e.g. a placement policy). */
  readonly snapshotSchedule: { readonly maxRetentionDays: number | null; readonly storageLocations: readonly string[] } | null | undefined;
}

const networkOf = (network: string | null | undefined) => (network ? { networkId: network } : {});

export const COMPUTE_DISK = defineResourceType({
  type: 'gcp.compute.disk', provider: 'gcp', title: 'Compute Engine disk',
  native: { cai: 'compute.googleapis.com/Disk', terraform: ['google_compute_disk', 'google_compute_region_disk'] },
});
export const COMPUTE_INSTANCE = defineResourceType({
  type: 'gcp.compute.instance', provider: 'gcp', title: 'Compute Engine VM instance',
  native: { cai: 'compute.googleapis.com/Instance', terraform: ['google_compute_instance'] },
  network: (c) => {
    const nics = c.networkInterfaces;
    if (!nics) return {};
    return {
      ...networkOf(nics[0]?.network),
      subnetIds: nics.flatMap((n) => (n.subnetwork ? [n.subnetwork] : [])),
      publicAddress: nics.some((n) => n.hasAccessConfig),
      peers: [...new Set(nics.flatMap((n) => (n.network ? [n.network] : [])))].slice(1),
    };
  },
});
export const COMPUTE_FIREWALL = defineResourceType({
  type: 'gcp.compute.firewall', provider: 'gcp', title: 'VPC firewall rule',
  native: { cai: 'compute.googleapis.com/Firewall', terraform: ['google_compute_firewall'] },
  network: (c) => ({ ...networkOf(c.network), publicAddress: firewallOpenToInternet(c) }),
});
/** An enabled ingress rule that allows traffic from 0.0.0.0/0 or ::/0; undefined when a field is unknown. */
function firewallOpenToInternet(c: ComputeFirewallConfig): boolean | undefined {
  if (c.direction === undefined || c.disabled === undefined || c.allowed === undefined || c.sourceRanges === undefined) return undefined;
  return c.direction === 'INGRESS' && !c.disabled && c.allowed.length > 0 && c.sourceRanges.some(isAnywhere);
}
export const COMPUTE_NETWORK = defineResourceType({
  type: 'gcp.compute.network', provider: 'gcp', title: 'VPC network',
  native: { cai: 'compute.googleapis.com/Network', terraform: ['google_compute_network'] },
  network: (c) => ({ peers: c.peerings }),
});
export const COMPUTE_SUBNETWORK = defineResourceType({
  type: 'gcp.compute.subnetwork', provider: 'gcp', title: 'VPC subnetwork',
  native: { cai: 'compute.googleapis.com/Subnetwork', terraform: ['google_compute_subnetwork'] },
  network: (c) => networkOf(c.network),
});
export const COMPUTE_SSL_POLICY = defineResourceType({
  type: 'gcp.compute.ssl-policy', provider: 'gcp', title: 'Load balancer SSL policy',
  native: { cai: 'compute.googleapis.com/SslPolicy', terraform: ['google_compute_ssl_policy'] },
});
export const COMPUTE_TARGET_PROXY = defineResourceType({
  type: 'gcp.compute.target-proxy', provider: 'gcp', title: 'Target HTTPS or SSL proxy',
  native: { cai: 'compute.googleapis.com/TargetHttpsProxy', terraform: ['google_compute_target_https_proxy', 'google_compute_target_ssl_proxy'] },
});
export const COMPUTE_BACKEND_SERVICE = defineResourceType({
  type: 'gcp.compute.backend-service', provider: 'gcp', title: 'Load balancer backend service',
  native: { cai: 'compute.googleapis.com/BackendService', terraform: ['google_compute_backend_service', 'google_compute_region_backend_service'] },
});
export const COMPUTE_FORWARDING_RULE = defineResourceType({
  type: 'gcp.compute.forwarding-rule', provider: 'gcp', title: 'Load balancer forwarding rule',
  native: { cai: 'compute.googleapis.com/ForwardingRule', terraform: ['google_compute_forwarding_rule', 'google_compute_global_forwarding_rule'] },
  network: (c) => ({ ...networkOf(c.network), publicAddress: c.loadBalancingScheme === undefined ? undefined : c.loadBalancingScheme.startsWith('EXTERNAL') }),
});
export const COMPUTE_RESOURCE_POLICY = defineResourceType({
  type: 'gcp.compute.resource-policy', provider: 'gcp', title: 'Compute resource policy (snapshot schedule)',
  native: { cai: 'compute.googleapis.com/ResourcePolicy', terraform: ['google_compute_resource_policy'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.compute.disk': ComputeDiskConfig;
    'gcp.compute.instance': ComputeInstanceConfig;
    'gcp.compute.firewall': ComputeFirewallConfig;
    'gcp.compute.network': ComputeNetworkConfig;
    'gcp.compute.subnetwork': ComputeSubnetworkConfig;
    'gcp.compute.ssl-policy': ComputeSslPolicyConfig;
    'gcp.compute.target-proxy': ComputeTargetProxyConfig;
    'gcp.compute.backend-service': ComputeBackendServiceConfig;
    'gcp.compute.forwarding-rule': ComputeForwardingRuleConfig;
    'gcp.compute.resource-policy': ComputeResourcePolicyConfig;
  }
}
