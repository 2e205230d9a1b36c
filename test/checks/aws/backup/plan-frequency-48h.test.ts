import check from '../../../../checks/aws/backup/plan-frequency-48h.js';
import type { BackupPlanRule } from '../../../../src/model/types/aws/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

const rule = (name: string, scheduleExpression: string | undefined, over: Partial<BackupPlanRule> = {}): BackupPlanRule => ({ name, targetVaultName: 'v', scheduleExpression, continuous: false, deleteAfterDays: 35, copyTo: [], ...over });
const ALL = [{ resources: ['*'], notResources: [], listOfTags: [], conditions: { stringEquals: [], stringLike: [], stringNotEquals: [], stringNotLike: [] } }];
const plan = (...rules: BackupPlanRule[]) => aws('aws.backup.plan', { rules, selections: ALL });
const db = aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS });
const volume = aws('aws.ec2.volume', {}, { id: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-phi', tags: EPHI_TAGS });

checkCases(check, {
  pass: [
    { name: 'daily rule', resource: plan(rule('daily', 'cron(0 5 ? * * *)')), inventory: [db] },
    { name: 'weekly archive beside a daily rule', resource: plan(rule('monthly', 'cron(0 5 1 * ? *)'), rule('daily', 'cron(0 5 ? * * *)')), inventory: [db] },
    { name: 'continuous backup for RDS', resource: plan(rule('pitr', 'cron(0 5 ? * SUN *)', { continuous: true })), inventory: [db] },
  ],
  fail: [
    { name: 'weekly only', resource: plan(rule('weekly', 'cron(0 5 ? * SUN *)')), inventory: [db], evidencePath: 'config.rules' },
    { name: 'weekdays only leave 72 hours over the weekend', resource: plan(rule('weekdays', 'cron(0 5 ? * MON-FRI *)')), inventory: [db], evidencePath: 'config.rules' },
    { name: 'continuous rule does not keep EBS copies current', resource: plan(rule('pitr', 'cron(0 5 ? * SUN *)', { continuous: true })), inventory: [db, volume], evidencePath: 'config.rules' },
    { name: 'no rules', resource: plan(), inventory: [db], evidencePath: 'config.rules' },
  ],
  notAssessed: [
    { name: 'rules unreadable', resource: aws('aws.backup.plan', { rules: undefined, selections: ALL }), inventory: [db], evidencePath: 'config.rules' },
    { name: 'schedule unknown until apply', resource: plan(rule('weekly', 'cron(0 5 ? * SUN *)'), rule('x', undefined)), inventory: [db], evidencePath: 'config.rules' },
    { name: 'selections unreadable', resource: aws('aws.backup.plan', { rules: [rule('weekly', 'cron(0 5 ? * SUN *)')], selections: undefined }), inventory: [db], evidencePath: 'config.selections' },
    {
      name: 'no collected ePHI resource, but RDS could not be read', resource: plan(rule('weekly', 'cron(0 5 ? * SUN *)')), evidencePath: 'gaps',
      gaps: [{ provider: 'aws', service: 'rds', operation: 'DescribeDBInstances', account: '111122223333', region: 'us-east-1', resourceTypes: ['aws.rds.instance'], reason: 'access-denied', message: 'denied' }],
    },
  ],
  notApplicable: [
    { name: 'selects no ePHI resource', resource: plan(rule('weekly', 'cron(0 5 ? * SUN *)')), inventory: [aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:scratch', tags: {} })] },
    { name: 'ePHI resource in another region', resource: plan(rule('weekly', 'cron(0 5 ? * SUN *)')), inventory: [aws('aws.rds.instance', {}, { id: 'arn:aws:rds:eu-west-1:111122223333:db:phi', region: 'eu-west-1', tags: EPHI_TAGS })] },
  ],
});
