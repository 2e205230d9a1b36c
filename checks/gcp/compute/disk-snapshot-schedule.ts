import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-disk-snapshot-schedule',
    title: 'Compute Engine disk holding ePHI has a snapshot schedule',
    severity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.disk'],
    requirements: ['backup-procedures'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'The NPRM proposes backups of ePHI and of the systems that hold it (164.308(a)(13)(ii)(B)-(C), 164.312(i)-(j)), and the current rule retrievable exact copies (164.308(a)(7)(ii)(A)). A snapshot schedule attached to the disk takes those copies automatically and keeps them for a set number of days, in a storage location you choose.',
    remediation: {
      summary: 'Create a snapshot schedule resource policy and attach it to the disk.',
      console: 'Compute Engine > Snapshots > Snapshot schedules > Create; then Disks > disk > Edit > Snapshot schedule.',
      cli: 'gcloud compute resource-policies create snapshot-schedule daily --region=REGION --max-retention-days=35 --daily-schedule --start-time=04:00 --storage-location=us && gcloud compute disks add-resource-policies DISK --resource-policies=daily --zone=ZONE',
      terraform: 'resource "google_compute_resource_policy" "daily" {\n  snapshot_schedule_policy { schedule { daily_schedule { days_in_cycle = 1\n start_time = "04:00" } }\n retention_policy { max_retention_days = 35 } }\n}\nresource "google_compute_disk_resource_policy_attachment" "x" { name = google_compute_resource_policy.daily.name\n disk = google_compute_disk.phi.name }',
    },
    references: ['https://cloud.google.com/compute/docs/disks/scheduled-snapshots'],
  },
  lookups: { types: ['gcp.compute.resource-policy'] },
  evaluate(disk, ctx) {
    const na = ephiOnly(disk, ctx);
    if (na) return na;
    const policies = disk.config.resourcePolicies;
    const path = 'config.resourcePolicies';
    if (policies === undefined) return notAssessed('attached resource policies could not be read', [path, policies]);
    if (policies.length === 0) return fail('no snapshot schedule is attached', [path, policies]);
    const resolved = policies.map((id) => ctx.inventory.byId(id));
    const schedule = resolved.find((r) => r?.type === 'gcp.compute.resource-policy' && (r.config as { snapshotSchedule?: unknown }).snapshotSchedule);
    if (schedule) return pass(`snapshot schedule ${schedule.name} is attached`, [path, policies]);
    if (resolved.some((r) => r === undefined)) return notAssessed('an attached resource policy was not collected, so whether it is a snapshot schedule is unknown', [path, policies]);
    return fail('the attached resource policies are not snapshot schedules', [path, policies]);
  },
});
