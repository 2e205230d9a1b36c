import check from '../../../../checks/aws/cloudfront/distribution-modern-tls.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "TLSv1.2_2021", resource: aws('aws.cloudfront.distribution') },
  ],
  fail: [
    { name: "TLSv1.1_2016", resource: aws('aws.cloudfront.distribution', { minimumProtocolVersion: 'TLSv1.1_2016' }), evidencePath: "config.minimumProtocolVersion" },
    { name: "TLSv1 on the default certificate", resource: aws('aws.cloudfront.distribution', { minimumProtocolVersion: 'TLSv1' }), evidencePath: "config.minimumProtocolVersion" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.cloudfront.distribution', { minimumProtocolVersion: undefined }), evidencePath: "config.minimumProtocolVersion" },
  ],
});
