import check from '../../../../checks/aws/rds/instance-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "private", resource: aws('aws.rds.instance') },
  ],
  fail: [
    { name: "public", resource: aws('aws.rds.instance', { publiclyAccessible: true }), evidencePath: "config.publiclyAccessible" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.rds.instance', { publiclyAccessible: undefined }), evidencePath: "config.publiclyAccessible" },
  ],
});
