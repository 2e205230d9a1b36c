import type { Resource } from '../../../src/model/resource.js';
import type { NsgSecurityRule } from '../../../src/model/types/azure/index.js';
import type { TfResource } from '../model.js';
import { allKnown, type Reader, readerOf } from '../reader.js';
import { AZURE_BACKUP_JOINED, AZURE_BACKUP_MAPPERS } from './azure-backup.js';
import { azure, type AzureMapper, diagnosticSettings, enabledAccess, firewallRules, ruleSet } from './azure-common.js';
import { AZURE_COMPUTE_JOINED, AZURE_COMPUTE_MAPPERS } from './azure-compute.js';
import { AZURE_DBFLEX_JOINED, AZURE_DBFLEX_MAPPERS } from './azure-dbflex.js';
import { AZURE_NETWORK_JOINED, AZURE_NETWORK_MAPPERS, FLOW_LOG, flowLog } from './azure-network.js';
import { AZURE_PAAS_JOINED, AZURE_PAAS_MAPPERS } from './azure-paas.js';
import { AZURE_SUBSCRIPTION_JOINED, AZURE_SUBSCRIPTION_MAPPERS } from './azure-subscription.js';
import { iacResource, type MapContext } from './context.js';

/**
 * Terraform azurerm resources -> the canonical Azure types (ARM `properties.*` shapes). Defaults
 * are the azurerm provider's (v4). Split resources (storage network rules and customer-managed key,
 * SQL firewall rules, auditing and TDE protector, NSG rules, diagnostic settings) are joined here;
 * networks, backup vaults, flexible servers and the subscription have their own modules.
 */
function storageAccount(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const rulesRes = ctx.children(r, 'azurerm_storage_account_network_rules', 'storage_account_id', ['id']);
  const cmkRes = ctx.children(r, 'azurerm_storage_account_customer_managed_key', 'storage_account_id', ['id']);
  const diag = diagnosticSettings(ctx, r);
  const inlineRules = v.block('network_rules');
  const rules = rulesRes[0] ? ruleSet(readerOf(rulesRes[0])) : inlineRules === undefined ? undefined : inlineRules === null ? { defaultAction: 'Allow' as const, bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] } : ruleSet(inlineRules);
  const cmk = cmkRes[0] ? readerOf(cmkRes[0]) : v.block('customer_managed_key');
  const infra = v.bool('infrastructure_encryption_enabled', false);
  const tier = v.str('account_tier');
  const replication = v.str('account_replication_type');
  const blob = v.block('blob_properties');
  const retention = (b: Reader | null | undefined) => {
    const days = b?.num('days', 7);
    return b === undefined || days === undefined ? undefined : b === null ? null : { enabled: true, days };
  };
  const blobDelete = blob === undefined ? undefined : blob === null ? null : retention(blob.block('delete_retention_policy'));
  const containerDelete = blob === undefined ? undefined : blob === null ? null : retention(blob.block('container_delete_retention_policy'));
  const blobVersioning = blob === undefined ? undefined : blob === null ? null : blob.bool('versioning_enabled', false);
  const tls = v.str('min_tls_version', 'TLS1_2');
  return iacResource(ctx, r, {
    ...azure(r, v, [...rulesRes, ...cmkRes, ...diag.related]),
    type: 'azure.storage.account',
    name: v.str('name') ?? r.address,
    config: {
      kind: v.str('account_kind', 'StorageV2') ?? undefined,
      skuName: tier && replication ? `${tier}_${replication}` : undefined,
      supportsHttpsTrafficOnly: (v.raw('https_traffic_only_enabled') !== undefined ? v.bool('https_traffic_only_enabled', true) : v.bool('enable_https_traffic_only', true)) ?? undefined,
      minimumTlsVersion: tls === 'TLS1_0' || tls === 'TLS1_1' || tls === 'TLS1_2' || tls === 'TLS1_3' ? tls : undefined,
      allowBlobPublicAccess: v.bool('allow_nested_items_to_be_public', false),
      allowSharedKeyAccess: v.bool('shared_access_key_enabled', true),
      publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
      networkAcls: rules,
      encryption: cmk === undefined || infra === undefined ? undefined : {
        keySource: cmk === null ? 'Microsoft.Storage' : 'Microsoft.Keyvault',
        requireInfrastructureEncryption: infra,
        keyVaultProperties: cmk === null ? null : { keyVaultUri: ctx.idOrRef(cmkRes[0] ?? r, 'key_vault_id', ['azurerm_key_vault']) ?? '(known after apply)', keyName: cmk.str('key_name') ?? '(known after apply)', keyVersion: cmk.str('key_version') ?? null },
      },
      privateEndpointConnectionIds: [],
      // Unknown until apply anywhere in blob_properties leaves the blob service unknown, never off.
      blobService: blob === undefined || blobDelete === undefined || containerDelete === undefined || blobVersioning === undefined
        ? undefined
        : { deleteRetentionPolicy: blobDelete ?? { enabled: false, days: null }, containerDeleteRetentionPolicy: containerDelete, isVersioningEnabled: blobVersioning },
      blobDiagnosticSettings: diag.settings,
    },
  });
}

