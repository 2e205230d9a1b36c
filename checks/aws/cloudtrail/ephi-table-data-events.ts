import { defineCheck, ephiOnly } from '../../../src/engine/check-api.js';
import { DATA_EVENT_LOOKUPS, evaluateDataEvents } from './_data-events.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudtrail-ephi-table-data-events',
    title: 'ePHI DynamoDB table has its item reads and writes recorded by a CloudTrail trail',
    severity: 'high',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.dynamodb.table'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Management events show who changed a table, not who read or wrote the ePHI in it. DynamoDB data events (GetItem, Query, PutItem, DeleteItem...) are the item-level audit trail the current rule asks for (audit controls, 164.312(b)) and the NPRM would make real-time (proposed 164.312(d)). A logging trail must select the table for both reads and writes: an advanced selector on eventCategory Data and resources.type AWS::DynamoDB::Table (all tables, or resources.ARN naming the table) that does not narrow by event name or user, or a basic selector with AWS::DynamoDB::Table data resources. Organization trails the account lists count.',
    remediation: {
      summary: 'Add the table (or all tables) to a logging trail\'s advanced event selectors for read and write data events.',
      console: 'CloudTrail > Trails > trail > Data events > Edit > Data event type: DynamoDB > Log selector template: Log all events (or Custom with resources.ARN equals the table ARN).',
      cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL --advanced-event-selectors \'[{"Name":"ePHI DynamoDB","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::DynamoDB::Table"]},{"Field":"resources.ARN","Equals":["TABLE_ARN"]}]}]\'',
      terraform: 'resource "aws_cloudtrail" "x" {\n  advanced_event_selector {\n    name = "ePHI DynamoDB"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::DynamoDB::Table"]\n    }\n    field_selector {\n      field  = "resources.ARN"\n      equals = [aws_dynamodb_table.phi.arn]\n    }\n  }\n}',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/logging-using-cloudtrail.html'],
  },
  lookups: DATA_EVENT_LOOKUPS,
  evaluate(table, ctx) {
    const scope = ephiOnly(table, ctx);
    if (scope) return scope;
    return evaluateDataEvents(table, { kind: 'dynamodb', arn: table.id.startsWith('arn:aws:dynamodb:') ? table.id : undefined, region: table.region }, ctx.inventory);
  },
});
