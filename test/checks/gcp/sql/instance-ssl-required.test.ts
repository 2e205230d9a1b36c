import check from '../../../../checks/gcp/sql/instance-ssl-required.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'ENCRYPTED_ONLY', resource: sqlInstance({ sslMode: 'ENCRYPTED_ONLY' }) },
    { name: 'trusted client certificates', resource: sqlInstance({ sslMode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' }) },
    { name: 'legacy requireSsl without sslMode', resource: sqlInstance({ sslMode: null, requireSsl: true }) },
  ],
  fail: [
    { name: 'unencrypted allowed', resource: sqlInstance({ sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false }), evidencePath: 'config.sslMode' },
    { name: 'nothing set', resource: sqlInstance({ sslMode: null, requireSsl: null }), evidencePath: 'config.requireSsl' },
  ],
  notAssessed: [
    { name: 'sslMode unreadable', resource: sqlInstance({ sslMode: undefined }), evidencePath: 'config.sslMode' },
    { name: 'requireSsl unreadable', resource: sqlInstance({ sslMode: null, requireSsl: undefined }), evidencePath: 'config.requireSsl' },
  ],
});
