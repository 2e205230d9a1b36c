import check from '../../../../checks/aws/opensearch/domain-https-required.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.opensearch.domain';
checkCases(check, {
  pass: [{ name: 'TLS 1.2 PFS', resource: aws(T) }, { name: 'TLS 1.2 2019', resource: aws(T, { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }) }],
  fail: [
    { name: 'HTTP allowed', resource: aws(T, { enforceHttps: false }), evidencePath: 'config.enforceHttps' },
    { name: 'TLS 1.0 policy', resource: aws(T, { tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' }), evidencePath: 'config.tlsSecurityPolicy' },
  ],
  notAssessed: [
    { name: 'enforcement unread', resource: aws(T, { enforceHttps: undefined }), evidencePath: 'config.enforceHttps' },
    { name: 'policy unread', resource: aws(T, { tlsSecurityPolicy: undefined }), evidencePath: 'config.tlsSecurityPolicy' },
    { name: 'unknown policy name', resource: aws(T, { tlsSecurityPolicy: 'Policy-Custom' }), evidencePath: 'config.tlsSecurityPolicy' },
  ],
});
