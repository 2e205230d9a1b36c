import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-securitycenter-vm-threat-detection',
    title: 'Security Command Center VM Threat Detection scans the project\'s VMs',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'securitycenter',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['anti-malware'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(5)(ii)(B)'],
    rationale: 'The NPRM would require protection of every technology asset against malicious software such as viruses and ransomware (proposed 164.312(c)(2)(i)). VM Threat Detection scans Compute Engine memory from the hypervisor for malware, cryptominers and kernel rootkits without an agent. Its effective state comes from the Security Command Center service setting (securitycentermanagement SecurityCenterService vm-threat-detection in Cloud Asset Inventory), on the project or inherited from the organization. No visible setting is not assessed (activation may sit above the scanned scope); an effective DISABLED fails. Agent-based anti-malware inside the VMs is not visible to Cloud Asset Inventory.',
    remediation: {
      summary: 'Activate Security Command Center (Premium or Enterprise) and enable VM Threat Detection for the organization or project.',
      console: 'Security > Security Command Center > Settings > Services > VM Threat Detection: Enable.',
      cli: 'gcloud scc manage services update vm-threat-detection --organization=ORG_ID --enablement-state=ENABLED',
      terraform: '# Service enablement is done in the console or with gcloud scc manage services; keep the API on:\nresource "google_project_service" "scc" {\n  service = "securitycenter.googleapis.com"\n}',
    },
    references: ['https://cloud.google.com/security-command-center/docs/concepts-vm-threat-detection-overview', 'https://cloud.google.com/security-command-center/docs/reference/security-center-management/rest/v1/organizations.locations.securityCenterServices'],
  },
  evaluate(project) {
    const vmtd = project.config.vmThreatDetection;
    const path = 'config.vmThreatDetection';
    if (vmtd === undefined) return notAssessed(projectUnknown(project, 'Security Command Center service settings could not be read', 'Security Command Center settings'), [path, vmtd]);
    if (vmtd === null) return notAssessed('no VM Threat Detection service setting is visible for the project or the ancestors scanned: scan with --organization, or confirm it in Security Command Center settings', [path, vmtd]);
    if (vmtd.state === 'ENABLED') return pass(`VM Threat Detection is effectively enabled (decided on ${vmtd.setOn})`, [path, vmtd]);
    return fail(`VM Threat Detection is effectively ${vmtd.state} (decided on ${vmtd.setOn})`, [path, vmtd]);
  },
});
