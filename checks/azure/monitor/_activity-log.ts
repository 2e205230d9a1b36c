import { fail, notAssessed, pass, type Verdict } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import { logsCategory } from '../_shared.js';

/** Does a subscription diagnostic setting with a destination export each of these activity log categories (directly, or through `allLogs`/`audit`)? */
export function evaluateActivityLogExport(sub: Resource<'azure.resources.subscription'>, categories: readonly string[]): Verdict {
  const settings = sub.config.activityLogDiagnosticSettings;
  const path = 'config.activityLogDiagnosticSettings';
  if (settings === undefined) return notAssessed('the subscription diagnostic settings could not be read', [path, settings]);
  const missing = categories.filter((c) => !logsCategory(settings, c, ['allLogs', 'audit']));
  if (missing.length === 0) return pass(`the activity log (${categories.join(', ')}) is exported`, [path, settings.map((s) => s.name)]);
  return fail(settings.length === 0 ? 'the activity log is not exported' : `no export for the ${missing.join(', ')} categor${missing.length === 1 ? 'y' : 'ies'}`, [path, settings]);
}
