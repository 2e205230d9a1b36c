import check from '../../../../checks/azure/postgresql/flexible-server-secure-transport.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { postgres } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'on, TLSv1.2', resource: postgres() }, { name: 'ON, TLSv1.3', resource: postgres({ parameters: { require_secure_transport: 'ON', ssl_min_protocol_version: 'TLSv1.3' } }) }],
  fail: [
    { name: 'secure transport off', resource: postgres({ parameters: { require_secure_transport: 'off', ssl_min_protocol_version: 'TLSv1.2' } }), evidencePath: 'config.parameters.require_secure_transport' },
    { name: 'TLS 1.0 minimum', resource: postgres({ parameters: { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1' } }), evidencePath: 'config.parameters.ssl_min_protocol_version' },
  ],
  notAssessed: [
    { name: 'parameters unreadable', resource: postgres({ parameters: undefined }), evidencePath: 'config.parameters' },
    { name: 'TLS parameter not read', resource: postgres({ parameters: { require_secure_transport: 'on' } }), evidencePath: 'config.parameters.ssl_min_protocol_version' },
  ],
});
