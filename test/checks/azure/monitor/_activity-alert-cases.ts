import type { Cases } from '../../../helpers/check-tester.js';
import { activityAlert, SUB, subscription } from '../_fixtures.js';

type Category = 'Administrative' | 'Security';

/**
 * The cases every activity-log-alert check shares: `operation` is the resource path whose write and
 * delete must be alerted on (`Microsoft.Network/networkSecurityGroups`), `category` the category
 * Azure logs those events under.
 */
export function activityAlertCases(operation: string, category: Category = 'Administrative'): Cases<'azure.resources.subscription'> {
  const WRITE = `${operation}/write`;
  const DELETE = `${operation}/delete`;
  const provider = operation.split('/')[0] ?? operation;
  const wrongCategory: Category = category === 'Administrative' ? 'Security' : 'Administrative';
  const others = subscription().config.activityLogAlerts?.filter((a) => !a.allOf.some((c) => c.equals === WRITE || c.equals === DELETE)) ?? [];
  const withAlerts = (...alerts: Parameters<typeof activityAlert>[]) => subscription({ activityLogAlerts: [...others, ...alerts.map((a) => activityAlert(...a))] });
  const cat = { field: 'category', equals: category };
  return {
    pass: [
      { name: 'one alert per operation, category and operationName', resource: subscription() },
      { name: 'one alert for both operations (containsAny, no category)', resource: withAlerts([[{ field: 'operationName', containsAny: [WRITE, DELETE] }]]) },
      { name: 'anyOf of the two operations, with the provider as resourceProvider', resource: withAlerts([[cat, { field: 'resourceProvider', equals: provider }, { field: 'operationName', anyOf: [{ field: 'operationName', equals: WRITE.toLowerCase() }, { field: 'operationName', equals: DELETE }] }]]) },
    ],
    fail: [
      { name: 'no alerts at all', resource: subscription({ activityLogAlerts: [] }), evidencePath: 'config.activityLogAlerts' },
      { name: 'only the write operation', resource: withAlerts([[cat, { field: 'operationName', equals: WRITE }]]), evidencePath: 'config.activityLogAlerts' },
      { name: 'disabled', resource: withAlerts([[cat, { field: 'operationName', containsAny: [WRITE, DELETE] }], { enabled: false }]), evidencePath: 'config.activityLogAlerts (near misses)' },
      { name: 'scoped to a resource group', resource: withAlerts([[cat, { field: 'operationName', containsAny: [WRITE, DELETE] }], { scopes: [`/subscriptions/${SUB}/resourceGroups/phi-rg`] }]), evidencePath: 'config.activityLogAlerts (near misses)' },
      { name: 'no action group', resource: withAlerts([[cat, { field: 'operationName', containsAny: [WRITE, DELETE] }], { actionGroupIds: [] }]), evidencePath: 'config.activityLogAlerts (near misses)' },
      { name: 'narrowed to one resource group', resource: withAlerts([[cat, { field: 'operationName', containsAny: [WRITE, DELETE] }, { field: 'resourceGroup', equals: 'phi-rg' }]]), evidencePath: 'config.activityLogAlerts (near misses)' },
      { name: 'the wrong category (the events never match)', resource: withAlerts([[{ field: 'category', equals: wrongCategory }, { field: 'operationName', containsAny: [WRITE, DELETE] }]]), evidencePath: 'config.activityLogAlerts' },
      { name: 'a category-only alert names no operation', resource: withAlerts([[cat]]), evidencePath: 'config.activityLogAlerts' },
      { name: 'another subscription\'s scope', resource: withAlerts([[cat, { field: 'operationName', containsAny: [WRITE, DELETE] }], { scopes: ['/subscriptions/ffffffff-0000-0000-0000-000000000000'] }]), evidencePath: 'config.activityLogAlerts' },
    ],
    notAssessed: [{ name: 'alert rules unreadable', resource: subscription({ activityLogAlerts: undefined }), evidencePath: 'config.activityLogAlerts' }],
  };
}
