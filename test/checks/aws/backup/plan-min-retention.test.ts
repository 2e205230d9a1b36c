import check from '../../../../checks/aws/backup/plan-min-retention.js';
import type { BackupPlanRule } from '../../../../src/model/types/aws/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

const rule = (name: string, deleteAfterDays: number | null): BackupPlanRule => ({ name, targetVaultName: 'v', scheduleExpression: 'cron(0 5 ? * * *)', continuous: false, deleteAfterDays, copyTo: [] });
const TAGGED = [{ resources: [], notResources: [], listOfTags: [{ key: 'phi', value: 'true' }], conditions: { stringEquals: [], stringLike: [], stringNotEquals: [], stringNotLike: [] } }];
const plan = (...rules: BackupPlanRule[]) => aws('aws.backup.plan', { rules, selections: TAGGED });
const table = aws('aws.dynamodb.table', {}, { id: 'arn:aws:dynamodb:us-east-1:111122223333:table/phi', tags: EPHI_TAGS });

checkCases(check, {
  pass: [
    { name: '35 days', resource: plan(rule('daily', 35)), inventory: [table] },
    { name: 'never expires', resource: plan(rule('daily', null)), inventory: [table] },
    { name: 'a lower configured minimum', resource: plan(rule('daily', 14)), inventory: [table], options: { minRetentionDays: 14 } },
  ],
  fail: [
    { name: 'one rule keeps 7 days', resource: plan(rule('daily', 7), rule('monthly', 365)), inventory: [table], evidencePath: 'config.rules.deleteAfterDays' },
    { name: 'no rules', resource: plan(), inventory: [table], evidencePath: 'config.rules.deleteAfterDays' },
  ],
  notAssessed: [
    { name: 'rules unreadable', resource: aws('aws.backup.plan', { rules: undefined, selections: TAGGED }), inventory: [table], evidencePath: 'config.rules' },
    { name: 'a short rule, but whether the selected table holds ePHI is unknown', resource: plan(rule('daily', 7)), inventory: [aws('aws.dynamodb.table', {}, { id: 'arn:aws:dynamodb:us-east-1:111122223333:table/x', tags: undefined })], evidencePath: 'maybeSelected' },
  ],
  notApplicable: [{ name: 'selects nothing tagged ePHI', resource: plan(rule('daily', 7)), inventory: [aws('aws.dynamodb.table', {}, { id: 'arn:aws:dynamodb:us-east-1:111122223333:table/x', tags: { phi: 'false' } })] }],
});
