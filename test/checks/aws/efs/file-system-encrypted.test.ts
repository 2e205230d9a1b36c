import check from '../../../../checks/aws/efs/file-system-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "encrypted", resource: aws('aws.efs.file-system') },
  ],
  fail: [
    { name: "unencrypted", resource: aws('aws.efs.file-system', { encrypted: false, kmsKeyId: null }), evidencePath: "config.encrypted" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.efs.file-system', { encrypted: undefined }), evidencePath: "config.encrypted" },
  ],
});
