import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-iam-no-user-managed-service-account-keys',
    title: 'Service account has no active user-managed keys',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'iam',
    resourceTypes: ['gcp.iam.service-account'],
    requirements: ['access-control-least-privilege', 'authentication'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.312(d)'],
    rationale: 'A downloaded service account key is a long-lived bearer credential: it works from anywhere, never expires by default, is copied into repositories and CI systems, and cannot carry multi-factor authentication. Workload identity (attached service accounts, Workload Identity Federation) issues short-lived tokens instead. Google-managed keys are not counted; disabled and expired keys cannot authenticate and are not counted either. Matches CIS GCP Foundations 1.4 and Prowler\'s iam_sa_no_user_managed_keys.',
    remediation: {
      summary: 'Delete the user-managed keys and move the workload to an attached service account or Workload Identity Federation; enforce constraints/iam.disableServiceAccountKeyCreation.',
      console: 'IAM & Admin > Service Accounts > account > Keys > delete each key.',
      cli: 'gcloud iam service-accounts keys list --iam-account=SA_EMAIL --managed-by=user\ngcloud iam service-accounts keys delete KEY_ID --iam-account=SA_EMAIL',
      terraform: '# Remove google_service_account_key resources; use workload identity instead.\nresource "google_org_policy_policy" "no_keys" {\n  name   = "projects/${var.project}/policies/iam.disableServiceAccountKeyCreation"\n  parent = "projects/${var.project}"\n  spec { rules { enforce = "TRUE" } }\n}',
    },
    references: ['https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys', 'https://cloud.google.com/iam/docs/workload-identity-federation'],
  },
  evaluate(sa, ctx) {
    const keys = sa.config.keys;
    const path = 'config.keys';
    if (keys === undefined) return notAssessed('the service account\'s keys could not be read', [path, keys]);
    const live = keys.filter((k) => !k.disabled && (k.validBeforeTime === undefined || Date.parse(k.validBeforeTime) > ctx.now.getTime() || Number.isNaN(Date.parse(k.validBeforeTime))));
    const userManaged = live.filter((k) => k.keyType === 'USER_MANAGED');
    if (userManaged.length > 0) return fail(`${userManaged.length} active user-managed key(s): ${userManaged.map((k) => k.name.slice(k.name.lastIndexOf('/') + 1)).join(', ')}`, [path, userManaged]);
    const untyped = live.filter((k) => k.keyType === undefined);
    if (untyped.length > 0) return notAssessed(`${untyped.length} active key(s) whose type (user- or Google-managed) was not reported`, [path, untyped]);
    return pass(`no active user-managed keys (${keys.length} key(s) in all)`, [path, keys.length]);
  },
});
