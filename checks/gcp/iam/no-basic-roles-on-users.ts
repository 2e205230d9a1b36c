import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { IamBinding } from '../../../src/model/types/gcp/index.js';
import { projectUnknown } from '../_shared.js';

const BASIC = ['roles/owner', 'roles/editor'];
/** People: Google accounts, groups, whole domains and workforce identity federation principals. */
const PERSON = /^(user:|group:|domain:|principal(Set)?:\/\/iam\.googleapis\.com\/locations\/global\/workforcePools\/)/;

function grants(bindings: readonly IamBinding[], node: string): { node: string; role: string; members: string[] }[] {
  return bindings.filter((b) => BASIC.includes(b.role)).flatMap((b) => {
    const members = b.members.filter((m) => PERSON.test(m));
    return members.length > 0 ? [{ node, role: b.role, members }] : [];
  });
}

export default defineCheck({
  meta: {
    id: 'gcp-iam-no-basic-roles-on-users',
    title: 'No person or group holds Owner or Editor on the project',
    severity: 'high',
    provider: 'gcp',
    service: 'iam',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'The basic roles Owner and Editor grant read and write on nearly every service in the project, every store of ePHI included; the NPRM would require access limited to what each person needs (proposed 164.312(a)(1)). Granted to users, groups or domains they are the broadest standing access there is; predefined or custom roles scoped to a job replace them. Folder and organization grants apply to the project too and are reported when visible.',
    remediation: {
      summary: 'Replace Owner and Editor grants to users, groups and domains with predefined or custom roles limited to each job.',
      console: 'IAM & Admin > IAM > filter Role: Owner / Editor > edit each principal > replace the role.',
      cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=user:EMAIL --role=roles/editor && gcloud projects add-iam-policy-binding PROJECT --member=user:EMAIL --role=roles/ROLE',
      terraform: 'resource "google_project_iam_member" "x" {\n  role   = "roles/cloudsql.client" # a scoped role, never roles/owner or roles/editor\n  member = "group:team@example.org"\n}',
    },
    references: ['https://cloud.google.com/iam/docs/understanding-roles#basic', 'https://cloud.google.com/iam/docs/using-iam-securely#least_privilege'],
  },
  evaluate(project) {
    const { iamBindings: own, ancestorIamPolicies: above } = project.config;
    const path = 'config.iamBindings';
    if (own === undefined) return notAssessed(projectUnknown(project, 'the project IAM policy could not be read', 'the project IAM policy'), [path, own]);
    const found = [...grants(own, 'project'), ...(above ?? []).flatMap((a) => grants(a.bindings, a.node))];
    if (found.length > 0) return fail(found.map((g) => `${g.role} granted to ${g.members.join(', ')} on ${g.node}`).join('; '), ['basicRoleGrants', found]);
    return pass(`no user, group or domain holds Owner or Editor on the project${above === undefined ? ' (the folders and organization above it were not read)' : ' or above it'}`, [path, own.length], ['config.ancestorIamPolicies', above?.map((a) => a.node)]);
  },
});
