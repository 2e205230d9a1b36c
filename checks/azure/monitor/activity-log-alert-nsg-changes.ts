import { activityAlertCheck } from './_activity-alert.js';

export default activityAlertCheck({
  id: 'azure-monitor-activity-log-alert-nsg-changes',
  title: 'An activity log alert fires on network security group changes',
  what: 'network security group',
  operations: ['Microsoft.Network/networkSecurityGroups/write', 'Microsoft.Network/networkSecurityGroups/delete'],
  category: 'Administrative',
  why: 'Creating, replacing or deleting a network security group changes which networks can reach systems that hold ePHI.',
  cisControl: 'CIS Microsoft Azure Foundations 5.2.3-5.2.4; Prowler monitor_alert_create_update_nsg, monitor_alert_delete_nsg',
});
