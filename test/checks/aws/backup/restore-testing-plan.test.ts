import check from '../../../../checks/aws/backup/restore-testing-plan.js';
import type { BackupRestoreTestingPlan } from '../../../../src/model/types/aws/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

const rtp = (name: string, scheduleExpression: string | undefined, protectedResourceTypes: string[] | undefined): BackupRestoreTestingPlan => ({ arn: `arn:aws:backup:us-east-1:111122223333:restore-testing-plan:${name}`, name, scheduleExpression, protectedResourceTypes });
const region = (...plans: BackupRestoreTestingPlan[]) => aws('aws.backup.region', { restoreTestingPlans: plans });
const db = aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS });
const bucket = aws('aws.s3.bucket', {}, { id: 'arn:aws:s3:::phi', tags: EPHI_TAGS });

checkCases(check, {
  pass: [
    { name: 'monthly plan restores RDS and S3', resource: region(rtp('monthly', 'cron(0 3 1 * ? *)', ['RDS', 'S3'])), inventory: [db, bucket] },
    { name: 'weekly plan for RDS, monthly for S3', resource: region(rtp('weekly', 'cron(0 3 ? * MON *)', ['RDS']), rtp('m', 'cron(0 3 L * ? *)', ['S3'])), inventory: [db, bucket] },
  ],
  fail: [
    { name: 'no restore testing plan', resource: region(), inventory: [db], evidencePath: 'config.restoreTestingPlans' },
    { name: 'S3 not restored', resource: region(rtp('monthly', 'cron(0 3 1 * ? *)', ['RDS'])), inventory: [db, bucket], evidencePath: 'config.restoreTestingPlans' },
    { name: 'quarterly only', resource: region(rtp('quarterly', 'cron(0 3 1 1,4,7,10 ? *)', ['RDS'])), inventory: [db], evidencePath: 'config.restoreTestingPlans' },
  ],
  notAssessed: [
    { name: 'plans unreadable', resource: aws('aws.backup.region', { restoreTestingPlans: undefined }), inventory: [db], evidencePath: 'config.restoreTestingPlans' },
    { name: 'an S3 bucket with unreadable tags is not restore-tested', resource: region(rtp('monthly', 'cron(0 3 1 * ? *)', ['RDS'])), inventory: [db, aws('aws.s3.bucket', {}, { id: 'arn:aws:s3:::unknown', tags: undefined })], evidencePath: 'config.restoreTestingPlans' },
    { name: 'a monthly plan whose selections were not read', resource: region(rtp('monthly', 'cron(0 3 1 * ? *)', undefined)), inventory: [db], evidencePath: 'config.restoreTestingPlans' },
    {
      name: 'no ePHI resource collected but S3 unread', resource: region(), evidencePath: 'gaps',
      gaps: [{ provider: 'aws', service: 's3', operation: 'ListBuckets', account: '111122223333', region: 'global', resourceTypes: ['aws.s3.bucket'], reason: 'access-denied', message: 'denied' }],
    },
  ],
  notApplicable: [{ name: 'no ePHI in the region', resource: region(), inventory: [aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:x', tags: {} })] }],
});
