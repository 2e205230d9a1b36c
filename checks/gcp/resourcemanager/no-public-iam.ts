import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown, publicMembers } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-resourcemanager-no-public-iam',
    title: 'Project IAM policy grants no role to allUsers or allAuthenticatedUsers',
    severity: 'critical',
    provider: 'gcp',
    service: 'resourcemanager',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'A project-level binding for allUsers or allAuthenticatedUsers applies that role to every resource in the project, ePHI included, for anyone on the internet or any Google account.',
    remediation: {
      summary: 'Remove allUsers and allAuthenticatedUsers from the project IAM policy; enforce constraints/iam.allowedPolicyMemberDomains.',
      console: 'IAM & Admin > IAM > filter allUsers / allAuthenticatedUsers > remove their roles.',
      cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=allUsers --role=ROLE',
      terraform: 'resource "google_project_iam_binding" "x" {\n  members = ["group:team@example.org"] # never allUsers / allAuthenticatedUsers\n}',
    },
    references: ['https://cloud.google.com/iam/docs/overview#allusers', 'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains'],
  },
  evaluate(project) {
    const bindings = project.config.iamBindings;
    const path = 'config.iamBindings';
    if (bindings === undefined) return notAssessed(projectUnknown(project, 'the project IAM policy could not be read', 'the project IAM policy'), [path, bindings]);
    const found = publicMembers(bindings);
    return found.length > 0
      ? fail(`roles granted to ${found.join(' and ')}`, [path, bindings.filter((b) => b.members.some((m) => found.includes(m)))])
      : pass('no public principals in the project IAM policy', [path, bindings.length]);
  },
});
