import check from '../../../../checks/aws/s3/bucket-deny-insecure-transport.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "deny on SecureTransport=false", resource: aws('aws.s3.bucket', { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Deny' as const, Principal: '*' as const, Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] } }) },
  ],
  fail: [
    { name: "no policy", resource: aws('aws.s3.bucket', { policy: null }), evidencePath: "config.policy" },
    { name: "policy without TLS deny", resource: aws('aws.s3.bucket', { policy: { Statement: [{ Effect: 'Allow' as const, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] } }), evidencePath: "config.policy" },
  ],
  notAssessed: [
    { name: "policy unreadable", resource: aws('aws.s3.bucket', { policy: undefined }), evidencePath: "config.policy" },
  ],
});
