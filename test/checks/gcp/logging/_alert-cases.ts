import type { CoverageGap } from '../../../../src/model/coverage.js';
import type { Cases } from '../../../helpers/check-tester.js';
import { alertPolicy, logMetric, project, PROJECT } from '../_fixtures.js';

/** Inventories shared by the eight log-metric alert checks: `filter` is the check's CIS filter, `missing` it without one term. */
function alertWorlds(filter: string, missing: string) {
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

/**
 * The cases every log-metric alert check shares: `filter` is the check's CIS filter, `term` one of
 * its terms, dropped to make a filter that must not count.
 */
export function alertCases(filter: string, term: string): Cases<'gcp.resourcemanager.project'> {
  const w = alertWorlds(filter, filter.replace(term, ''));
  return {
    pass: [
      { name: 'a metric with the CIS filter feeds an enabled alert policy', resource: project(), inventory: w.metricAndAlert },
      { name: 'the filter laid out differently', resource: project(), inventory: w.reformatted },
      { name: 'an enabled log-match alert policy with the CIS filter', resource: project(), inventory: w.logMatchAlert },
      { name: 'a PromQL condition on the metric', resource: project(), inventory: w.promqlAlert },
      { name: 'declared in Terraform', resource: project({}, IAC), inventory: w.metricAndAlert },
    ],
    fail: [
      { name: 'no metric has the filter', resource: project(), inventory: w.noMetric, evidencePath: 'alerting' },
      { name: 'the metric filter lacks one CIS term', resource: project(), inventory: w.missingTerm, evidencePath: 'alerting' },
      { name: 'no alert policy watches the metric (a longer metric name does not count)', resource: project(), inventory: w.noAlert, evidencePath: 'alerting' },
      { name: 'the alert policy is disabled', resource: project(), inventory: w.disabledAlert, evidencePath: 'alerting' },
      { name: 'the metric is disabled', resource: project(), inventory: w.disabledMetric, evidencePath: 'alerting' },
      { name: 'metric and alert exist only in another project', resource: project(), inventory: w.otherProject, evidencePath: 'alerting' },
    ],
    notAssessed: [
      { name: 'logs-based metrics could not be listed', resource: project(), gaps: w.gaps, evidencePath: 'alerting' },
      { name: 'whether the alert policy is enabled was not reported', resource: project(), inventory: w.unknownEnabled, evidencePath: 'alerting' },
      { name: 'a metric filter is unknown', resource: project(), inventory: w.unknownFilter, evidencePath: 'alerting' },
      { name: 'Terraform declares no metric: the live project may have one', resource: project({}, IAC), inventory: w.noMetric, evidencePath: 'alerting' },
    ],
  };
}
