import { defineCheck, ephiOnly, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-dynamodb-table-customer-managed-key',
    title: 'DynamoDB table holding ePHI is encrypted with a customer-managed KMS key',
    severity: 'medium',
    provider: 'aws',
    service: 'dynamodb',
    resourceTypes: ['aws.dynamodb.table'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): DynamoDB always encrypts at rest, by default with an AWS-owned key that the account cannot audit or revoke. For ePHI a customer-managed key gives a key policy, CloudTrail records of every use and the ability to cut off access. Applies only to tables tagged as holding ePHI.',
    remediation: {
      summary: 'Switch the table encryption to a customer-managed KMS key (an online change).',
      console: 'DynamoDB > Tables > table > Additional settings > Encryption > Manage encryption > Stored in your account, and owned and managed by you.',
      cli: 'aws dynamodb update-table --table-name TABLE --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN',
      terraform: 'resource "aws_dynamodb_table" "x" { server_side_encryption { enabled = true\n  kms_key_arn = aws_kms_key.phi.arn } }',
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
  },
  evaluate(table, ctx) {
    const scope = ephiOnly(table, ctx, 'table is not tagged as holding ePHI (DynamoDB encrypts every table at rest)');
    if (scope) return scope;
    const path = 'config.sseType';
    const v = table.config.sseType;
    if (v === undefined) return notAssessed('table encryption settings could not be read', [path, v]);
    if (v === 'CUSTOMER_MANAGED') return pass('table is encrypted with a customer-managed key', [path, v], ['config.kmsKeyArn', table.config.kmsKeyArn]);
    return fail(`ePHI table is encrypted with an ${v === 'AWS_OWNED' ? 'AWS-owned' : 'AWS-managed'} key, not a customer-managed one`, [path, v]);
  },
});
