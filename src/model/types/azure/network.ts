import { defineResourceType } from '../registry.js';
import { isInternetSource, vnetsOfSubnets } from './common.js';

/**
 * One rule of `properties.securityRules[]` (Microsoft.Network/networkSecurityGroups, 2023-11-01).
 * ARM has both singular and plural forms (`sourceAddressPrefix` / `sourceAddressPrefixes`,
 * `destinationPortRange` / `destinationPortRanges`): the adapter merges each pair into the plural.
 */
export interface NsgSecurityRule {
  readonly name: string;
  readonly direction: 'Inbound' | 'Outbound';
  readonly access: 'Allow' | 'Deny';
  /** `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah` or `*`. */
  readonly protocol: string;
  readonly priority: number;
  /** CIDRs, IPs or service tags (`Internet`, `*`, `VirtualNetwork`, `AzureLoadBalancer`...). */
  readonly sourceAddressPrefixes: readonly string[];
  /** `sourceApplicationSecurityGroups[].id`; [] = none. */
  readonly sourceApplicationSecurityGroupIds: readonly string[];
  /** `sourcePortRange(s)`: almost always `*` (clients pick ephemeral ports). */
  readonly sourcePortRanges: readonly string[];
  /** `destinationAddressPrefix(es)`: CIDRs, IPs or service tags; [] with destination ASGs set. */
  readonly destinationAddressPrefixes: readonly string[];
  /** `destinationApplicationSecurityGroups[].id`; [] = none. */
  readonly destinationApplicationSecurityGroupIds: readonly string[];
  /** `*`, `22`, `1000-2000`. */
  readonly destinationPortRanges: readonly string[];
}

/** Microsoft.Network/networkSecurityGroups, api-version 2023-11-01. */
export interface NetworkSecurityGroupConfig {
  /** `securityRules` (custom rules; the fixed `defaultSecurityRules` deny inbound from the internet). */
  readonly securityRules: readonly NsgSecurityRule[] | undefined;
  /** `subnets[].id`. */
  readonly subnetIds: readonly string[] | undefined;
  /** NSG flow logs (Microsoft.Network/networkWatchers/flowLogs whose `targetResourceId` is this NSG); [] = none. */
  readonly flowLogs: readonly FlowLog[] | undefined;
  /** `networkInterfaces[].id`. */
  readonly networkInterfaceIds: readonly string[] | undefined;
}

/**
 * A flow log: Microsoft.Network/networkWatchers/flowLogs (2023-11-01) whose
 * `properties.targetResourceId` is the VNet (or one of its subnets), or an NSG (NSG flow logs).
 */
export interface FlowLog {
  readonly id: string;
  /** `properties.enabled`. */
  readonly enabled: boolean;
  /** `properties.retentionPolicy.enabled ? days : null`; 0 days = keep forever. */
  readonly retentionDays: number | null;
  /** `properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled`. */
  readonly trafficAnalyticsEnabled: boolean;
  /** `properties.targetResourceId`. */
  readonly targetResourceId: string;
}

/** One `virtualNetworkPeerings[]` entry of a VNet (Microsoft.Network/virtualNetworks/virtualNetworkPeerings, 2023-11-01). */
export interface VnetPeering {
  /** `properties.remoteVirtualNetwork.id`. */
  readonly remoteVirtualNetworkId: string;
  /** `properties.allowVirtualNetworkAccess`: the remote space counts as `VirtualNetwork` for this VNet's NSG rules. */
  readonly allowVirtualNetworkAccess: boolean;
  /** `properties.peeringState`: `Initiated`, `Connected` or `Disconnected`; only Connected carries traffic. undefined = not known (IaC: the remote side is outside the input). */
  readonly peeringState: string | undefined;
}

/** Microsoft.Network/virtualNetworks, api-version 2023-11-01. */
export interface VirtualNetworkConfig {
  /** `addressSpace.addressPrefixes`. */
  readonly addressPrefixes: readonly string[] | undefined;
  /** `virtualNetworkPeerings[].properties.remoteVirtualNetwork.id`. */
  readonly peeredVnetIds: readonly string[] | undefined;
  /** `virtualNetworkPeerings[]` with their access flag and state. */
  readonly peerings: readonly VnetPeering[] | undefined;
  /** Flow logs targeting this VNet or its subnets (read from every Network Watcher in the subscription); [] = none. */
  readonly flowLogs: readonly FlowLog[] | undefined;
}

/** Microsoft.Network/virtualNetworks/subnets, api-version 2023-11-01. */
export interface SubnetConfig {
  /** `addressPrefix` or `addressPrefixes`. */
  readonly addressPrefixes: readonly string[] | undefined;
  /** `networkSecurityGroup.id`; null = no NSG. */
  readonly networkSecurityGroupId: string | null | undefined;
  /** `delegations[].properties.serviceName` (`Microsoft.DBforPostgreSQL/flexibleServers`...); [] = none. */
  readonly delegations: readonly string[] | undefined;
  /** `privateEndpointNetworkPolicies`: `Enabled`, `Disabled`, `NetworkSecurityGroupEnabled`, `RouteTableEnabled`. */
  readonly privateEndpointNetworkPolicies: string | null | undefined;
  /** The VNet that holds the subnet (the id prefix before `/subnets/`); undefined = not known. */
  readonly virtualNetworkId: string | undefined;
}

