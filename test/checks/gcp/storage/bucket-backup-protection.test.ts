import check from '../../../../checks/gcp/storage/bucket-backup-protection.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { bucket } from '../_fixtures.js';

const backup = { purpose: 'backup' };

checkCases(check, {
  pass: [
    { name: 'labelled backup bucket with versioning and locked retention', resource: bucket({ versioningEnabled: true, retentionPolicy: { retentionPeriodSeconds: 2592000, isLocked: true } }, { tags: backup }) },
    { name: 'backup by name', resource: bucket({ versioningEnabled: true, retentionPolicy: { retentionPeriodSeconds: 86400, isLocked: false } }, { name: 'ehr-backups', tags: {} }) },
  ],
  fail: [
    { name: 'no versioning', resource: bucket({ versioningEnabled: false, retentionPolicy: { retentionPeriodSeconds: 86400, isLocked: false } }, { tags: backup }), evidencePath: 'config.versioningEnabled' },
    { name: 'no retention policy', resource: bucket({ versioningEnabled: true, retentionPolicy: null }, { tags: backup }), evidencePath: 'config.retentionPolicy' },
  ],
  notAssessed: [{ name: 'retention unreadable', resource: bucket({ retentionPolicy: undefined }, { tags: backup }), evidencePath: 'config.retentionPolicy' }],
  notApplicable: [{ name: 'not a backup bucket', resource: bucket({ versioningEnabled: false, retentionPolicy: null }, { name: 'web-assets', tags: {} }) }],
});
