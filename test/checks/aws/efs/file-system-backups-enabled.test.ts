import check from '../../../../checks/aws/efs/file-system-backups-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.efs.file-system') },
  ],
  fail: [
    { name: "off", resource: aws('aws.efs.file-system', { automaticBackups: false }), evidencePath: "config.automaticBackups" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.efs.file-system', { automaticBackups: undefined }), evidencePath: "config.automaticBackups" },
  ],
});
