import check from '../../../../checks/aws/apigateway/stage-cache-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.apigateway.stage';
checkCases(check, {
  pass: [{ name: 'encrypted cache', resource: aws(T) }],
  fail: [{ name: 'unencrypted cache', resource: aws(T, { cacheDataEncrypted: false }), evidencePath: 'config.cacheDataEncrypted' }],
  notAssessed: [
    { name: 'cache setting unread', resource: aws(T, { cacheClusterEnabled: undefined }), evidencePath: 'config.cacheClusterEnabled' },
    { name: 'encryption unread', resource: aws(T, { cacheDataEncrypted: undefined }), evidencePath: 'config.cacheDataEncrypted' },
  ],
  notApplicable: [
    { name: 'no cache', resource: aws(T, { cacheClusterEnabled: false, cacheDataEncrypted: null }) },
    { name: 'HTTP API', resource: aws(T, { apiType: 'HTTP', cacheClusterEnabled: false, cacheDataEncrypted: null }) },
  ],
});
