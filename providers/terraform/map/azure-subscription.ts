import { byString } from '../../../src/model/order.js';
import type { Resource } from '../../../src/model/resource.js';
import type { ActivityLogAlert, AlertCondition, DefenderPlan, DiagnosticSetting, PolicyAssignment, SecuritySetting } from '../../../src/model/types/azure/index.js';
import type { TfResource } from '../model.js';
import { allKnown, readerOf } from '../reader.js';
import { diagnosticSetting } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/**
 * The subscription, from the subscription-scope resources a configuration declares: Defender plans
 * (`azurerm_security_center_subscription_pricing`), policy assignments and the activity log export
 * (a diagnostic setting whose target is `/subscriptions/<id>`), activity log alerts scoped to it
 * (`azurerm_monitor_activity_log_alert`) and Defender integrations (`azurerm_security_center_setting`). The subscription exists before the
 * configuration, so what it does not declare is unknown (not assessed), never absent: another
 * configuration or the portal may manage it. One resource per subscription, anchored on the first
 * pricing, policy assignment, alert or security setting by address; a configuration with only an activity log export has no anchor.
 */

const PRICING = 'azurerm_security_center_subscription_pricing';
const ASSIGNMENT = 'azurerm_subscription_policy_assignment';
const DIAGNOSTIC = 'azurerm_monitor_diagnostic_setting';
const ALERT = 'azurerm_monitor_activity_log_alert';
const SETTING = 'azurerm_security_center_setting';
const SUBSCRIPTION_ID = /^\/subscriptions\/([^/]+)$/i;
/** References that name the provider's own subscription. */
const CURRENT = /^(data\.)?azurerm_subscription\./;

interface Group {
  readonly subscription: string;
  readonly members: TfResource[];
}

/**
 * Subscription of a subscription-scope resource: a literal GUID, else the provider's (its pinned
 * `subscription_id`, '' when not literal); undefined when the resource is not subscription-scoped.
 */
function subscriptionOf(r: TfResource, attr: string): string | undefined {
  const raw: unknown = r.values[attr];
  // A list attribute (an alert's `scopes`): its first subscription-scope entry.
  const v: unknown = Array.isArray(raw) ? (raw as unknown[]).find((x) => typeof x === 'string' && SUBSCRIPTION_ID.test(x)) : raw;
  const m = typeof v === 'string' ? SUBSCRIPTION_ID.exec(v) : null;
  if (m?.[1]) return m[1].toLowerCase();
  return (r.refs[attr] ?? []).some((a) => CURRENT.test(a.replace(/^(module\.[^.]+\.)+/, ''))) ? (r.account ?? '') : undefined;
}

/** Group the subscription-scope resources; the provider's ('') joins the one named subscription when there is just one. */
function groups(ctx: MapContext): Map<TfResource, Group> {
  const keyed: [TfResource, string][] = [
    ...[...ctx.ofType(PRICING), ...ctx.ofType(SETTING)].map((r): [TfResource, string] => [r, r.account ?? '']),
    // An alert lives in the subscription it watches (or, scoped below it, the provider's).
    ...ctx.ofType(ALERT).map((r): [TfResource, string] => [r, subscriptionOf(r, 'scopes') ?? r.account ?? '']),
    ...ctx.ofType(ASSIGNMENT).map((r): [TfResource, string] => [r, subscriptionOf(r, 'subscription_id') ?? r.account ?? '']),
    ...ctx.ofType(DIAGNOSTIC).flatMap((r): [TfResource, string][] => {
      const s = subscriptionOf(r, 'target_resource_id');
      return s === undefined ? [] : [[r, s]];
    }),
  ];
  const named = [...new Set(keyed.map(([, s]) => s).filter((s) => s !== ''))];
  const byKey = new Map<string, Group>();
  const out = new Map<TfResource, Group>();
  for (const [r, s] of keyed) {
    const key = s === '' && named.length === 1 && named[0] ? named[0] : s;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { subscription: key, members: [] }));
    g.members.push(r);
    out.set(r, g);
  }
  for (const g of byKey.values()) g.members.sort((a, b) => byString(a.address, b.address));
  return out;
}

function defenderPlan(r: TfResource): DefenderPlan | undefined {
  const v = readerOf(r);
  const name = v.str('resource_type', 'VirtualMachines');
  const tier = v.str('tier');
  const extensions = v.blocks('extension');
  if (!name || (tier !== 'Free' && tier !== 'Standard') || !extensions) return undefined;
  const names = extensions.map((e) => e.str('name'));
  if (names.some((n) => typeof n !== 'string')) return undefined;
  // The provider disables every extension the block list leaves out.
  return { name, pricingTier: tier, subPlan: v.str('subplan') ?? null, extensions: (names as string[]).map((n) => ({ name: n, isEnabled: true })) };
}

function policyAssignment(r: TfResource, ctx: MapContext, scope: string): PolicyAssignment | undefined {
  const v = readerOf(r);
  const definition = v.str('policy_definition_id');
  const enforce = v.bool('enforce', true);
  if (!definition || typeof enforce !== 'boolean') return undefined;
  return { id: ctx.id(r), name: v.str('name') ?? r.name, displayName: v.str('display_name') ?? null, policyDefinitionId: definition, enforcementMode: enforce ? 'Default' : 'DoNotEnforce', scope };
}

