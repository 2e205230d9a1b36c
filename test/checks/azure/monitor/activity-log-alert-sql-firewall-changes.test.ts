import check from '../../../../checks/azure/monitor/activity-log-alert-sql-firewall-changes.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { activityAlertCases } from './_activity-alert-cases.js';

checkCases(check, activityAlertCases('Microsoft.Sql/servers/firewallRules'));
