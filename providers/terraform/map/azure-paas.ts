import type { Resource } from '../../../src/model/resource.js';
import type { ApplicationGatewayConfig, CosmosDbAccountConfig, WebSiteConfig } from '../../../src/model/types/azure/index.js';
import type { TfResource } from '../model.js';
import { allKnown, oneOf, type Reader, readerOf } from '../reader.js';
import { blockTargets, SUBNET_TYPES, targetOf } from './azure-block-refs.js';
import { azure, diagnosticSettings, enabledAccess } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/** Cosmos DB accounts (with their diagnostic settings), Redis caches, App Service / Function apps and Application Gateways. */

const COSMOS = 'azurerm_cosmosdb_account';

function cosmosAccount(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const diag = diagnosticSettings(ctx, r);
  // Either key attribute names the customer-managed key; the id stands for its URI (known after apply).
  const keyId = targetOf(ctx, r, 'key_vault_key_id', ['azurerm_key_vault_key']);
  const hsmId = targetOf(ctx, r, 'managed_hsm_key_id', ['azurerm_key_vault_managed_hardware_security_module_key']);
  const key = keyId || hsmId ? (keyId ?? hsmId) : keyId === undefined || hsmId === undefined ? undefined : null;
  const backup = v.block('backup');
  const backupType = backup ? oneOf(backup.str('type'), ['Periodic', 'Continuous'] as const) : undefined;
  const redundancy = backupType === 'Periodic' ? oneOf(backup?.str('storage_redundancy', 'Geo'), ['Geo', 'Local', 'Zone'] as const) : null;
  const config: CosmosDbAccountConfig = {
    keyVaultKeyUri: key,
    publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
    isVirtualNetworkFilterEnabled: v.bool('is_virtual_network_filter_enabled', false) ?? undefined,
    // A set in v4, one comma-separated string in v3.
    ipRules: v.strings('ip_range_filter')?.flatMap((x) => x.split(',').map((y) => y.trim()).filter((y) => y !== '')),
    minimalTlsVersion: oneOf(v.str('minimal_tls_version', 'Tls12'), ['Tls', 'Tls11', 'Tls12'] as const),
    // Without a `backup` block the service picks the policy (Periodic, Geo today): not declared, so unknown.
    backupPolicy: backupType && redundancy !== undefined ? { type: backupType, backupStorageRedundancy: redundancy } : undefined,
    disableLocalAuth: v.bool('local_authentication_disabled', false),
    diagnosticSettings: diag.settings,
  };
  return iacResource(ctx, r, { ...azure(r, v, diag.related), type: 'azure.cosmosdb.account', name: v.str('name') ?? r.address, config });
}

/**
 * `minimum_tls_version` is sent on create either way, but its provider default moved from 1.0 to 1.2
 * within v4: unset is read as not set (the check does not assess it) rather than a guessed version.
 */
function redisCache(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...azure(r, v),
    type: 'azure.redis.cache',
    name: v.str('name') ?? r.address,
    config: {
      // `enable_non_ssl_port` is the v3 name.
      enableNonSslPort: v.raw('enable_non_ssl_port') !== undefined ? v.bool('enable_non_ssl_port', false) : v.bool('non_ssl_port_enabled', false),
      minimumTlsVersion: v.str('minimum_tls_version'),
      publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
      subnetId: targetOf(ctx, r, 'subnet_id', ['azurerm_subnet']),
    },
  });
}

const SITE_KIND: Readonly<Record<string, string>> = {
  azurerm_linux_web_app: 'app,linux',
  azurerm_windows_web_app: 'app',
  azurerm_linux_function_app: 'functionapp,linux',
  azurerm_windows_function_app: 'functionapp',
};

/** The v4 web and function app resources; `site_config` is required, and its defaults are the provider's (FTP disabled, TLS 1.2). */
function webSite(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const site = v.block('site_config');
  const inSite = <T>(read: (s: Reader) => T | null | undefined): T | undefined => (site ? (read(site) ?? undefined) : undefined);
  const config: WebSiteConfig = {
    kind: SITE_KIND[r.type],
    httpsOnly: v.bool('https_only', false) ?? undefined,
    minTlsVersion: inSite((s) => s.str('minimum_tls_version', '1.2')),
    scmMinTlsVersion: inSite((s) => s.str('scm_minimum_tls_version', '1.2')),
    ftpsState: inSite((s) => oneOf(s.str('ftps_state', 'Disabled'), ['AllAllowed', 'FtpsOnly', 'Disabled'] as const)),
    clientCertEnabled: v.bool('client_certificate_enabled', false) ?? undefined,
    publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
    virtualNetworkSubnetId: targetOf(ctx, r, 'virtual_network_subnet_id', ['azurerm_subnet']),
  };
  return iacResource(ctx, r, { ...azure(r, v), readers: site ? [v, site] : [v], type: 'azure.web.site', name: v.str('name') ?? r.address, config });
}

/** The `ssl_policy` block in the ARM shape; undefined while any of its settings is unknown until apply (never read as not set). */
function sslPolicyOf(ssl: Reader): ApplicationGatewayConfig['sslPolicy'] {
  const policyType = ssl.str('policy_type');
  const policyName = ssl.str('policy_name');
  const minProtocolVersion = ssl.str('min_protocol_version');
  const disabledSslProtocols = ssl.strings('disabled_protocols');
  if (policyType === undefined || policyName === undefined || minProtocolVersion === undefined || disabledSslProtocols === undefined) return undefined;
  return { policyType, policyName, minProtocolVersion, disabledSslProtocols };
}

function applicationGateway(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const ssl = v.block('ssl_policy');
  const listeners = v.blocks('http_listener');
  const gateways = v.blocks('gateway_ip_configuration');
  const frontends = v.blocks('frontend_ip_configuration');
  const waf = v.block('waf_configuration');
  const policy = targetOf(ctx, r, 'firewall_policy_id', ['azurerm_web_application_firewall_policy']);
  const wafOn = waf === undefined ? undefined : waf === null ? null : waf.bool('enabled');
  const config: ApplicationGatewayConfig = {
    // Not set: the gateway gets the service default of the API version, as in ARM (the check fails it).
    sslPolicy: ssl === undefined ? undefined : ssl === null ? null : sslPolicyOf(ssl),
    httpListeners: listeners && allKnown(listeners.map((l) => {
      const protocol = oneOf(l.str('protocol'), ['Http', 'Https'] as const);
      return protocol && { name: l.str('name') ?? '', protocol };
    })),
    wafEnabled: wafOn === true || typeof policy === 'string' ? true : wafOn === undefined || policy === undefined ? undefined : wafOn === false ? false : null,
    subnetIds: gateways && blockTargets(ctx, r, gateways, 'gateway_ip_configuration.subnet_id', SUBNET_TYPES),
    publicIpAddressIds: frontends && blockTargets(ctx, r, frontends, 'frontend_ip_configuration.public_ip_address_id', ['azurerm_public_ip']),
  };
  return iacResource(ctx, r, { ...azure(r, v), type: 'azure.network.application-gateway', name: v.str('name') ?? r.address, config });
}

export const AZURE_PAAS_MAPPERS = {
  [COSMOS]: cosmosAccount,
  azurerm_redis_cache: redisCache,
  azurerm_linux_web_app: webSite,
  azurerm_windows_web_app: webSite,
  azurerm_linux_function_app: webSite,
  azurerm_windows_function_app: webSite,
  azurerm_application_gateway: applicationGateway,
};

export const AZURE_PAAS_JOINED = {
  azurerm_monitor_diagnostic_setting: [COSMOS],
};
