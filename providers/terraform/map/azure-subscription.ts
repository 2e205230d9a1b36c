import { byString } from '../../../src/model/order.js';
import type { Resource } from '../../../src/model/resource.js';
import type { DefenderPlan, DiagnosticSetting, PolicyAssignment } from '../../../src/model/types/azure/index.js';
import type { TfResource } from '../model.js';
import { allKnown, readerOf } from '../reader.js';
import { diagnosticSetting } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/**
 * The subscription, from the subscription-scope resources a configuration declares: Defender plans
 * (`azurerm_security_center_subscription_pricing`), policy assignments and the activity log export
 * (a diagnostic setting whose target is `/subscriptions/<id>`). The subscription exists before the
 * configuration, so what it does not declare is unknown (not assessed), never absent: another
 * configuration or the portal may manage it. One resource per subscription, anchored on the first
 * pricing or policy assignment by address; a configuration with only an activity log export has no anchor.
 */

const PRICING = 'azurerm_security_center_subscription_pricing';
const ASSIGNMENT = 'azurerm_subscription_policy_assignment';
const DIAGNOSTIC = 'azurerm_monitor_diagnostic_setting';
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
  const v = r.values[attr];
  const m = typeof v === 'string' ? SUBSCRIPTION_ID.exec(v) : null;
  if (m?.[1]) return m[1].toLowerCase();
  return (r.refs[attr] ?? []).some((a) => CURRENT.test(a.replace(/^(module\.[^.]+\.)+/, ''))) ? (r.account ?? '') : undefined;
}

/** Group the subscription-scope resources; the provider's ('') joins the one named subscription when there is just one. */
function groups(ctx: MapContext): Map<TfResource, Group> {
  const keyed: [TfResource, string][] = [
    ...ctx.ofType(PRICING).map((r): [TfResource, string] => [r, r.account ?? '']),
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

/** undefined when the configuration declares none (unknown), or when one of them is unknown until apply. */
function declared<T>(items: readonly (T | undefined)[]): T[] | undefined {
  return items.length === 0 ? undefined : allKnown(items);
}

function subscription(r: TfResource, ctx: MapContext): Resource | undefined {
  const group = ctx.once(groups).get(r);
  if (!group) return undefined;
  const anchor = group.members.find((m) => m.type !== DIAGNOSTIC);
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
    },
  });
}

export const AZURE_SUBSCRIPTION_MAPPERS = {
  [PRICING]: subscription,
  [ASSIGNMENT]: subscription,
};

export const AZURE_SUBSCRIPTION_JOINED = {
  [DIAGNOSTIC]: [PRICING, ASSIGNMENT],
};
