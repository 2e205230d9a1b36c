import check from '../../../../checks/gcp/logging/alert-audit-config-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alertCases } from './_alert-cases.js';

const FILTER = 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*';

checkCases(check, alertCases(FILTER, 'protoPayload.methodName="SetIamPolicy"'));
