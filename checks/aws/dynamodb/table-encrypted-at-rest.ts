import { defineCheck, notAssessed, pass } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';

const KEYS = { AWS_OWNED: 'an AWS owned key (the default)', AWS_MANAGED: 'the AWS managed KMS key aws/dynamodb', CUSTOMER_MANAGED: 'a customer managed KMS key' } as const;

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'aws-dynamodb-table-encrypted-at-rest',
    title: 'DynamoDB table is encrypted at rest',
    provider: 'aws',
    service: 'dynamodb',
    resourceTypes: ['aws.dynamodb.table'],
    platform: 'DynamoDB encrypts every table at rest, with an AWS owned key unless an AWS managed or customer managed KMS key is chosen; it cannot be turned off.',
    view: {
      console: 'DynamoDB > Tables > table > Additional settings > Encryption (read only).',
      cli: 'aws dynamodb describe-table --table-name TABLE --query Table.SSEDescription',
      terraform: '# Nothing to set: DynamoDB encrypts with an AWS owned key by default. To name a key: server_side_encryption { enabled = true, kms_key_arn = ... }.',
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
  }),
  evaluate(table) {
    const v = table.config.sseType;
    const path = 'config.sseType';
    if (v === undefined) return notAssessed('the table encryption could not be read', [path, v]);
    return pass(`encrypted at rest with ${KEYS[v]}`, [path, v]);
  },
});