/** Microsoft.Network/applicationGateways, api-version 2023-11-01. */
export interface ApplicationGatewayConfig {
  /**
   * `sslPolicy`; null = not set on the gateway (then the default applies, which depends on the API
   * version that created it: AppGwSslPolicy20150501 (TLS 1.0) before 2023-02-01, AppGwSslPolicy20220101 after).
   */
  readonly sslPolicy: ApplicationGatewaySslPolicy | null | undefined;
  /** `httpListeners[]`: `properties.protocol` `Http` or `Https`. */
  readonly httpListeners: readonly { readonly name: string; readonly protocol: 'Http' | 'Https' }[] | undefined;
  /** `webApplicationFirewallConfiguration.enabled` or an attached `firewallPolicy`; null = WAF not configured. */
  readonly wafEnabled: boolean | null | undefined;
  /** `gatewayIPConfigurations[].properties.subnet.id`. */
  readonly subnetIds: readonly string[] | undefined;
  /** `frontendIPConfigurations[].properties.publicIPAddress.id`; [] = private frontend only. */
  readonly publicIpAddressIds: readonly string[] | undefined;
}

export interface ApplicationGatewaySslPolicy {
  /** `policyType`: `Predefined`, `Custom`, `CustomV2`. */
  readonly policyType: string | null;
  /** `policyName`, e.g. `AppGwSslPolicy20220101`, `AppGwSslPolicy20170401S`. */
  readonly policyName: string | null;
  /** `minProtocolVersion`: `TLSv1_0`, `TLSv1_1`, `TLSv1_2`, `TLSv1_3` (custom policies). */
  readonly minProtocolVersion: string | null;
  /** `disabledSslProtocols` (legacy form). */
  readonly disabledSslProtocols: readonly string[];
}

export const NETWORK_SECURITY_GROUP = defineResourceType({
  type: 'azure.network.security-group',
  provider: 'azure',
  title: 'Network security group',
  native: { arm: 'Microsoft.Network/networkSecurityGroups', terraform: ['azurerm_network_security_group', 'azurerm_network_security_rule', 'azurerm_network_watcher_flow_log'] },
  network: (c) => {
    const vnet = vnetsOfSubnets(c.subnetIds)[0];
    // Open to the internet: an inbound Allow rule from Internet, * or 0.0.0.0/0 (the fixed default rules deny it).
    const open = c.securityRules?.some((r) => r.direction === 'Inbound' && r.access === 'Allow' && r.sourceAddressPrefixes.some(isInternetSource));
    return { ...(vnet ? { networkId: vnet } : {}), subnetIds: c.subnetIds, publicAddress: open };
  },
});

export const NETWORK_VIRTUAL_NETWORK = defineResourceType({
  type: 'azure.network.virtual-network',
  provider: 'azure',
  title: 'Virtual network',
  native: { arm: 'Microsoft.Network/virtualNetworks', terraform: ['azurerm_virtual_network', 'azurerm_network_watcher_flow_log'] },
  network: (c) => ({ peers: c.peeredVnetIds }),
});

export const NETWORK_SUBNET = defineResourceType({
  type: 'azure.network.subnet',
  provider: 'azure',
  title: 'Virtual network subnet',
  native: { arm: 'Microsoft.Network/virtualNetworks/subnets', terraform: ['azurerm_subnet', 'azurerm_subnet_network_security_group_association'] },
  network: (c) => ({ ...(c.virtualNetworkId ? { networkId: c.virtualNetworkId } : {}), ...(c.networkSecurityGroupId ? { securityGroupIds: [c.networkSecurityGroupId] } : {}) }),
});

export const NETWORK_APPLICATION_GATEWAY = defineResourceType({
  type: 'azure.network.application-gateway',
  provider: 'azure',
  title: 'Application Gateway',
  native: { arm: 'Microsoft.Network/applicationGateways', terraform: ['azurerm_application_gateway'] },
  network: (c) => {
    const vnet = vnetsOfSubnets(c.subnetIds)[0];
    return {
      ...(vnet ? { networkId: vnet } : {}),
      subnetIds: c.subnetIds,
      publicAddress: c.publicIpAddressIds === undefined ? undefined : c.publicIpAddressIds.length > 0,
    };
  },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.network.security-group': NetworkSecurityGroupConfig;
    'azure.network.virtual-network': VirtualNetworkConfig;
    'azure.network.subnet': SubnetConfig;
    'azure.network.application-gateway': ApplicationGatewayConfig;
  }
}
