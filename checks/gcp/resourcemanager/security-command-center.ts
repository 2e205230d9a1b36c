import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-resourcemanager-security-command-center',
    title: 'Project has the Security Command Center API enabled for vulnerability findings',
    severity: 'medium',
    provider: 'gcp',
    service: 'resourcemanager',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['vulnerability-scanning'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM would require automated vulnerability scans at least every six months, or more often as the risk analysis says (proposed 164.312(h)(2)(i)). Security Command Center (Security Health Analytics, Web Security Scanner, VM and container vulnerability findings) is the native scanner; its API enabled on the project is the evidence visible to Cloud Asset Inventory. Organization-level activation may not show here: check the Security Command Center settings if this fails.',
    remediation: {
      summary: 'Activate Security Command Center for the organization (or project) and enable its API.',
      console: 'Security > Security Command Center > Get started / Settings > enable the services for the project.',
      cli: 'gcloud services enable securitycenter.googleapis.com --project=PROJECT',
      terraform: 'resource "google_project_service" "scc" {\n  service = "securitycenter.googleapis.com"\n}',
    },
    references: ['https://cloud.google.com/security-command-center/docs/security-command-center-overview', 'https://cloud.google.com/security-command-center/docs/activate-scc-for-a-project'],
  },
  evaluate(project) {
    const services = project.config.enabledServices;
    const path = 'config.enabledServices';
    if (services === undefined) return notAssessed(projectUnknown(project, 'enabled services are not visible (Service Usage assets could not be read)', 'enabled services'), [path, services]);
    return services.includes('securitycenter.googleapis.com')
      ? pass('securitycenter.googleapis.com is enabled', [path, 'securitycenter.googleapis.com'])
      : fail('securitycenter.googleapis.com is not enabled on the project', [path, services]);
  },
});
