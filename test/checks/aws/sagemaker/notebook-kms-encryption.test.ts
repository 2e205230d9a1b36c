import check from '../../../../checks/aws/sagemaker/notebook-kms-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

const T = 'aws.sagemaker.notebook-instance';
checkCases(check, {
  pass: [{ name: 'customer key', resource: aws(T, {}, { tags: EPHI_TAGS }) }],
  fail: [{ name: 'AWS managed key', resource: aws(T, { kmsKeyId: null }, { tags: EPHI_TAGS }), evidencePath: 'config.kmsKeyId' }],
  notAssessed: [
    { name: 'unread', resource: aws(T, { kmsKeyId: undefined }, { tags: EPHI_TAGS }), evidencePath: 'config.kmsKeyId' },
    { name: 'tags unread', resource: aws(T, { kmsKeyId: null }, { tags: undefined }), evidencePath: 'tags' },
  ],
  notApplicable: [{ name: 'not ePHI', resource: aws(T, { kmsKeyId: null }) }],
});
