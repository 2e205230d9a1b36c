import check from '../../../../checks/aws/s3/account-public-access-blocked.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "all on", resource: aws('aws.s3.account-public-access-block') },
  ],
  fail: [
    { name: "not configured", resource: aws('aws.s3.account-public-access-block', { publicAccessBlock: null }), evidencePath: "config.publicAccessBlock" },
    { name: "partly on", resource: aws('aws.s3.account-public-access-block', { publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } }), evidencePath: "config.publicAccessBlock" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.s3.account-public-access-block', { publicAccessBlock: undefined }), evidencePath: "config.publicAccessBlock" },
  ],
});
