import check from '../../../../checks/azure/monitor/activity-log-alert-policy-assignment-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { activityAlertCases } from './_activity-alert-cases.js';

checkCases(check, activityAlertCases('Microsoft.Authorization/policyAssignments'));
