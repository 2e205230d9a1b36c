import type { Resource } from '../../../src/model/resource.js';
import type { FlexibleServerConfig } from '../../../src/model/types/azure/index.js';
import type { TfObject, TfResource, TfValue } from '../model.js';
import { oneOf, Reader, readerOf } from '../reader.js';
import { azure, enabledAccess, firewallRules } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/**
 * PostgreSQL and MySQL flexible servers with their firewall rules and server parameters (each a
 * separate resource). A parameter the configuration does not set has the service default, which
 * for both engines requires TLS 1.2 or later.
 */

interface Engine {
  readonly type: 'azure.postgresql.flexible-server' | 'azure.mysql.flexible-server';
  /** How the child resources name their server: PostgreSQL by `server_id`, MySQL by `server_name`. */
  readonly childAttr: 'server_id' | 'server_name';
  readonly parentKey: 'id' | 'name';
  readonly defaults: Readonly<Record<string, string>>;
}

const POSTGRESQL: Engine = { type: 'azure.postgresql.flexible-server', childAttr: 'server_id', parentKey: 'id', defaults: { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1.2' } };
const MYSQL: Engine = { type: 'azure.mysql.flexible-server', childAttr: 'server_name', parentKey: 'name', defaults: { require_secure_transport: 'ON', tls_version: 'TLSv1.2' } };

/** Public network access: PostgreSQL's boolean; MySQL's `public_network_access`, by default off when VNet-injected. */
function publicAccess(v: Reader, e: Engine): 'Enabled' | 'Disabled' | undefined {
  if (e === POSTGRESQL) return enabledAccess(v.bool('public_network_access_enabled', true));
  const subnet = v.raw('delegated_subnet_id');
  const injected = subnet !== undefined && subnet !== null && subnet !== '';
  return oneOf(v.str('public_network_access', injected ? 'Disabled' : 'Enabled'), ['Enabled', 'Disabled'] as const);
}

const flexibleServer = (e: Engine) => (r: TfResource, ctx: MapContext): Resource => {
  const v = readerOf(r);
  const rules = ctx.children(r, `${r.type}_firewall_rule`, e.childAttr, [e.parentKey]);
  const configs = ctx.children(r, `${r.type}_configuration`, e.childAttr, [e.parentKey]);
  // The parameters as one object, so unset ones take the default through the reader (recorded in `defaulted`).
  const declared: TfObject = Object.fromEntries(configs.flatMap((c): [string, TfValue][] => (typeof c.values.name === 'string' ? [[c.values.name, c.values.value ?? null]] : [])));
  const params = new Reader(declared, 'configuration.');
  const parameters: Record<string, string> = {};
  let known = configs.every((c) => typeof c.values.name === 'string');
  for (const [name, dflt] of Object.entries(e.defaults)) {
    const value = params.str(name, dflt);
    if (typeof value === 'string') parameters[name] = value;
    else known = false;
  }
  const subnet = ctx.idOrRef(r, 'delegated_subnet_id', ['azurerm_subnet']);
  const geo = v.bool('geo_redundant_backup_enabled', false);
  const cmk = v.block('customer_managed_key');
  const config: FlexibleServerConfig = {
    version: v.str('version') ?? undefined,
    dataEncryptionType: cmk === undefined ? undefined : cmk === null ? 'SystemManaged' : 'AzureKeyVault',
    publicNetworkAccess: publicAccess(v, e),
    delegatedSubnetResourceId: subnet,
    firewallRules: firewallRules(rules),
    geoRedundantBackup: enabledAccess(geo),
    backupRetentionDays: v.num('backup_retention_days', 7) ?? undefined,
    parameters: known ? parameters : undefined,
  };
  return iacResource(ctx, r, {
    ...azure(r, v, [...rules, ...configs]),
    readers: [v, params],
    type: e.type,
    name: v.str('name') ?? r.address,
    config,
  });
};

export const AZURE_DBFLEX_MAPPERS = {
  azurerm_postgresql_flexible_server: flexibleServer(POSTGRESQL),
  azurerm_mysql_flexible_server: flexibleServer(MYSQL),
};

export const AZURE_DBFLEX_JOINED = {
  azurerm_postgresql_flexible_server_firewall_rule: ['azurerm_postgresql_flexible_server'],
  azurerm_postgresql_flexible_server_configuration: ['azurerm_postgresql_flexible_server'],
  azurerm_mysql_flexible_server_firewall_rule: ['azurerm_mysql_flexible_server'],
  azurerm_mysql_flexible_server_configuration: ['azurerm_mysql_flexible_server'],
};
