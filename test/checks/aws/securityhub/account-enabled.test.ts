import check from '../../../../checks/aws/securityhub/account-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'subscribed', resource: aws('aws.securityhub.hub') }],
  fail: [{ name: 'not subscribed', resource: aws('aws.securityhub.hub', { enabled: false, subscribedAt: null }), evidencePath: 'config.enabled' }],
  notAssessed: [{ name: 'DescribeHub denied', resource: aws('aws.securityhub.hub', { enabled: undefined, subscribedAt: undefined }), evidencePath: 'config.enabled' }],
});
