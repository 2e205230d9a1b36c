import check from '../../../../checks/aws/backup/ephi-resource-covered.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "selected by tag", resource: aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS }), inventory: [aws('aws.backup.plan', { selections: [{ resources: [], tagConditions: [{ key: 'phi', value: 'true' }] }] }, { id: 'plan-1' })] },
    { name: "selected by ARN wildcard", resource: aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS }), inventory: [aws('aws.backup.plan', { selections: [{ resources: ['arn:aws:rds:*:*:db:*'], tagConditions: [] }] }, { id: 'plan-1' })] },
  ],
  fail: [
    { name: "no plan in the account", resource: aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS }), evidencePath: "backupPlans" },
    { name: "plan selects other resources", resource: aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS }), inventory: [aws('aws.backup.plan', { selections: [{ resources: ['arn:aws:dynamodb:*:*:table/*'], tagConditions: [] }] }, { id: 'plan-1' })], evidencePath: "backupPlans" },
    { name: "plan in another account does not count", resource: aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS }), inventory: [aws('aws.backup.plan', { selections: [{ resources: ['*'], tagConditions: [] }] }, { id: 'plan-x', account: '999999999999' })], evidencePath: "backupPlans" },
  ],
  notAssessed: [
    { name: "plan selections unreadable", resource: aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS }), inventory: [aws('aws.backup.plan', { selections: undefined }, { id: 'plan-1' })], evidencePath: "backupPlans.selections" },
  ],
  notApplicable: [
    { name: "not ePHI", resource: aws('aws.rds.instance') },
    { name: "Aurora member", resource: aws('aws.rds.instance', { clusterId: 'cl-1' }, { tags: EPHI_TAGS }) },
  ],
});
