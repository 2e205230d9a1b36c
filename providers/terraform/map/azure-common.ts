import type { Resource } from '../../../src/model/resource.js';
import type { DiagnosticSetting, NetworkRuleSet, SqlFirewallRule } from '../../../src/model/types/azure/index.js';
import type { TfResource } from '../model.js';
import { allKnown, type Reader, readerOf } from '../reader.js';
import type { MapContext } from './context.js';

/** Shared by the azurerm mappers: the common resource fields, ARM enum spellings, joined diagnostic settings. */

/** One Terraform resource to one canonical resource; a VNet also yields its inline subnets. */
export type AzureMapper = (r: TfResource, ctx: MapContext) => Resource | readonly Resource[] | undefined;

/** The fields every azurerm resource shares; `related` are the joined resources (their suppressions apply). */
export const azure = (r: TfResource, v: Reader, related: readonly TfResource[] = []) => ({
  provider: 'azure' as const,
  account: r.account,
  region: v.str('location') ?? undefined,
  tags: v.map('tags'),
  readers: [v],
  related,
});

export const enabledAccess = (v: boolean | null | undefined): 'Enabled' | 'Disabled' | undefined => (v === undefined || v === null ? undefined : v ? 'Enabled' : 'Disabled');

/** `network_rules` / `network_acls` blocks and the separate `azurerm_storage_account_network_rules`. */
export function ruleSet(b: Reader): NetworkRuleSet | undefined {
  const action = b.str('default_action');
  const bypass = b.strings('bypass');
  const ips = b.strings('ip_rules');
  const subnets = b.strings('virtual_network_subnet_ids');
  if ((action !== 'Allow' && action !== 'Deny') || !bypass || !ips || !subnets) return undefined;
  return { defaultAction: action, bypass: bypass.length > 0 ? bypass.join(', ') : 'None', ipRules: ips, virtualNetworkRules: subnets };
}

/** One `azurerm_monitor_diagnostic_setting` in the ARM shape; undefined when its log list is unknown until apply. */
export function diagnosticSetting(ctx: MapContext, d: TfResource): DiagnosticSetting | undefined {
  const v = readerOf(d);
  const logs = v.blocks('enabled_log');
  if (!logs) return undefined;
  return {
    name: v.str('name') ?? d.name,
    workspaceId: ctx.idOrRef(d, 'log_analytics_workspace_id', ['azurerm_log_analytics_workspace']) ?? null,
    storageAccountId: ctx.idOrRef(d, 'storage_account_id', ['azurerm_storage_account']) ?? null,
    eventHubAuthorizationRuleId: v.str('eventhub_authorization_rule_id') ?? null,
    marketplacePartnerId: v.str('partner_solution_id') ?? null,
    logs: logs.map((l) => ({ category: l.str('category') ?? null, categoryGroup: l.str('category_group') ?? null, enabled: true })),
  };
}

/** Diagnostic settings whose target_resource_id names the resource (directly or as `${id}/blobServices/default`). */
export function diagnosticSettings(ctx: MapContext, r: TfResource): { settings: DiagnosticSetting[] | undefined; related: TfResource[] } {
  const related = ctx.children(r, 'azurerm_monitor_diagnostic_setting', 'target_resource_id', ['id']);
  const settings = related.map((d) => diagnosticSetting(ctx, d));
  return { settings: allKnown(settings), related };
}

/** Firewall rules of a SQL or flexible server (`start_ip_address`/`end_ip_address`); undefined when one is unknown until apply. */
export function firewallRules(rules: readonly TfResource[]): SqlFirewallRule[] | undefined {
  const out: SqlFirewallRule[] = [];
  for (const f of rules) {
    const v = readerOf(f);
    const start = v.str('start_ip_address');
    const end = v.str('end_ip_address');
    if (!start || !end) return undefined;
    out.push({ name: v.str('name') ?? f.name, startIpAddress: start, endIpAddress: end });
  }
  return out;
}
