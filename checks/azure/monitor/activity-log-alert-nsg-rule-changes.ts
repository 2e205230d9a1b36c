import { activityAlertCheck } from './_activity-alert.js';

export default activityAlertCheck({
  id: 'azure-monitor-activity-log-alert-nsg-rule-changes',
  title: 'An activity log alert fires on network security group rule changes',
  what: 'network security group rule',
  operations: ['Microsoft.Network/networkSecurityGroups/securityRules/write', 'Microsoft.Network/networkSecurityGroups/securityRules/delete'],
  category: 'Administrative',
  why: 'A single added or removed NSG rule can open a database or an administration port to the internet.',
  cisControl: 'CIS Microsoft Azure Foundations 5.2.3-5.2.4 (security rules); Prowler monitor_alert_create_update_nsg, monitor_alert_delete_nsg',
});
