import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { locationIncludes } from '../../../src/model/gcp/locations.js';

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
    rationale: 'Backups must survive the loss of what they protect. Without a custom location Cloud SQL stores backups in the multi-region nearest the instance, which you do not choose and which contains the instance region; a custom location in another region makes the separation deliberate and documented. A multi-region (us, eu, asia) or dual-region that includes the instance region is not another region: a regional failure can take both.',
    remediation: {
      summary: 'Set a custom backup location in a different region (or a multi-region that does not include the instance region) that your data-residency policy allows.',
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
    const ev = [['config.backupLocation', backupLocation], ['config.region', region]] as const;
    const includes = locationIncludes(backupLocation, region);
    if (includes === undefined) return notAssessed(`whether backup location ${backupLocation} includes the instance region ${region} is not known to phiscan`, ...ev);
    if (includes) return fail(backupLocation === region ? `backups are stored in the instance region ${region}` : `backup location ${backupLocation} spans several regions including the instance region ${region}: a copy there can share the instance's regional failure`, ...ev);
    return pass(`backups are stored in ${backupLocation}, which does not include the instance region ${region}`, ...ev);
  },
});
