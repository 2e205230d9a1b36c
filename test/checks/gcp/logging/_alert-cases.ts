import type { CoverageGap } from '../../../../src/model/coverage.js';
import { alertPolicy, logMetric, PROJECT } from '../_fixtures.js';

/** Inventories shared by the eight log-metric alert checks: `filter` is the check's CIS filter, `missing` it without one term. */
export function alertWorlds(filter: string, missing: string) {
  const metric = logMetric(filter);
  const gap: CoverageGap = { provider: 'gcp', service: 'cloudasset', operation: 'ListAssets', account: PROJECT, resourceTypes: ['gcp.logging.metric'], reason: 'access-denied', message: 'denied' };
  return {
    metricAndAlert: [metric, alertPolicy()],
    // The same filter laid out differently (line breaks, spaces around operators).
    reformatted: [logMetric(filter.replace(/ AND /g, '\n  AND ').replace(/="/g, ' = "')), alertPolicy()],
    logMatchAlert: [alertPolicy({ conditionFilters: [], logMatchFilters: [filter] })],
    promqlAlert: [metric, alertPolicy({ conditionFilters: ['rate(logging_googleapis_com:user_watch[5m]) > 0'] })],
    noMetric: [logMetric('resource.type="gce_instance"'), alertPolicy()],
    missingTerm: [logMetric(missing), alertPolicy()],
    noAlert: [metric, alertPolicy({ conditionFilters: ['metric.type="logging.googleapis.com/user/watcher"'] })],
    disabledAlert: [metric, alertPolicy({ enabled: false })],
    disabledMetric: [logMetric(filter, { disabled: true }), alertPolicy()],
    otherProject: [logMetric(filter, {}, { account: 'other' }), alertPolicy({}, { account: 'other' })],
    unknownEnabled: [metric, alertPolicy({ enabled: undefined })],
    unknownFilter: [logMetric('', { filter: undefined })],
    gaps: [gap],
  };
}

export const IAC = { source: { kind: 'iac' as const, format: 'terraform-hcl' as const, file: 'main.tf', line: 1, address: 'google_project_iam_audit_config.all' } };
