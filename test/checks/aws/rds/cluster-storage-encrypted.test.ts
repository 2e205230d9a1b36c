import check from '../../../../checks/aws/rds/cluster-storage-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "encrypted", resource: aws('aws.rds.cluster') },
  ],
  fail: [
    { name: "unencrypted", resource: aws('aws.rds.cluster', { storageEncrypted: false }), evidencePath: "config.storageEncrypted" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.rds.cluster', { storageEncrypted: undefined }), evidencePath: "config.storageEncrypted" },
  ],
});
