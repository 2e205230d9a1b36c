import check from '../../../../checks/aws/dynamodb/table-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: 'AWS owned key (the default) is encryption at rest', resource: aws('aws.dynamodb.table', { sseType: 'AWS_OWNED', kmsKeyArn: null }, { tags: EPHI_TAGS }) },
    { name: 'AWS managed key', resource: aws('aws.dynamodb.table', { sseType: 'AWS_MANAGED' }) },
    { name: 'customer managed key', resource: aws('aws.dynamodb.table', {}) },
  ],
  fail: [],
  cannotFail: 'DynamoDB encrypts every table at rest and its API has no unencrypted state to report.',
  notAssessed: [{ name: 'encryption could not be read', resource: aws('aws.dynamodb.table', { sseType: undefined }), evidencePath: 'config.sseType' }],
});
