import check from '../../../../checks/gcp/logging/alert-route-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alertCases } from './_alert-cases.js';

const FILTER = 'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")';

checkCases(check, alertCases(FILTER, 'resource.type="gce_route"'));
