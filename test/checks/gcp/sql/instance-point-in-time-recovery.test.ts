import check from '../../../../checks/gcp/sql/instance-point-in-time-recovery.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'PostgreSQL PITR', resource: sqlInstance({ databaseVersion: 'POSTGRES_16', pointInTimeRecoveryEnabled: true }) },
    { name: 'MySQL binary logging', resource: sqlInstance({ databaseVersion: 'MYSQL_8_0', binaryLogEnabled: true, pointInTimeRecoveryEnabled: false }) },
  ],
  fail: [
    { name: 'PostgreSQL without PITR', resource: sqlInstance({ pointInTimeRecoveryEnabled: false }), evidencePath: 'config.pointInTimeRecoveryEnabled' },
    { name: 'MySQL without binary logs', resource: sqlInstance({ databaseVersion: 'MYSQL_8_0', binaryLogEnabled: false, pointInTimeRecoveryEnabled: true }), evidencePath: 'config.binaryLogEnabled' },
  ],
  notAssessed: [
    { name: 'engine unknown', resource: sqlInstance({ databaseVersion: undefined }), evidencePath: 'config.databaseVersion' },
    { name: 'setting unreadable', resource: sqlInstance({ pointInTimeRecoveryEnabled: undefined }), evidencePath: 'config.pointInTimeRecoveryEnabled' },
  ],
});
