import check from '../../../../checks/gcp/logging/alert-sql-config-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alertCases } from './_alert-cases.js';

const FILTER = 'protoPayload.methodName="cloudsql.instances.update"';

checkCases(check, alertCases(FILTER, 'protoPayload.methodName="cloudsql.instances.update"'));
