import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-backup-other-region',
    title: 'Cloud SQL backups are stored in a chosen location other than the instance region',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['system-restore-72h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Backups must survive the loss of what they protect. Without a custom location Cloud SQL stores backups in the multi-region nearest the instance, which you do not choose and which contains the instance region; a custom location in another region (or a chosen multi-region) makes the separation deliberate and documented.',
    remediation: {
      summary: 'Set a custom backup location in a different region (or a multi-region) that your data-residency policy allows.',
      console: 'SQL > instance > Edit > Data protection > Advanced options > Location: Multi-region or Region (choose another region).',
      cli: 'gcloud sql instances patch INSTANCE --backup-location=us-east1',
      terraform: 'resource "google_sql_database_instance" "x" {\n  settings { backup_configuration { enabled = true\n    location = "us-east1" } }\n}',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/backup-recovery/backups#custom-location', 'https://cloud.google.com/sql/docs/mysql/locations'],
  },
  evaluate(db) {
    const { backupEnabled, backupLocation, region } = db.config;
    if (backupEnabled === false) return notApplicable('automated backups are off (see gcp-sql-instance-automated-backups)');
    if (backupLocation === undefined || region === undefined || backupEnabled === undefined) return notAssessed('the backup location or instance region could not be read', ['config.backupLocation', backupLocation], ['config.region', region]);
    if (backupLocation === null) return fail('no custom backup location: backups go to the default multi-region nearest the instance', ['config.backupLocation', backupLocation]);
    if (backupLocation === region) return fail(`backups are stored in the instance region ${region}`, ['config.backupLocation', backupLocation], ['config.region', region]);
    return pass(`backups are stored in ${backupLocation}, the instance is in ${region}`, ['config.backupLocation', backupLocation], ['config.region', region]);
  },
});
