import check from '../../../../checks/aws/iam/access-analyzer-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const analyzer = (type: string, status: string | null) => ({ arn: `arn:aws:access-analyzer:us-east-1:111122223333:analyzer/${type}`, type, status });

checkCases(check, {
  pass: [
    { name: 'active account analyzer', resource: aws('aws.iam.access-analyzer') },
    { name: 'active organization analyzer', resource: aws('aws.iam.access-analyzer', { analyzers: [analyzer('ORGANIZATION', 'ACTIVE')] }) },
    { name: 'declared in Terraform', resource: aws('aws.iam.access-analyzer', { analyzers: [analyzer('ACCOUNT', null)] }) },
  ],
  fail: [
    { name: 'none', resource: aws('aws.iam.access-analyzer', { analyzers: [] }), evidencePath: 'config.analyzers' },
    { name: 'only an unused-access analyzer', resource: aws('aws.iam.access-analyzer', { analyzers: [analyzer('ACCOUNT_UNUSED_ACCESS', 'ACTIVE')] }), evidencePath: 'config.analyzers' },
    { name: 'account analyzer disabled', resource: aws('aws.iam.access-analyzer', { analyzers: [analyzer('ACCOUNT', 'DISABLED')] }), evidencePath: 'config.analyzers' },
  ],
  notAssessed: [
    { name: 'listing failed', resource: aws('aws.iam.access-analyzer', { analyzers: undefined }), evidencePath: 'config.analyzers' },
    { name: 'configuration declares only an unused-access analyzer', resource: aws('aws.iam.access-analyzer', { analyzers: [analyzer('ACCOUNT_UNUSED_ACCESS', null)] }), evidencePath: 'config.analyzers' },
  ],
});
