import check from '../../../../checks/aws/sagemaker/notebook-no-direct-internet.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.sagemaker.notebook-instance';
checkCases(check, {
  pass: [{ name: 'VPC only', resource: aws(T) }],
  fail: [{ name: 'direct internet', resource: aws(T, { directInternetAccess: true, subnetId: null }), evidencePath: 'config.directInternetAccess' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { directInternetAccess: undefined }), evidencePath: 'config.directInternetAccess' }],
});
