import check from '../../../../checks/gcp/logging/alert-custom-role-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alertCases } from './_alert-cases.js';

const FILTER = 'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")';

checkCases(check, alertCases(FILTER, 'resource.type="iam_role"'));
