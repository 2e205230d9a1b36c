import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-dynamodb-table-deletion-protection',
    title: 'DynamoDB table has deletion protection',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'dynamodb',
    resourceTypes: ['aws.dynamodb.table'],
    requirements: ['integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)'],
    rationale: 'Deleting a table also ends its point-in-time recovery window. Deletion protection makes deletion a two-step change that a single mistaken or malicious call cannot do.',
    remediation: {
      summary: 'Enable deletion protection on the table.',
      console: 'DynamoDB > Tables > table > Additional settings > Deletion protection > Turn on.',
      cli: 'aws dynamodb update-table --table-name TABLE --deletion-protection-enabled',
      terraform: 'resource "aws_dynamodb_table" "x" { deletion_protection_enabled = true }',
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection'],
  },
  evaluate(table) {
    const path = 'config.deletionProtection';
    const v = table.config.deletionProtection;
    if (v === undefined) return notAssessed('deletion protection could not be read', [path, v]);
    return v ? pass('deletion protection is on', [path, true]) : fail('deletion protection is off', [path, false]);
  },
});