function keyVault(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const acls = v.block('network_acls');
  const diag = diagnosticSettings(ctx, r);
  return iacResource(ctx, r, {
    ...azure(r, v, diag.related),
    type: 'azure.keyvault.vault',
    name: v.str('name') ?? r.address,
    config: {
      // Soft delete is always on since 2020 and cannot be turned off.
      enableSoftDelete: true,
      softDeleteRetentionInDays: v.num('soft_delete_retention_days', 90),
      enablePurgeProtection: v.bool('purge_protection_enabled', false),
      enableRbacAuthorization: (v.raw('rbac_authorization_enabled') !== undefined ? v.bool('rbac_authorization_enabled', false) : v.bool('enable_rbac_authorization', false)),
      publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
      networkAcls: acls === undefined ? undefined : acls === null ? null : ruleSet(acls),
      privateEndpointConnectionIds: [],
      diagnosticSettings: diag.settings,
    },
  });
}

function keyVaultKey(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const policy = v.block('rotation_policy');
  const automatic = policy?.block('automatic');
  return iacResource(ctx, r, {
    ...azure(r, v),
    type: 'azure.keyvault.key',
    name: v.str('name') ?? r.address,
    config: {
      vaultId: ctx.idOrRef(r, 'key_vault_id', ['azurerm_key_vault']) ?? '(known after apply)',
      kty: v.str('key_type') ?? undefined,
      enabled: true,
      // Without expiration_date, a rotation policy's expire_after may still date versions: unknown until apply.
      expires: v.str('expiration_date') ?? (policy?.str('expire_after') ? undefined : v.str('expiration_date')),
      rotationPolicy: policy === undefined ? undefined : policy === null ? null : {
        expiryTime: policy.str('expire_after') ?? null,
        lifetimeActions: automatic ? [{ action: 'Rotate', timeAfterCreate: automatic.str('time_after_creation') ?? null, timeBeforeExpiry: automatic.str('time_before_expiry') ?? null }] : [],
      },
    },
  });
}

/** `value` / `value_wo` are never read: only the secret's expiry. */
function keyVaultSecret(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...azure(r, v),
    type: 'azure.keyvault.secret',
    name: v.str('name') ?? r.address,
    config: {
      vaultId: ctx.idOrRef(r, 'key_vault_id', ['azurerm_key_vault']) ?? '(known after apply)',
      // azurerm has no argument to disable a secret.
      enabled: true,
      expires: v.str('expiration_date'),
    },
  });
}

function sqlServer(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const firewall = ctx.children(r, 'azurerm_mssql_firewall_rule', 'server_id', ['id']);
  const auditing = ctx.children(r, 'azurerm_mssql_server_extended_auditing_policy', 'server_id', ['id']);
  const tde = ctx.children(r, 'azurerm_mssql_server_transparent_data_encryption', 'server_id', ['id']);
  const alerts = ctx.children(r, 'azurerm_mssql_server_security_alert_policy', 'server_name', ['name']);
  const va = ctx.ofType('azurerm_mssql_server_vulnerability_assessment').filter((x) => alerts.some((a) => ctx.parent(x, 'server_security_alert_policy_id', [a.type]) === a));
  const audit = auditing[0] ? readerOf(auditing[0]) : undefined;
  const auditEnabled = audit?.bool('enabled', true);
  const tdeKey = tde[0] ? readerOf(tde[0]).raw('key_vault_key_id') : undefined;
  const admin = v.block('azuread_administrator');
  const alertState = alerts[0] ? readerOf(alerts[0]).str('state') : undefined;
  return iacResource(ctx, r, {
    ...azure(r, v, [...firewall, ...auditing, ...tde, ...alerts, ...va]),
    type: 'azure.sql.server',
    name: v.str('name') ?? r.address,
    config: {
      minimalTlsVersion: v.str('minimum_tls_version', '1.2'),
      publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
      firewallRules: firewallRules(firewall),
      encryptionProtectorKeyType: !tde[0] || tdeKey === null ? 'ServiceManaged' : 'AzureKeyVault',
      auditing: !audit ? { state: 'Disabled', retentionDays: null, isAzureMonitorTargetEnabled: false, storageEndpoint: null } : auditEnabled === undefined || auditEnabled === null ? undefined : {
        state: auditEnabled ? 'Enabled' : 'Disabled', retentionDays: audit.num('retention_in_days', 0) ?? null, isAzureMonitorTargetEnabled: audit.bool('log_monitoring_enabled', true) === true, storageEndpoint: audit.str('storage_endpoint'),
      },
      securityAlertPolicyState: alertState === 'Enabled' || alertState === 'Disabled' ? alertState : undefined,
      vulnerabilityAssessmentEnabled: va[0] ? (readerOf(va[0]).block('recurring_scans')?.bool('enabled', false) ?? undefined) : undefined,
      azureADOnlyAuthentication: admin === undefined ? undefined : admin === null ? null : admin.bool('azuread_authentication_only', false),
      privateEndpointConnectionIds: [],
    },
  });
}

