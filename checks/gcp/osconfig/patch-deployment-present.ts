import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import type { PatchInstanceFilter } from '../../../src/model/types/gcp/index.js';
import { inProject, unreadTypes } from '../_shared.js';

/** Longest time between runs of a recurring deployment, in days (a month counts as its longest). */
const INTERVAL_DAYS: Readonly<Record<string, number>> = { DAILY: 1, WEEKLY: 7, MONTHLY: 31 };

/** Does the filter target the VM? Every given criterion must hold; undefined when the VM's labels are unknown. */
export function targets(f: PatchInstanceFilter, vm: Resource<'gcp.compute.instance'>): boolean | undefined {
  if (f.all) return true;
  if (f.groupLabels.length === 0 && f.zones.length === 0 && f.instances.length === 0 && f.instanceNamePrefixes.length === 0) return false;
  const zone = /\/zones\/([^/]+)\/instances\//.exec(vm.id)?.[1];
  if (f.zones.length > 0 && (!zone || !f.zones.includes(zone))) return false;
  if (f.instances.length > 0 && !f.instances.some((i) => i === vm.id || vm.id.endsWith(`/${i.replace(/^https:\/\/[^/]+\/compute\/v1\//, '').replace(/^projects\/[^/]+\//, '')}`))) return false;
  if (f.instanceNamePrefixes.length > 0 && !f.instanceNamePrefixes.some((p) => vm.name.startsWith(p))) return false;
  if (f.groupLabels.length > 0) {
    if (vm.tags === undefined) return undefined;
    const tags = vm.tags;
    if (!f.groupLabels.some((g) => Object.entries(g).every(([k, v]) => tags[k] === v))) return false;
  }
  return true;
}

export default defineCheck({
  meta: {
    id: 'gcp-osconfig-patch-deployment-present',
    title: 'Every running VM of the project is targeted by a recurring OS patch deployment',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'osconfig',
    resourceTypes: ['gcp.resourcemanager.project'],
    requirements: ['patch-management', 'patch-install-controls'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM would require patches applied within 15 calendar days for critical risks and 30 for high ones (proposed 164.308(a)(4)) and technical controls that install them in a timely manner (proposed 164.312(h)(2)(iv)). A VM Manager patch deployment that is active, recurring at least every maxIntervalDays and whose instance filter targets the VM is that control. The default, 15, is the critical-risk window: a weekly or daily schedule passes, a monthly one fails, because a patch released the day after a monthly run waits up to 31 days (set 31 to accept monthly schedules where critical patches are installed by other means). Running VMs not targeted by any such deployment fail by name. Whether the agent actually patched them is in OS Config patch job results, which Cloud Asset Inventory does not export (gcp-compute-instance-vm-manager checks the agent).',
    remediation: {
      summary: 'Create a recurring (weekly or daily) patch deployment whose instance filter covers every VM of the project.',
      console: 'Compute Engine > VM Manager > Patch > Schedule patch: target all VMs (or by labels/zones), recurring schedule.',
      cli: 'gcloud compute os-config patch-deployments create weekly --file=patch.yaml  # instanceFilter: {all: true}; recurringSchedule: {frequency: WEEKLY, ...}',
      terraform: 'resource "google_os_config_patch_deployment" "weekly" {\n  patch_deployment_id = "weekly"\n  instance_filter { all = true }\n  recurring_schedule {\n    time_zone { id = "UTC" }\n    time_of_day { hours = 3 }\n    weekly { day_of_week = "SUNDAY" }\n  }\n}',
    },
    references: ['https://cloud.google.com/compute/vm-manager/docs/patch/schedule-patch-jobs', 'https://cloud.google.com/compute/docs/osconfig/rest/v1/projects.patchDeployments'],
    defaultOptions: { maxIntervalDays: 15 },
  },
  lookups: { types: ['gcp.compute.instance', 'gcp.osconfig.patch-deployment'] },
  evaluate(project, ctx) {
    const maxDays = Number(ctx.options.maxIntervalDays);
    const vms = inProject(project, ctx.inventory, 'gcp.compute.instance').filter((v) => v.config.status !== 'TERMINATED');
    const all = inProject(project, ctx.inventory, 'gcp.osconfig.patch-deployment');
    const expired = (d: Resource<'gcp.osconfig.patch-deployment'>) => typeof d.config.endTime === 'string' && Date.parse(d.config.endTime) <= ctx.now.getTime();
    const qualifying = all.filter((d) => d.config.state === 'ACTIVE' && !expired(d) && (INTERVAL_DAYS[d.config.recurringFrequency ?? ''] ?? Infinity) <= maxDays);
    const unknownDeployments = all.filter((d) => d.config.state === undefined || d.config.recurringFrequency === undefined || d.config.instanceFilter === undefined).map((d) => d.id);
    const gaps = unreadTypes(project, ctx, ['gcp.compute.instance', 'gcp.osconfig.patch-deployment']);
    const coverage = vms.map((vm) => {
      const hits = qualifying.map((d) => (d.config.instanceFilter ? targets(d.config.instanceFilter, vm) : undefined));
      return { vm: vm.id, covered: hits.includes(true) ? true : hits.includes(undefined) ? undefined : false };
    });
    const uncovered = coverage.filter((c) => c.covered === false).map((c) => c.vm);
    const ev = ['patchCoverage', { deployments: all.map((d) => ({ id: d.id, state: d.config.state, frequency: d.config.recurringFrequency })), qualifying: qualifying.map((d) => d.id), uncovered }] as const;
    if (gaps.length > 0) return notAssessed(`VMs or patch deployments could not be read: ${gaps.join('; ')}`, ev);
    if (vms.length === 0) return project.source.kind === 'iac' ? notAssessed('the configuration declares no VM of the project; scan the project live', ev) : notApplicable('the project has no running VMs');
    if (uncovered.length > 0 && project.source.kind === 'iac') return notAssessed(`${uncovered.length} VM(s) are not targeted by a patch deployment the configuration declares; the project may have others (scan it live)`, ev);
    if (uncovered.length > 0 && unknownDeployments.length === 0) return fail(`${uncovered.length} of ${vms.length} running VM(s) are not targeted by an active patch deployment recurring at least every ${maxDays} days`, ev);
    if (coverage.some((c) => c.covered !== true)) return notAssessed(`whether ${coverage.filter((c) => c.covered !== true).length} VM(s) are targeted could not be decided (VM labels or a deployment's schedule or filter unknown)`, ev, ['unknownDeployments', unknownDeployments]);
    return pass(`all ${vms.length} running VM(s) are targeted by an active patch deployment recurring at least every ${maxDays} days`, ev);
  },
});
