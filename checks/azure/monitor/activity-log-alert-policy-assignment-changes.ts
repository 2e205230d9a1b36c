import { activityAlertCheck } from './_activity-alert.js';

export default activityAlertCheck({
  id: 'azure-monitor-activity-log-alert-policy-assignment-changes',
  title: 'An activity log alert fires on policy assignment changes',
  what: 'policy assignment',
  operations: ['Microsoft.Authorization/policyAssignments/write', 'Microsoft.Authorization/policyAssignments/delete'],
  category: 'Administrative',
  why: 'Removing or changing a policy assignment (the HIPAA HITRUST initiative, a deny policy) silently switches off guardrails over ePHI.',
  cisControl: 'CIS Microsoft Azure Foundations 5.2.1-5.2.2; Prowler monitor_alert_create_policy_assignment, monitor_alert_delete_policy_assignment',
});
