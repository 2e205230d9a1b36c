import { activityAlertCheck } from './_activity-alert.js';

export default activityAlertCheck({
  id: 'azure-monitor-activity-log-alert-sql-firewall-changes',
  title: 'An activity log alert fires on Azure SQL firewall rule changes',
  what: 'SQL server firewall rule',
  operations: ['Microsoft.Sql/servers/firewallRules/write', 'Microsoft.Sql/servers/firewallRules/delete'],
  category: 'Administrative',
  why: 'A SQL server firewall rule decides which addresses can connect to databases that hold ePHI; 0.0.0.0-255.255.255.255 opens them to everyone.',
  cisControl: 'CIS Microsoft Azure Foundations 5.2.7-5.2.8; Prowler monitor_alert_create_update_sqlserver_fr, monitor_alert_delete_sqlserver_fr',
});
