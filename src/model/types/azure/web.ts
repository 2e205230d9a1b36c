import { defineResourceType } from '../registry.js';
import type { PublicNetworkAccess } from './common.js';

/**
 * Microsoft.Web/sites, api-version 2023-12-01. `httpsOnly`, `clientCertEnabled`, `publicNetworkAccess`
 * and `virtualNetworkSubnetId` are site `properties`; the `siteConfig` fields come from the
 * `Microsoft.Web/sites/config/web` sub-resource (a site list does not return them).
 */
export interface WebSiteConfig {
  /** Top-level `kind`: `app`, `app,linux`, `functionapp`, `functionapp,linux`... */
  readonly kind: string | undefined;
  /** `httpsOnly`: redirect HTTP to HTTPS. */
  readonly httpsOnly: boolean | undefined;
  /** `config/web` `minTlsVersion`: `1.0`, `1.1`, `1.2`, `1.3`. */
  readonly minTlsVersion: string | undefined;
  /** `config/web` `scmMinTlsVersion` (Kudu/SCM site). */
  readonly scmMinTlsVersion: string | null | undefined;
  /** `config/web` `ftpsState`: `AllAllowed`, `FtpsOnly`, `Disabled`. */
  readonly ftpsState: 'AllAllowed' | 'FtpsOnly' | 'Disabled' | undefined;
  /** `clientCertEnabled`. */
  readonly clientCertEnabled: boolean | undefined;
  /** `publicNetworkAccess`; null = not set (Enabled unless private endpoints exist). */
  readonly publicNetworkAccess: PublicNetworkAccess | null | undefined;
  /** `virtualNetworkSubnetId` (regional VNet integration, outbound); null = none. */
  readonly virtualNetworkSubnetId: string | null | undefined;
}

export const WEB_SITE = defineResourceType({
  type: 'azure.web.site',
  provider: 'azure',
  title: 'App Service / Function app',
  native: { arm: 'Microsoft.Web/sites', terraform: ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app', 'azurerm_app_service'] },
  network: (c) => ({
    ...(c.virtualNetworkSubnetId ? { subnetIds: [c.virtualNetworkSubnetId] } : {}),
    publicAddress: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess !== 'Disabled',
  }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.web.site': WebSiteConfig;
  }
}
