import check from '../../../../checks/aws/lambda/function-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.lambda.function';
const ARN = 'arn:aws:lambda:us-east-1:111122223333:function:f';
const statement = (extra: object) => ({ Version: '2012-10-17', Statement: [{ Sid: 'x', Effect: 'Allow' as const, Action: 'lambda:InvokeFunction', Resource: ARN, ...extra }] });
checkCases(check, {
  pass: [
    { name: 'service with source ARN', resource: aws(T) },
    { name: 'no policy', resource: aws(T, { policy: null }) },
    { name: 'everyone within the organization', resource: aws(T, { policy: statement({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) }) },
  ],
  fail: [
    { name: 'principal *', resource: aws(T, { policy: statement({ Principal: '*' }) }), evidencePath: 'config.policy' },
    { name: 'public function URL', resource: aws(T, { policy: statement({ Principal: '*', Action: 'lambda:InvokeFunctionUrl', Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }) }), evidencePath: 'config.policy' },
    { name: 'wildcard source ARN', resource: aws(T, { policy: statement({ Principal: { AWS: '*' }, Condition: { ArnLike: { 'AWS:SourceArn': '*' } } }) }), evidencePath: 'config.policy' },
    { name: 'source condition only if it exists', resource: aws(T, { policy: statement({ Principal: '*', Condition: { ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:s3:::in' } } }) }), evidencePath: 'config.policy' },
  ],
  notAssessed: [{ name: 'unread', resource: aws(T, { policy: undefined }), evidencePath: 'config.policy' }],
});
