import check from '../../../../checks/aws/elasticache/replication-group-automatic-backups.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.elasticache.replication-group';
checkCases(check, {
  pass: [{ name: 'seven days', resource: aws(T) }],
  fail: [{ name: 'retention 0', resource: aws(T, { snapshotRetentionDays: 0 }), evidencePath: 'config.snapshotRetentionDays' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { snapshotRetentionDays: undefined }), evidencePath: 'config.snapshotRetentionDays' }],
});
