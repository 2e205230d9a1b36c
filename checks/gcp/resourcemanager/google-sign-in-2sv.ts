import { defineCheck, notApplicable, notAssessed } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

/** Members that are people signing in: Google accounts, groups, domains and workforce identity federation. */
const PERSON = /^(user:|group:|domain:|principal(Set)?:\/\/iam\.googleapis\.com\/locations\/global\/workforcePools\/)/;

export default defineCheck({
  meta: {
    id: 'gcp-resourcemanager-google-sign-in-2sv',
    title: 'People with access to the project sign in with 2-Step Verification (confirmed outside Google Cloud)',
    severity: 'high',
    provider: 'gcp',
    service: 'resourcemanager',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['mfa'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'People reach a project\'s data through the Google Cloud console, gcloud and APIs with their Google account (or a workforce identity pool). Whether that sign-in requires 2-Step Verification is set in the Google Admin console (Workspace or Cloud Identity) or the workforce pool\'s identity provider, which Cloud Asset Inventory does not expose; OS Login with 2-Step Verification (gcp-compute-os-login-2sv) covers SSH to VMs only. So wherever people hold roles on the project or its folders and organization, the MFA requirement cannot pass on configuration evidence: this check is not assessed until 2SV enforcement is confirmed there (record it, for example with a suppression citing the evidence). It does not apply where only service accounts hold roles.',
    remediation: {
      summary: 'Enforce 2-Step Verification for every user (Admin console) or MFA in the workforce pool\'s IdP, keep the evidence, and record it.',
      console: 'Google Admin console > Security > Authentication > 2-step verification > Allow users to turn on 2SV; Enforcement: On (for the organizational units whose people use Google Cloud).',
      cli: 'gcloud projects get-iam-policy PROJECT --format="table(bindings.members)"  # 2SV enforcement itself is an Admin console (or Admin SDK) setting',
      terraform: '# 2-Step Verification enforcement is not a Google Cloud resource: configure it in the Admin console and record it.',
    },
    references: ['https://support.google.com/a/answer/9176657', 'https://cloud.google.com/iam/docs/workforce-identity-federation'],
  },
  evaluate(project) {
    const { iamBindings: own, ancestorIamPolicies: above } = project.config;
    const visible = [...(own ?? []), ...(above ?? []).flatMap((a) => a.bindings)];
    const people = [...new Set(visible.flatMap((b) => b.members.filter((m) => PERSON.test(m))))].sort();
    const ev = [['config.iamBindings.people', people], ['config.ancestorIamPolicies', above === undefined ? undefined : above.map((a) => a.node)]] as const;
    if (people.length > 0) return notAssessed(`${people.length} person or group principal(s) hold roles on the project or above it; Google sign-in 2-Step Verification is enforced in the Admin console (or the workforce pool's identity provider), which Cloud Asset Inventory does not expose: confirm it there`, ...ev);
    if (own === undefined) return notAssessed(projectUnknown(project, 'the project IAM policy could not be read, so who signs in to it is not known', 'the project IAM policy'), ...ev);
    if (above === undefined) return notAssessed('no person holds a role on the project itself, but the folders and organization above it were not read (scan with --organization)', ...ev);
    return notApplicable('only service accounts hold roles on the project and the folders and organization above it: no person signs in to it');
  },
});
