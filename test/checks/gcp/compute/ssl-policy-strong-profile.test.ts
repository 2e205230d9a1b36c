import check from '../../../../checks/gcp/compute/ssl-policy-strong-profile.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sslPolicy } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'MODERN', resource: sslPolicy({ profile: 'MODERN' }) },
    { name: 'CUSTOM with AEAD suites', resource: sslPolicy({ profile: 'CUSTOM', customFeatures: ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'] }) },
  ],
  fail: [
    { name: 'COMPATIBLE', resource: sslPolicy({ profile: 'COMPATIBLE' }), evidencePath: 'config.profile' },
    { name: 'CUSTOM with CBC and static RSA', resource: sslPolicy({ profile: 'CUSTOM', customFeatures: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_128_CBC_SHA'] }), evidencePath: 'config.customFeatures' },
  ],
  notAssessed: [
    { name: 'profile unreadable', resource: sslPolicy({ profile: undefined }), evidencePath: 'config.profile' },
    { name: 'custom list unreadable', resource: sslPolicy({ profile: 'CUSTOM', customFeatures: undefined }), evidencePath: 'config.customFeatures' },
  ],
});
