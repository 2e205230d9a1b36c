import check from '../../../../checks/aws/cloudfront/distribution-https-viewers.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "redirect and https-only", resource: aws('aws.cloudfront.distribution', { viewerProtocolPolicies: ['redirect-to-https', 'https-only'] }) },
  ],
  fail: [
    { name: "allow-all behavior", resource: aws('aws.cloudfront.distribution', { viewerProtocolPolicies: ['https-only', 'allow-all'] }), evidencePath: "config.viewerProtocolPolicies" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.cloudfront.distribution', { viewerProtocolPolicies: undefined }), evidencePath: "config.viewerProtocolPolicies" },
  ],
});
