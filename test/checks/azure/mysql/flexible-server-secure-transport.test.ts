import check from '../../../../checks/azure/mysql/flexible-server-secure-transport.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { mysql } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ON, TLSv1.2 and 1.3', resource: mysql() }],
  fail: [
    { name: 'secure transport OFF', resource: mysql({ parameters: { require_secure_transport: 'OFF', tls_version: 'TLSv1.2' } }), evidencePath: 'config.parameters.require_secure_transport' },
    { name: 'TLS 1.1 still listed', resource: mysql({ parameters: { require_secure_transport: 'ON', tls_version: 'TLSv1.1,TLSv1.2' } }), evidencePath: 'config.parameters.tls_version' },
  ],
  notAssessed: [
    { name: 'parameters unreadable', resource: mysql({ parameters: undefined }), evidencePath: 'config.parameters' },
    { name: 'require_secure_transport not read', resource: mysql({ parameters: { tls_version: 'TLSv1.2' } }), evidencePath: 'config.parameters.require_secure_transport' },
  ],
});
