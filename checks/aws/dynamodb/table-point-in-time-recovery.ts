import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-dynamodb-table-point-in-time-recovery',
    title: 'DynamoDB table has point-in-time recovery',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'dynamodb',
    resourceTypes: ['aws.dynamodb.table'],
    requirements: ['backup-procedures', 'data-backup-48h'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Point-in-time recovery restores the table to any second of the retention window (up to 35 days), the fastest way back from accidental writes or deletes.',
    remediation: {
      summary: 'Enable point-in-time recovery on the table.',
      console: 'DynamoDB > Tables > table > Backups > Point-in-time recovery > Edit > Turn on.',
      cli: 'aws dynamodb update-continuous-backups --table-name TABLE --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
      terraform: 'resource "aws_dynamodb_table" "x" { point_in_time_recovery { enabled = true } }',
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'],
  },
  evaluate(table) {
    const path = 'config.pointInTimeRecovery';
    const v = table.config.pointInTimeRecovery;
    if (v === undefined) return notAssessed('continuous backup status could not be read', [path, v]);
    return v ? pass('point-in-time recovery is on', [path, true]) : fail('point-in-time recovery is off', [path, false]);
  },
});
