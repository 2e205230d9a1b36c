import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-storage-bucket-backup-protection',
    title: 'Cloud Storage backup bucket keeps object versions and a retention policy',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'storage',
    resourceTypes: ['gcp.storage.bucket'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: 'A backup that an attacker or a mistaken job can overwrite or delete is no backup. Object versioning keeps overwritten and deleted generations, and a retention policy (locked, for the strongest guarantee) stops deletion before the retention period ends.',
    remediation: {
      summary: 'Enable object versioning and set a retention policy (lock it once the period is settled) on buckets that hold backups.',
      console: 'Cloud Storage > Buckets > bucket > Protection > Object versioning: On; Bucket retention policy: Set.',
      cli: 'gcloud storage buckets update gs://BUCKET --versioning --retention-period=30d',
      terraform: 'resource "google_storage_bucket" "backups" {\n  versioning { enabled = true }\n  retention_policy { retention_period = 2592000\n    is_locked = true }\n}',
    },
    references: ['https://cloud.google.com/storage/docs/object-versioning', 'https://cloud.google.com/storage/docs/bucket-lock'],
    defaultOptions: { backupLabels: ['purpose=backup', 'backup=true'], nameContains: 'backup' },
  },
  evaluate(bucket, ctx) {
    const labels = (ctx.options.backupLabels as readonly string[] | undefined) ?? [];
    const nameContains = ctx.options.nameContains as string | undefined;
    const tags = bucket.tags ?? {};
    const isBackup = labels.some((l) => { const [k, v] = l.split('='); return k !== undefined && tags[k] === v; }) || (nameContains ? bucket.name.toLowerCase().includes(nameContains.toLowerCase()) : false);
    if (!isBackup) return notApplicable('not a backup bucket (by label or name)');
    const { versioningEnabled, retentionPolicy } = bucket.config;
    if (versioningEnabled === undefined || retentionPolicy === undefined) return notAssessed('versioning or retention policy could not be read', ['config.versioningEnabled', versioningEnabled], ['config.retentionPolicy', retentionPolicy]);
    if (versioningEnabled && retentionPolicy) return pass(`versioning on; retention ${retentionPolicy.retentionPeriodSeconds}s${retentionPolicy.isLocked ? ' (locked)' : ''}`, ['config.versioningEnabled', versioningEnabled], ['config.retentionPolicy', retentionPolicy]);
    const missing = [...(versioningEnabled ? [] : ['object versioning']), ...(retentionPolicy ? [] : ['a retention policy'])];
    return fail(`backup bucket lacks ${missing.join(' and ')}`, ['config.versioningEnabled', versioningEnabled], ['config.retentionPolicy', retentionPolicy]);
  },
});
