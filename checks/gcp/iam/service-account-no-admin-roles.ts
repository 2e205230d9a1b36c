import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectOf } from '../_shared.js';

/** Owner, Editor and any role whose name says admin (as CIS and Prowler read it). */
const isAdminRole = (role: string) => role === 'roles/owner' || role === 'roles/editor' || /admin/i.test(role.slice(role.lastIndexOf('/') + 1));

export default defineCheck({
  meta: {
    id: 'gcp-iam-service-account-no-admin-roles',
    title: 'Service account holds no Owner, Editor or admin role on its project',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'gcp',
    service: 'iam',
    resourceTypes: ['gcp.iam.service-account'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'A workload\'s service account is the identity an attacker gets by compromising the workload; with Owner, Editor or an admin role it reaches every store of ePHI in the project and can grant itself more. The default Compute Engine and App Engine service accounts receive Editor unless the organization policy iam.automaticIamGrantsForDefaultServiceAccounts is enforced. Matches CIS GCP Foundations 1.5 and Prowler\'s iam_sa_no_administrative_privileges (roles named *admin*, Owner, Editor); folder and organization grants count when visible.',
    remediation: {
      summary: 'Replace the service account\'s Owner, Editor and admin roles with the predefined roles its workload needs.',
      console: 'IAM & Admin > IAM > the service account > Edit > remove the admin roles, add scoped ones.',
      cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=serviceAccount:SA_EMAIL --role=roles/editor',
      terraform: 'resource "google_project_iam_member" "app" {\n  role   = "roles/storage.objectViewer" # scoped, never roles/editor or *Admin\n  member = "serviceAccount:${google_service_account.app.email}"\n}',
    },
    references: ['https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-privileges', 'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_default_grants'],
  },
  lookups: { types: ['gcp.resourcemanager.project'] },
  evaluate(sa, ctx) {
    const email = sa.config.email;
    if (email === undefined) return notAssessed('the service account e-mail was not reported', ['config.email', email]);
    const project = projectOf(sa, ctx.inventory);
    const own = project?.config.iamBindings;
    if (own === undefined) return notAssessed('the project IAM policy was not read, so the account\'s roles are not known', ['project.iamBindings', own]);
    const member = `serviceAccount:${email}`;
    const above = project?.config.ancestorIamPolicies;
    const chain = [{ node: 'project', bindings: own }, ...(above ?? [])];
    const found = chain.flatMap((n) => n.bindings.filter((b) => isAdminRole(b.role) && b.members.includes(member)).map((b) => ({ node: n.node, role: b.role })));
    if (found.length > 0) return fail(`holds ${found.map((f) => `${f.role} on ${f.node}`).join(', ')}`, ['adminGrants', found]);
    return pass(`no Owner, Editor or admin role on the project${above === undefined ? ' (the folders and organization above it were not read)' : ' or above it'}`, ['project.iamBindings', own.length]);
  },
});
