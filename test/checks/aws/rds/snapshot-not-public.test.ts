import check from '../../../../checks/aws/rds/snapshot-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "private", resource: aws('aws.rds.snapshot') },
  ],
  fail: [
    { name: "public", resource: aws('aws.rds.snapshot', { public: true }), evidencePath: "config.public" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.rds.snapshot', { public: undefined }), evidencePath: "config.public" },
  ],
});
