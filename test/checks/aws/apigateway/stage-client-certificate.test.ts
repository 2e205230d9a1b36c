import check from '../../../../checks/aws/apigateway/stage-client-certificate.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.apigateway.stage';
checkCases(check, {
  pass: [{ name: 'REST with certificate', resource: aws(T) }, { name: 'WebSocket with certificate', resource: aws(T, { apiType: 'WEBSOCKET' }) }],
  fail: [{ name: 'no certificate', resource: aws(T, { clientCertificateId: null }), evidencePath: 'config.clientCertificateId' }],
  notAssessed: [
    { name: 'unread', resource: aws(T, { clientCertificateId: undefined }), evidencePath: 'config.clientCertificateId' },
    { name: 'API type unread', resource: aws(T, { apiType: undefined, clientCertificateId: null }), evidencePath: 'config.apiType' },
  ],
  notApplicable: [{ name: 'HTTP API', resource: aws(T, { apiType: 'HTTP', clientCertificateId: null }) }],
});
