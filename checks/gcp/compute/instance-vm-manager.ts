import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

const truthy = (v: string | undefined) => v !== undefined && ['true', '1', 'yes'].includes(v.toLowerCase());

export default defineCheck({
  meta: {
    id: 'gcp-compute-instance-vm-manager',
    title: 'Compute Engine VM is managed by VM Manager for OS patching',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.instance'],
    requirements: ['patch-install-controls', 'vulnerability-scanning'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM proposes patching windows (critical risks within 15 calendar days, high within 30; secondary sources checked against the Federal Register preamble) and technical controls that install patches in a timely manner (164.312(h)(2)(iv)). VM Manager (the OS Config agent, enabled by the enable-osconfig metadata key and the OS Config API) reports each VM\'s OS inventory and missing patches and runs patch deployments; without it there is no evidence patches are applied.',
    remediation: {
      summary: 'Enable the OS Config API and set metadata enable-osconfig=TRUE on the project (or VM), then create a patch deployment.',
      console: 'Compute Engine > VM Manager > Enable VM Manager; Compute Engine > Settings > Metadata: enable-osconfig = TRUE.',
      cli: 'gcloud services enable osconfig.googleapis.com && gcloud compute project-info add-metadata --metadata=enable-osconfig=TRUE',
      terraform: 'resource "google_project_service" "osconfig" { service = "osconfig.googleapis.com" }\nresource "google_compute_project_metadata_item" "osconfig" { key = "enable-osconfig"\n value = "TRUE" }\nresource "google_os_config_patch_deployment" "weekly" { ... }',
    },
    references: ['https://cloud.google.com/compute/vm-manager/docs/setup-vm-manager', 'https://cloud.google.com/compute/vm-manager/docs/patch'],
  },
  lookups: { types: ['gcp.resourcemanager.project'] },
  evaluate(vm, ctx) {
    if (vm.config.status === 'TERMINATED') return notApplicable('the VM is stopped');
    const metadata = vm.config.metadata;
    if (metadata === undefined) return notAssessed('VM metadata could not be read', ['config.metadata', metadata]);
    const project = ctx.inventory.ofType('gcp.resourcemanager.project').find((p) => p.account === vm.account);
    const projectMeta = project?.config.computeMetadata;
    const own = metadata['enable-osconfig'];
    const value = own ?? projectMeta?.['enable-osconfig'];
    if (own === undefined && !projectMeta) return notAssessed('enable-osconfig is not set on the VM and the project metadata was not read', ['config.metadata.enable-osconfig', own], ['project.computeMetadata', projectMeta]);
    if (!truthy(value)) return fail(`enable-osconfig is ${value ?? 'not set'} on the VM and the project`, ['config.metadata.enable-osconfig', value ?? null]);
    const services = project?.config.enabledServices;
    if (services === undefined) return notAssessed('enable-osconfig is on, but whether the OS Config API is enabled could not be read', ['project.enabledServices', services]);
    if (!services.includes('osconfig.googleapis.com')) return fail('enable-osconfig is on but the OS Config API (osconfig.googleapis.com) is not enabled', ['project.enabledServices', services]);
    return pass('the OS Config agent is enabled and the OS Config API is on', ['config.metadata.enable-osconfig', value ?? null]);
  },
});
