import check from '../../../../checks/gcp/logging/alert-firewall-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alertCases } from './_alert-cases.js';

const FILTER = 'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")';

checkCases(check, alertCases(FILTER, 'resource.type="gce_firewall_rule"'));
