import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-resourcemanager-security-command-center',
    title: 'Security Command Center Security Health Analytics scans the project',
    severity: 'medium',
    provider: 'gcp',
    service: 'resourcemanager',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['vulnerability-scanning'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM asks for automated vulnerability scanning at least every six months. Security Command Center\'s Security Health Analytics is the native scanner. Its service settings (securitycentermanagement SecurityCenterService assets in Cloud Asset Inventory) say whether it is effectively enabled for the project, whether activated on the project or inherited from the organization (organization-level activation counts). The securitycenter.googleapis.com API being enabled on a project is not scanning and never passes; no visible service setting is not assessed, an effective DISABLED (or INGEST_ONLY) fails.',
    remediation: {
      summary: 'Activate Security Command Center for the organization (or project) with Security Health Analytics enabled, and do not disable it for the project.',
      console: 'Security > Security Command Center > Get started (organization) / Settings > Services > Security Health Analytics: Enable.',
      cli: 'gcloud scc manage services update security-health-analytics --organization=ORG_ID --enablement-state=ENABLED',
      terraform: '# Activation and service enablement are done in the console or with gcloud scc manage services; Terraform keeps the API on:\nresource "google_project_service" "scc" {\n  service = "securitycenter.googleapis.com"\n}',
    },
    references: ['https://cloud.google.com/security-command-center/docs/security-command-center-overview', 'https://cloud.google.com/security-command-center/docs/activate-scc-for-a-project', 'https://cloud.google.com/security-command-center/docs/reference/security-center-management/rest/v1/organizations.locations.securityCenterServices'],
  },
  evaluate(project) {
    const sha = project.config.securityHealthAnalytics;
    const path = 'config.securityHealthAnalytics';
    const api = ['config.enabledServices', project.config.enabledServices?.includes('securitycenter.googleapis.com')] as const;
    if (sha === undefined) return notAssessed(projectUnknown(project, 'Security Command Center service settings could not be read', 'Security Command Center settings'), [path, sha], api);
    if (sha === null) return notAssessed('no Security Command Center service setting is visible for the project or the ancestors scanned (an enabled securitycenter API alone is not scanning): scan with --organization, or confirm activation in Security Command Center settings', [path, sha], api);
    if (sha.state === 'ENABLED') return pass(`Security Health Analytics is effectively enabled (decided on ${sha.setOn})`, [path, sha]);
    return fail(`Security Health Analytics is effectively ${sha.state} (decided on ${sha.setOn})`, [path, sha]);
  },
});
