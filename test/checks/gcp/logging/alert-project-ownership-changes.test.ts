import check from '../../../../checks/gcp/logging/alert-project-ownership-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alertCases } from './_alert-cases.js';

const FILTER = '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")';

checkCases(check, alertCases(FILTER, 'protoPayload.serviceName="cloudresourcemanager.googleapis.com"'));