/** `criteria` attributes → the ARM condition fields they become (`category` and `operationName` decide; the rest narrow the alert). */
const CRITERIA: readonly [string, string][] = [
  ['category', 'category'], ['operation_name', 'operationName'], ['resource_provider', 'resourceProvider'], ['resource_type', 'resourceType'], ['resource_group', 'resourceGroup'],
  ['resource_id', 'resourceId'], ['caller', 'caller'], ['level', 'level'], ['status', 'status'], ['sub_status', 'subStatus'],
];
const LIST_CRITERIA: readonly [string, string][] = [
  ['resource_providers', 'resourceProvider'], ['resource_types', 'resourceType'], ['resource_groups', 'resourceGroup'], ['resource_ids', 'resourceId'], ['levels', 'level'], ['statuses', 'status'], ['sub_statuses', 'subStatus'],
];

/**
 * An alert's scopes, with the subscription it watches spelt as the subscription resource's id (as
 * live alerts carry `/subscriptions/<id>`, the live subscription's id); undefined when one is unknown.
 */
function alertScopes(r: TfResource, subscription: string, subscriptionId: string): string[] | undefined {
  const raw = r.values.scopes;
  if (!Array.isArray(raw)) return undefined;
  const current = (r.refs.scopes ?? []).some((a) => CURRENT.test(a.replace(/^(module\.[^.]+\.)+/, '')));
  const out: string[] = [];
  for (const x of raw) {
    if (typeof x === 'string') out.push(SUBSCRIPTION_ID.exec(x)?.[1]?.toLowerCase() === subscription && subscription !== '' ? subscriptionId : x);
    else if (current && raw.length === 1) out.push(subscriptionId);
    else return undefined;
  }
  return out;
}

function activityLogAlert(r: TfResource, ctx: MapContext, subscription: string, subscriptionId: string): ActivityLogAlert | undefined {
  const v = readerOf(r);
  const criteria = v.block('criteria');
  const enabled = v.bool('enabled', true);
  const scopes = alertScopes(r, subscription, subscriptionId);
  const actions = v.blocks('action');
  if (!criteria || typeof enabled !== 'boolean' || !scopes || !actions) return undefined;
  const allOf: AlertCondition[] = [];
  for (const [attr, field] of CRITERIA) {
    const x = criteria.str(attr);
    if (x === undefined) return undefined;
    if (x !== null) allOf.push({ field, equals: x, containsAny: [], anyOf: [] });
  }
  for (const [attr, field] of LIST_CRITERIA) {
    const xs = criteria.strings(attr);
    if (xs === undefined) return undefined;
    if (xs.length > 0) allOf.push({ field, equals: null, containsAny: xs, anyOf: [] });
  }
  // Service and resource health criteria narrow an alert to those events.
  for (const block of ['service_health', 'resource_health']) {
    const b = criteria.block(block);
    if (b === undefined) return undefined;
    if (b !== null) allOf.push({ field: block, equals: null, containsAny: [], anyOf: [] });
  }
  // An action group created in the same apply has its id only after apply: it still names an action group.
  const referenced = (r.refs['action.action_group_id'] ?? []).length > 0;
  const groups = actions.map((a) => a.str('action_group_id') ?? (referenced ? '(known after apply)' : undefined));
  if (groups.some((g) => g === undefined)) return undefined;
  return { id: ctx.id(r), name: v.str('name') ?? r.name, enabled, scopes, allOf, actionGroupIds: groups.filter((g): g is string => typeof g === 'string') };
}

function securitySetting(r: TfResource): SecuritySetting | undefined {
  const v = readerOf(r);
  const name = v.str('setting_name');
  const enabled = v.bool('enabled');
  return typeof name === 'string' && enabled !== undefined ? { name, enabled } : undefined;
}

/** undefined when the configuration declares none (unknown), or when one of them is unknown until apply. */
function declared<T>(items: readonly (T | undefined)[]): T[] | undefined {
  return items.length === 0 ? undefined : allKnown(items);
}

function subscription(r: TfResource, ctx: MapContext): Resource | undefined {
  const group = ctx.once(groups).get(r);
  if (!group) return undefined;
  // Anchor on a pricing or policy assignment first, so adding an alert or setting does not rename the subscription.
  const anchor = [PRICING, ASSIGNMENT, SETTING, ALERT].flatMap((t) => group.members.filter((m) => m.type === t))[0];
  if (anchor !== r) return undefined;
  const of = (type: string) => group.members.filter((m) => m.type === type);
  // Assignments are at this subscription: its phiscan id, as live assignments carry the subscription's id.
  const scope = ctx.id(r);
  return iacResource(ctx, r, {
    provider: 'azure',
    type: 'azure.resources.subscription',
    name: group.subscription ? `subscription ${group.subscription}` : 'subscription (provider default)',
    account: group.subscription || undefined,
    tags: undefined,
    related: group.members.filter((m) => m !== r),
    config: {
      displayName: undefined,
      state: undefined,
      tenantId: undefined,
      defenderPlans: declared(of(PRICING).map(defenderPlan)),
      activityLogDiagnosticSettings: declared<DiagnosticSetting>(of(DIAGNOSTIC).map((d) => diagnosticSetting(ctx, d))),
      policyAssignments: declared(of(ASSIGNMENT).map((a) => policyAssignment(a, ctx, scope))),
      activityLogAlerts: declared(of(ALERT).map((a) => activityLogAlert(a, ctx, group.subscription, scope))),
      // Role assignments and custom roles are managed across configurations and the portal: one configuration never shows them all.
      roleAssignments: undefined,
      customRoleDefinitions: undefined,
      roleAssignmentScheduleInstances: undefined,
      securitySettings: declared(of(SETTING).map(securitySetting)),
    },
  });
}

export const AZURE_SUBSCRIPTION_MAPPERS = {
  [PRICING]: subscription,
  [ASSIGNMENT]: subscription,
  [ALERT]: subscription,
  [SETTING]: subscription,
};

export const AZURE_SUBSCRIPTION_JOINED = {
  [DIAGNOSTIC]: [PRICING, ASSIGNMENT, ALERT, SETTING],
};
