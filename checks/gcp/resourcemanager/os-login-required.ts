import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

const CONSTRAINT = 'constraints/compute.requireOsLogin';

export default defineCheck({
  meta: {
    id: 'gcp-resourcemanager-os-login-required',
    title: 'Organization policy compute.requireOsLogin is enforced for the project',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'resourcemanager',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['unique-identification', 'authentication', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(i)', '45 CFR 164.312(d)'],
    rationale: 'With OS Login required, SSH access to VMs is tied to each person\'s Google identity and IAM role (and can require 2-Step Verification) instead of shared keys in metadata, and it cannot be switched off per VM. The constraint is inherited: a policy on a folder or the organization counts.',
    remediation: {
      summary: 'Enforce the compute.requireOsLogin boolean constraint on the organization, folder or project.',
      console: 'IAM & Admin > Organization policies > Require OS Login > Manage policy > Enforced.',
      cli: 'gcloud resource-manager org-policies enable-enforce compute.requireOsLogin --project=PROJECT',
      terraform: 'resource "google_org_policy_policy" "os_login" {\n  name   = "projects/PROJECT/policies/compute.requireOsLogin"\n  parent = "projects/PROJECT"\n  spec { rules { enforce = "TRUE" } }\n}',
    },
    references: ['https://cloud.google.com/compute/docs/oslogin/manage-oslogin-in-an-org', 'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints'],
  },
  evaluate(project) {
    const constraints = project.config.orgPolicyConstraints;
    const path = 'config.orgPolicyConstraints';
    if (constraints === undefined) return notAssessed(projectUnknown(project, 'organization policies could not be read', 'organization policies'), [path, constraints]);
    const c = constraints.find((x) => x.constraint === CONSTRAINT);
    if (c) return c.enforced ? pass(`enforced by the policy on ${c.setOn}`, [path, c]) : fail(`explicitly not enforced on ${c.setOn}`, [path, c]);
    if (project.config.orgPolicyAncestorsVisible) return fail('not enforced on the project or any ancestor (default: off)', [path, null], ['config.orgPolicyAncestorsVisible', true]);
    return notAssessed('not set on the project; an ancestor folder or the organization outside the scanned scope may enforce it (scan with --organization)', [path, null], ['config.orgPolicyAncestorsVisible', false]);
  },
});
