import check from '../../../../checks/azure/monitor/activity-log-alert-security-solution-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { activityAlertCases } from './_activity-alert-cases.js';

checkCases(check, activityAlertCases('Microsoft.Security/securitySolutions', 'Security'));
