import check from '../../../../checks/aws/dynamodb/table-customer-managed-key.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "customer key", resource: aws('aws.dynamodb.table', {}, { tags: EPHI_TAGS }) },
  ],
  fail: [
    { name: "AWS-owned key", resource: aws('aws.dynamodb.table', { sseType: 'AWS_OWNED', kmsKeyArn: null }, { tags: EPHI_TAGS }), evidencePath: "config.sseType" },
    { name: "AWS-managed key", resource: aws('aws.dynamodb.table', { sseType: 'AWS_MANAGED' }, { tags: { 'data-classification': 'ePHI' } }), evidencePath: "config.sseType" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.dynamodb.table', { sseType: undefined }, { tags: EPHI_TAGS }), evidencePath: "config.sseType" },
  ],
  notApplicable: [
    { name: "not ePHI", resource: aws('aws.dynamodb.table', { sseType: 'AWS_OWNED' }) },
  ],
});