const SKU_TIERS: readonly (readonly [RegExp, string])[] = [[/^GP_/, 'GeneralPurpose'], [/^BC_/, 'BusinessCritical'], [/^HS_/, 'Hyperscale'], [/^Basic$/, 'Basic'], [/^S\d+$/, 'Standard'], [/^P\d+$/, 'Premium']];

function sqlDatabase(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const redundancy = v.str('storage_account_type', 'Geo');
  const ltr = v.block('long_term_retention_policy');
  const sku = v.str('sku_name');
  return iacResource(ctx, r, {
    ...azure(r, v),
    type: 'azure.sql.database',
    name: v.str('name') ?? r.address,
    config: {
      serverId: ctx.idOrRef(r, 'server_id', ['azurerm_mssql_server']) ?? '(known after apply)',
      transparentDataEncryptionState: enabledAccess(v.bool('transparent_data_encryption_enabled', true)),
      backupStorageRedundancy: redundancy === 'Geo' || redundancy === 'GeoZone' || redundancy === 'Local' || redundancy === 'Zone' ? redundancy : undefined,
      shortTermRetentionDays: v.block('short_term_retention_policy')?.num('retention_days', 7) ?? 7,
      longTermRetention: ltr === undefined ? undefined : ltr === null ? null : { weeklyRetention: ltr.str('weekly_retention') ?? 'PT0S', monthlyRetention: ltr.str('monthly_retention') ?? 'PT0S', yearlyRetention: ltr.str('yearly_retention') ?? 'PT0S' },
      skuTier: sku ? SKU_TIERS.find(([re]) => re.test(sku))?.[1] : undefined,
    },
  });
}

const ASG_TYPES = ['azurerm_application_security_group'];

/** `asgs(attr)`: the application security groups an id-list attribute names (literal ids or resolved references). */
function nsgRule(b: Reader, name: string, asgs: (attr: string) => readonly string[] | undefined): NsgSecurityRule | undefined {
  const direction = b.str('direction');
  const access = b.str('access');
  const protocol = b.str('protocol');
  const priority = b.num('priority');
  const one = (single: string, plural: string) => {
    const s = b.str(single);
    const p = b.strings(plural);
    if (s === undefined || p === undefined) return undefined;
    return [...(s ? [s] : []), ...p];
  };
  const sources = one('source_address_prefix', 'source_address_prefixes');
  const sourcePorts = one('source_port_range', 'source_port_ranges');
  const destinations = one('destination_address_prefix', 'destination_address_prefixes');
  const ports = one('destination_port_range', 'destination_port_ranges');
  const sourceAsgs = asgs('source_application_security_group_ids');
  const destinationAsgs = asgs('destination_application_security_group_ids');
  if ((direction !== 'Inbound' && direction !== 'Outbound') || (access !== 'Allow' && access !== 'Deny') || !protocol || typeof priority !== 'number') return undefined;
  if (!sources || !sourcePorts || !destinations || !ports || !sourceAsgs || !destinationAsgs) return undefined;
  return {
    name: b.str('name') ?? name, direction, access, protocol, priority, sourceAddressPrefixes: sources, sourceApplicationSecurityGroupIds: sourceAsgs,
    sourcePortRanges: sourcePorts, destinationAddressPrefixes: destinations, destinationApplicationSecurityGroupIds: destinationAsgs, destinationPortRanges: ports,
  };
}

/** ASG ids of an inline `security_rule` block: literals, or the references of the one block that leaves the list unknown (refs are kept per attribute path). */
function inlineAsgs(r: TfResource, ctx: MapContext, blocks: readonly Reader[], b: Reader): (attr: string) => readonly string[] | undefined {
  return (attr) => {
    const listed = b.strings(attr);
    if (listed !== undefined) return listed;
    const unknown = blocks.filter((x) => x.strings(attr) === undefined);
    if (unknown.length !== 1 || unknown[0] !== b) return undefined;
    const ids = (r.refs[`security_rule.${attr}`] ?? []).flatMap((a) => ctx.instancesFor(r, a, ASG_TYPES).map((x) => ctx.id(x)));
    return ids.length > 0 ? [...new Set(ids)].sort() : undefined;
  };
}

