import check from '../../../../checks/gcp/logging/alert-storage-iam-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alertCases } from './_alert-cases.js';

const FILTER = 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"';

checkCases(check, alertCases(FILTER, 'resource.type="gcs_bucket"'));
