import check from '../../../../checks/aws/cloudtrail/trail-kms-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "KMS key", resource: aws('aws.cloudtrail.trail') },
  ],
  fail: [
    { name: "no key", resource: aws('aws.cloudtrail.trail', { kmsKeyId: null }), evidencePath: "config.kmsKeyId" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.cloudtrail.trail', { kmsKeyId: undefined }), evidencePath: "config.kmsKeyId" },
  ],
});
