import check from '../../../../checks/aws/rds/instance-storage-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "encrypted", resource: aws('aws.rds.instance') },
  ],
  fail: [
    { name: "unencrypted", resource: aws('aws.rds.instance', { storageEncrypted: false, kmsKeyId: null }), evidencePath: "config.storageEncrypted" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.rds.instance', { storageEncrypted: undefined }), evidencePath: "config.storageEncrypted" },
    { name: "aurora membership unknown", resource: aws('aws.rds.instance', { engine: 'aurora-postgresql', clusterId: undefined, storageEncrypted: false }), evidencePath: "config.clusterId" },
  ],
  notApplicable: [
    { name: "Aurora member decided by cluster", resource: aws('aws.rds.instance', { engine: 'aurora-postgresql', clusterId: 'cl-1', storageEncrypted: false }) },
  ],
});
