import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { projectUnknown } from '../_shared.js';

const on = (v: string | undefined) => v !== undefined && ['true', '1', 'yes'].includes(v.toLowerCase());
const ADMIN_CONSOLE = '2-Step Verification for console and API sign-in is enforced in the Google Admin console (Workspace / Cloud Identity), which Cloud Asset Inventory does not expose: confirm it there';

export default defineCheck({
  meta: {
    id: 'gcp-compute-os-login-2sv',
    title: 'SSH to Compute Engine VMs requires OS Login with 2-Step Verification',
    severity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['mfa', 'unique-identification'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)', '45 CFR 164.312(a)(2)(i)'],
    rationale: 'The NPRM requires multi-factor authentication for access to systems holding ePHI. For VMs the visible evidence is OS Login with 2-Step Verification (project metadata enable-oslogin=TRUE and enable-oslogin-2fa=TRUE, or OS Login required by the compute.requireOsLogin organization policy); without it SSH keys alone grant access. A VM\'s own metadata overrides the project\'s, so one VM with enable-oslogin=FALSE (unless the constraint requires OS Login) or enable-oslogin-2fa=FALSE fails the project. This covers SSH to VMs only: sign-in 2SV itself is an Admin console setting outside this scan.',
    remediation: {
      summary: 'Set project metadata enable-oslogin=TRUE and enable-oslogin-2fa=TRUE (and enforce constraints/compute.requireOsLogin); enforce 2-Step Verification in the Admin console.',
      console: 'Compute Engine > Settings > Metadata > add enable-oslogin = TRUE and enable-oslogin-2fa = TRUE; Admin console > Security > 2-Step Verification > Enforcement: On.',
      cli: 'gcloud compute project-info add-metadata --metadata=enable-oslogin=TRUE,enable-oslogin-2fa=TRUE',
      terraform: 'resource "google_compute_project_metadata" "x" {\n  metadata = { enable-oslogin = "TRUE", enable-oslogin-2fa = "TRUE" }\n}',
    },
    references: ['https://cloud.google.com/compute/docs/oslogin/set-up-oslogin#byb', 'https://cloud.google.com/compute/docs/oslogin/manage-oslogin-in-an-org'],
  },
  evaluate(project) {
    const meta = project.config.computeMetadata;
    const path = 'config.computeMetadata';
    if (meta === undefined) return notAssessed(`${projectUnknown(project, 'Compute Engine project metadata could not be read', 'Compute Engine project metadata')}; ${ADMIN_CONSOLE}`, [path, meta]);
    if (meta === null) return notAssessed(`Compute Engine is not in use, so there is no SSH evidence; ${ADMIN_CONSOLE}`, [path, meta]);
    const required = project.config.orgPolicyConstraints?.find((c) => c.constraint === 'constraints/compute.requireOsLogin')?.enforced === true;
    const osLogin = on(meta['enable-oslogin']) || required;
    const twoFactor = on(meta['enable-oslogin-2fa']);
    if (!osLogin) return fail('OS Login is off: SSH keys in metadata grant access without a second factor', [`${path}.enable-oslogin`, meta['enable-oslogin'] ?? null]);
    if (!twoFactor) return fail('OS Login is on without 2-Step Verification (enable-oslogin-2fa)', [`${path}.enable-oslogin-2fa`, meta['enable-oslogin-2fa'] ?? null]);
    // Instance metadata overrides project metadata (the requireOsLogin constraint overrides enable-oslogin, not the 2FA key).
    const overrides = project.config.vmOsLoginOverrides;
    const vmPath = 'config.vmOsLoginOverrides';
    if (overrides === undefined) return notAssessed('project metadata turns on OS Login with 2-Step Verification, but VM metadata, which overrides it per instance, could not be read', [`${path}.enable-oslogin-2fa`, meta['enable-oslogin-2fa']], [vmPath, overrides]);
    const optedOut = overrides.filter((o) => (!required && o.enableOsLogin !== null && !on(o.enableOsLogin)) || (o.enableOsLogin2fa !== null && !on(o.enableOsLogin2fa)));
    if (optedOut.length > 0) return fail(`${optedOut.length} VM(s) turn OS Login or its 2-Step Verification off in their own metadata, which overrides the project's: ${optedOut.map((o) => o.instance.slice(o.instance.lastIndexOf('/') + 1)).join(', ')}`, [vmPath, optedOut]);
    return pass('OS Login with 2-Step Verification is on for the project and no VM overrides it', [`${path}.enable-oslogin-2fa`, meta['enable-oslogin-2fa']], [vmPath, overrides.length]);
  },
});
