import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

const ROLES = ['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator'];

export default defineCheck({
  meta: {
    id: 'gcp-iam-no-service-account-user-at-project',
    title: 'Service Account User and Token Creator are not granted project-wide',
    severity: 'high',
    provider: 'gcp',
    service: 'iam',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'Service Account User (actAs) and Token Creator granted on the project let the holder act as every service account in it, present and future, and so gain each one\'s access to ePHI: privilege escalation by design. Grant them on the single service account that is needed instead. Matches CIS GCP Foundations 1.6 and Prowler\'s iam_no_service_roles_at_project_level.',
    remediation: {
      summary: 'Remove project-level grants of roles/iam.serviceAccountUser and roles/iam.serviceAccountTokenCreator; grant them on individual service accounts.',
      console: 'IAM & Admin > IAM > filter the role > remove it; then IAM & Admin > Service Accounts > account > Permissions > Grant access.',
      cli: 'gcloud projects remove-iam-policy-binding PROJECT --member=MEMBER --role=roles/iam.serviceAccountUser\ngcloud iam service-accounts add-iam-policy-binding SA_EMAIL --member=MEMBER --role=roles/iam.serviceAccountUser',
      terraform: 'resource "google_service_account_iam_member" "x" {\n  service_account_id = google_service_account.app.name\n  role               = "roles/iam.serviceAccountUser"\n  member             = "group:deployers@example.org"\n}',
    },
    references: ['https://cloud.google.com/iam/docs/service-account-permissions', 'https://cloud.google.com/iam/docs/best-practices-service-accounts'],
  },
  evaluate(project) {
    const own = project.config.iamBindings;
    const path = 'config.iamBindings';
    if (own === undefined) return notAssessed(projectUnknown(project, 'the project IAM policy could not be read', 'the project IAM policy'), [path, own]);
    const found = own.filter((b) => ROLES.includes(b.role) && b.members.length > 0);
    if (found.length > 0) return fail(found.map((b) => `${b.role} granted to ${b.members.join(', ')}${b.condition ? ' (conditional)' : ''}`).join('; '), [path, found]);
    return pass('neither role is granted on the project', [path, own.length]);
  },
});
