import check from '../../../../checks/aws/cloudfront/distribution-https-origins.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "https-only origins", resource: aws('aws.cloudfront.distribution') },
    { name: "match-viewer with HTTPS viewers", resource: aws('aws.cloudfront.distribution', { originProtocolPolicies: ['match-viewer'] }) },
  ],
  fail: [
    { name: "http-only origin", resource: aws('aws.cloudfront.distribution', { originProtocolPolicies: ['https-only', 'http-only'] }), evidencePath: "config.originProtocolPolicies" },
    { name: "match-viewer with HTTP viewers", resource: aws('aws.cloudfront.distribution', { originProtocolPolicies: ['match-viewer'], viewerProtocolPolicies: ['allow-all'] }), evidencePath: "config.originProtocolPolicies" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.cloudfront.distribution', { originProtocolPolicies: undefined }), evidencePath: "config.originProtocolPolicies" },
  ],
});
