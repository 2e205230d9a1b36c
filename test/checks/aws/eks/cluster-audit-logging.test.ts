import check from '../../../../checks/aws/eks/cluster-audit-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.eks.cluster';
checkCases(check, {
  pass: [{ name: 'audit on', resource: aws(T) }],
  fail: [{ name: 'api only', resource: aws(T, { enabledLogTypes: ['api'] }), evidencePath: 'config.enabledLogTypes' }, { name: 'none', resource: aws(T, { enabledLogTypes: [] }), evidencePath: 'config.enabledLogTypes' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { enabledLogTypes: undefined }), evidencePath: 'config.enabledLogTypes' }],
});
