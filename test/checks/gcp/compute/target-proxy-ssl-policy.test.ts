import check from '../../../../checks/gcp/compute/target-proxy-ssl-policy.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sslPolicy, targetProxy } from '../_fixtures.js';

const strong = sslPolicy({ minTlsVersion: 'TLS_1_2' });
const weak = sslPolicy({ minTlsVersion: 'TLS_1_0' }, { id: '//compute.googleapis.com/projects/phi-prod/global/sslPolicies/legacy' });

checkCases(check, {
  pass: [{ name: 'policy with TLS 1.2', resource: targetProxy({ sslPolicy: strong.id }), inventory: [strong] }],
  fail: [
    { name: 'no SSL policy (Google default)', resource: targetProxy({ sslPolicy: null }), evidencePath: 'config.sslPolicy' },
    { name: 'policy allowing TLS 1.0', resource: targetProxy({ kind: 'ssl', sslPolicy: weak.id }), inventory: [weak], evidencePath: 'sslPolicy.minTlsVersion' },
  ],
  notAssessed: [
    { name: 'attachment unreadable', resource: targetProxy({ sslPolicy: undefined }), evidencePath: 'config.sslPolicy' },
    { name: 'policy not collected', resource: targetProxy({ sslPolicy: strong.id }), evidencePath: 'config.sslPolicy' },
  ],
});
