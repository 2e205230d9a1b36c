import check from '../../../../checks/aws/iam/policy-no-full-admin.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const doc = (...Statement: object[]) => ({ document: { Version: '2012-10-17', Statement } as never });

checkCases(check, {
  pass: [
    { name: 'scoped actions', resource: aws('aws.iam.policy') },
    { name: 'PowerUserAccess-style NotAction excluding iam:*', resource: aws('aws.iam.policy', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' })) },
    { name: '* on one resource only', resource: aws('aws.iam.policy', doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' })) },
    { name: 'Deny *:*', resource: aws('aws.iam.policy', doc({ Effect: 'Deny', Action: '*', Resource: '*' })) },
  ],
  fail: [
    { name: 'Allow * on *', resource: aws('aws.iam.policy', doc({ Effect: 'Allow', Action: '*', Resource: '*' })), evidencePath: 'config.document.Statement' },
    { name: 'Allow * on * in lists, with a condition', resource: aws('aws.iam.policy', doc({ Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })), evidencePath: 'config.document.Statement' },
    { name: 'NotAction that leaves IAM self-granting in', resource: aws('aws.iam.policy', doc({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: '*' })), evidencePath: 'config.document.Statement' },
  ],
  notAssessed: [{ name: 'default version unreadable', resource: aws('aws.iam.policy', { document: undefined }), evidencePath: 'config.document' }],
});