function nsg(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const separate = ctx.children(r, 'azurerm_network_security_rule', 'network_security_group_name', ['name']);
  const inline = v.blocks('security_rule');
  const rules = [
    ...(inline ?? [undefined]).map((b) => (b && inline ? nsgRule(b, '', inlineAsgs(r, ctx, inline, b)) : undefined)),
    ...separate.map((s) => nsgRule(readerOf(s), s.name, (attr) => ctx.idsOrRefs(s, attr, ASG_TYPES))),
  ];
  const subnets = ctx.children(r, 'azurerm_subnet_network_security_group_association', 'network_security_group_id', ['id']).map((a) => ctx.idOrRef(a, 'subnet_id', ['azurerm_subnet']));
  const nics = ctx.children(r, 'azurerm_network_interface_security_group_association', 'network_security_group_id', ['id']).map((a) => ctx.idOrRef(a, 'network_interface_id', ['azurerm_network_interface']));
  // NSG flow logs name the NSG in `network_security_group_id` (azurerm v3) or `target_resource_id` (v4).
  const logRes = [...new Set([...ctx.children(r, FLOW_LOG, 'network_security_group_id', ['id']), ...ctx.children(r, FLOW_LOG, 'target_resource_id', ['id'])])];
  return iacResource(ctx, r, {
    ...azure(r, v, [...separate, ...logRes]),
    type: 'azure.network.security-group',
    name: v.str('name') ?? r.address,
    config: {
      securityRules: allKnown(rules),
      subnetIds: allKnown(subnets),
      networkInterfaceIds: allKnown(nics),
      flowLogs: allKnown(logRes.map((f) => flowLog(f, ctx))),
    },
  });
}

export const AZURE_MAPPERS: Readonly<Record<string, AzureMapper>> = {
  ...AZURE_NETWORK_MAPPERS,
  ...AZURE_BACKUP_MAPPERS,
  ...AZURE_DBFLEX_MAPPERS,
  ...AZURE_SUBSCRIPTION_MAPPERS,
  ...AZURE_COMPUTE_MAPPERS,
  ...AZURE_PAAS_MAPPERS,
  azurerm_storage_account: storageAccount,
  azurerm_key_vault: keyVault,
  azurerm_key_vault_key: keyVaultKey,
  azurerm_key_vault_secret: keyVaultSecret,
  azurerm_mssql_server: sqlServer,
  azurerm_mssql_database: sqlDatabase,
  azurerm_network_security_group: nsg,
};

/** Split resources joined into a parent above: joined type -> parent types. */
export const AZURE_JOINED_TYPES: Readonly<Record<string, readonly string[]>> = {
  ...AZURE_NETWORK_JOINED,
  ...AZURE_BACKUP_JOINED,
  ...AZURE_DBFLEX_JOINED,
  ...AZURE_COMPUTE_JOINED,
  azurerm_storage_account_network_rules: ['azurerm_storage_account'],
  azurerm_storage_account_customer_managed_key: ['azurerm_storage_account'],
  azurerm_monitor_diagnostic_setting: ['azurerm_key_vault', 'azurerm_storage_account', ...AZURE_SUBSCRIPTION_JOINED.azurerm_monitor_diagnostic_setting, ...AZURE_PAAS_JOINED.azurerm_monitor_diagnostic_setting],
  azurerm_mssql_firewall_rule: ['azurerm_mssql_server'],
  azurerm_mssql_server_extended_auditing_policy: ['azurerm_mssql_server'],
  azurerm_mssql_server_transparent_data_encryption: ['azurerm_mssql_server'],
  azurerm_mssql_server_security_alert_policy: ['azurerm_mssql_server'],
  azurerm_mssql_server_vulnerability_assessment: ['azurerm_mssql_server'],
  azurerm_network_security_rule: ['azurerm_network_security_group'],
  [FLOW_LOG]: [...AZURE_NETWORK_JOINED[FLOW_LOG], 'azurerm_network_security_group'],
  azurerm_subnet_network_security_group_association: ['azurerm_network_security_group', ...AZURE_NETWORK_JOINED.azurerm_subnet_network_security_group_association],
  azurerm_network_interface_security_group_association: ['azurerm_network_security_group', ...AZURE_COMPUTE_JOINED.azurerm_network_interface_security_group_association],
};
