import { defineCheck, fail, notAssessed, pass, type Check } from '../../../src/engine/check-api.js';
import type { ActivityLogAlert, AlertLeafCondition } from '../../../src/model/types/azure/index.js';

/**
 * One implementation for the activity log alert checks (CIS Azure 5.2.x, Azure Policy "An activity
 * log alert should exist for specific Administrative/Security/Policy operations"): for each watched
 * operation, some Microsoft.Insights/activityLogAlerts rule must be enabled, scoped to the whole
 * subscription, send to an action group, and have a condition that fires on that operation and
 * nothing narrower. A rule that also filters on resource group, caller, level or status watches
 * less than the subscription, so it does not count.
 */

export interface AlertSpec {
  readonly id: string;
  readonly title: string;
  /** What is watched, for messages ("network security group"). */
  readonly what: string;
  /** Operation names (`Microsoft.Network/networkSecurityGroups/write`, `.../delete`). */
  readonly operations: readonly string[];
  /** The activity log category these operations are recorded under. */
  readonly category: 'Administrative' | 'Security';
  readonly why: string;
  readonly cisControl: string;
}

const NOT_NAMED = 'no operationName condition names the operation';
const eq = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.toLowerCase();

/** Does a leaf condition fire on `op` (operationName), allow it (its category, or a provider/type prefix of it), or narrow the alert (anything else)? */
function leafRole(l: AlertLeafCondition, op: string, category: string): 'names' | 'allows' | 'narrows' {
  const values = [...(l.equals !== null ? [l.equals] : []), ...l.containsAny];
  const field = (l.field ?? '').toLowerCase();
  if (field === 'operationname') return values.some((v) => eq(v, op)) ? 'names' : 'narrows';
  if (field === 'category') return values.some((v) => eq(v, category)) ? 'allows' : 'narrows';
  // `resourceProvider` / `resourceType` equal to the operation's own provider or type restrict nothing.
  if (field === 'resourceprovider' || field === 'resourcetype') return values.some((v) => op.toLowerCase().startsWith(`${v.toLowerCase()}/`)) ? 'allows' : 'narrows';
  return 'narrows';
}

/** Some condition of the alert names `op`. */
const mentions = (a: ActivityLogAlert, op: string): boolean => a.allOf.some((c) => [c, ...c.anyOf].some((l) => leafRole(l, op, '') === 'names'));

/** Why an alert does not cover `op` on subscription `subscriptionId`, or undefined when it does. */
export function alertGap(a: ActivityLogAlert, op: string, category: string, subscriptionId: string): string | undefined {
  if (!a.enabled) return 'disabled';
  if (!a.scopes.some((s) => eq(s, subscriptionId))) return `scoped to ${a.scopes.join(', ') || 'nothing'}, not the subscription`;
  if (a.actionGroupIds.length === 0) return 'no action group, so nobody is notified';
  let named = false;
  for (const c of a.allOf) {
    const leaves = c.anyOf.length > 0 ? c.anyOf : [c];
    const roles = leaves.map((l) => leafRole(l, op, category));
    // allOf: every entry must let the event through; an anyOf entry does when one of its leaves does.
    if (roles.every((r) => r === 'narrows')) return `condition ${c.field ?? 'anyOf'} excludes ${op}`;
    if (roles.includes('names')) named = true;
  }
  return named ? undefined : NOT_NAMED;
}

export function activityAlertCheck(spec: AlertSpec): Check<'azure.resources.subscription'> {
  return defineCheck({
    meta: {
      id: spec.id,
      title: spec.title,
      severity: 'medium',
      provider: 'azure',
      service: 'monitor',
      resourceTypes: ['azure.resources.subscription'],
      requirements: ['audit-logging'],
      currentRule: [],
      currentRuleSupport: ['45 CFR 164.312(b)', '45 CFR 164.308(a)(1)(ii)(D)'],
      rationale: `The NPRM proposes technical controls that record activity in real time and alert workforce members to it. ${spec.why} The activity log records these changes; an activity log alert sends them to an action group (email, SMS, ITSM, a SIEM webhook) as they happen. It must cover the whole subscription and both the create-or-update and the delete operation, and filter on nothing else. (${spec.cisControl}.)`,
      remediation: {
        summary: `Create an enabled activity log alert scoped to the subscription for ${spec.operations.join(' and ')} (category ${spec.category}) that notifies an action group.`,
        console: `Monitor > Alerts > Create > Alert rule > Scope: the subscription > Condition: Activity log signal "${spec.operations[0] ?? ''}" > Actions: select an action group. Repeat for ${spec.operations.slice(1).join(', ')}.`,
        cli: spec.operations.map((op, i) => `az monitor activity-log alert create -g RG -n ${spec.id.replace(/^azure-monitor-activity-log-alert-/, '')}-${i} --scope /subscriptions/SUBSCRIPTION_ID --condition category=${spec.category} and operationName=${op} --action-group ACTION_GROUP_ID`).join('\n'),
        terraform: spec.operations.map((op, i) => `resource "azurerm_monitor_activity_log_alert" "watch_${i}" {\n  name                = "${op.split('/').slice(-2).join('-')}"\n  resource_group_name = azurerm_resource_group.monitoring.name\n  location            = "global"\n  scopes              = [data.azurerm_subscription.current.id]\n  criteria {\n    category       = "${spec.category}"\n    operation_name = "${op}"\n  }\n  action {\n    action_group_id = azurerm_monitor_action_group.secops.id\n  }\n}`).join('\n'),
      },
      references: ['https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts', 'https://learn.microsoft.com/rest/api/monitor/activity-log-alerts/list-by-subscription-id'],
    },
    evaluate(sub) {
      const alerts = sub.config.activityLogAlerts;
      const path = 'config.activityLogAlerts';
      if (alerts === undefined) return notAssessed('the activity log alert rules (Microsoft.Insights/activityLogAlerts) could not be read', [path, alerts]);
      const covering = spec.operations.map((op) => ({ op, by: alerts.filter((a) => alertGap(a, op, spec.category, sub.id) === undefined).map((a) => a.name) }));
      const missing = covering.filter((c) => c.by.length === 0).map((c) => c.op);
      if (missing.length === 0) return pass(`activity log alerts notify an action group on every ${spec.what} change (${covering.map((c) => `${c.op}: ${c.by.join(', ')}`).join('; ')})`, [path, covering]);
      // Rules that watch a missing operation but fail another way (disabled, narrowed, no action group).
      const nearMisses = alerts.flatMap((a) => missing.filter((op) => mentions(a, op)).map((op) => ({ alert: a.name, operation: op, problem: alertGap(a, op, spec.category, sub.id) })));
      return fail(`no enabled, subscription-wide activity log alert with an action group fires on ${missing.join(' or ')}`, [path, alerts.map((a) => a.name)], ...(nearMisses.length > 0 ? [['config.activityLogAlerts (near misses)', nearMisses] as const] : []));
    },
  });
}
