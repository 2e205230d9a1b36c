import check from '../../../../checks/aws/secretsmanager/secret-rotation-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'rotation on', resource: aws('aws.secretsmanager.secret') }],
  fail: [{ name: 'rotation off', resource: aws('aws.secretsmanager.secret', { rotationEnabled: false }), evidencePath: 'config.rotationEnabled' }],
  notAssessed: [{ name: 'status unreadable', resource: aws('aws.secretsmanager.secret', { rotationEnabled: undefined }), evidencePath: 'config.rotationEnabled' }],
});
