import check from '../../../../checks/gcp/logging/alert-project-ownership-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';
import { alertWorlds, IAC } from './_alert-cases.js';

const FILTER = '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")';
const w = alertWorlds(FILTER, FILTER.replace('protoPayload.serviceName="cloudresourcemanager.googleapis.com"', ''));

checkCases(check, {
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
});
