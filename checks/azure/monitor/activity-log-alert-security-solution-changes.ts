import { activityAlertCheck } from './_activity-alert.js';

export default activityAlertCheck({
  id: 'azure-monitor-activity-log-alert-security-solution-changes',
  title: 'An activity log alert fires on security solution changes',
  what: 'security solution',
  operations: ['Microsoft.Security/securitySolutions/write', 'Microsoft.Security/securitySolutions/delete'],
  category: 'Security',
  why: 'Changing or removing a Defender for Cloud security solution (a WAF, an endpoint protection integration) weakens the controls that detect attacks on ePHI.',
  cisControl: 'CIS Microsoft Azure Foundations 5.2.5-5.2.6; Prowler monitor_alert_create_update_security_solution, monitor_alert_delete_security_solution',
});
