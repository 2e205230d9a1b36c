import check from '../../../../checks/aws/ssm/document-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'private', resource: aws('aws.ssm.document') }, { name: 'shared with one account', resource: aws('aws.ssm.document', { sharedWith: ['444455556666'] }) }],
  fail: [{ name: 'shared with All', resource: aws('aws.ssm.document', { sharedWith: ['All'] }), evidencePath: 'config.sharedWith' }],
  notAssessed: [{ name: 'permissions unreadable', resource: aws('aws.ssm.document', { sharedWith: undefined }), evidencePath: 'config.sharedWith' }],
});
