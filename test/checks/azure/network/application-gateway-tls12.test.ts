import check from '../../../../checks/azure/network/application-gateway-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { appGateway } from '../_fixtures.js';

const policy = (p: { policyType?: string | null; policyName?: string | null; minProtocolVersion?: string | null; disabledSslProtocols?: string[] }) => ({
  sslPolicy: { policyType: null, policyName: null, minProtocolVersion: null, disabledSslProtocols: [], ...p },
});
checkCases(check, {
  pass: [
    { name: 'predefined 2022 policy', resource: appGateway() },
    { name: 'CustomV2 with TLS 1.3 minimum', resource: appGateway(policy({ policyType: 'CustomV2', minProtocolVersion: 'TLSv1_3' })) },
    { name: 'legacy disabled protocols 1.0 and 1.1', resource: appGateway(policy({ disabledSslProtocols: ['TLSv1_0', 'TLSv1_1'] })) },
  ],
  fail: [
    { name: 'predefined 2015 policy', resource: appGateway(policy({ policyType: 'Predefined', policyName: 'AppGwSslPolicy20150501' })), evidencePath: 'config.sslPolicy' },
    { name: 'custom TLS 1.1 minimum', resource: appGateway(policy({ policyType: 'Custom', minProtocolVersion: 'TLSv1_1' })), evidencePath: 'config.sslPolicy' },
    { name: 'no policy set', resource: appGateway({ sslPolicy: null }), evidencePath: 'config.sslPolicy' },
  ],
  notAssessed: [
    { name: 'policy unreadable', resource: appGateway({ sslPolicy: undefined }), evidencePath: 'config.sslPolicy' },
    { name: 'unknown predefined policy name', resource: appGateway(policy({ policyType: 'Predefined', policyName: 'AppGwSslPolicy20990101' })), evidencePath: 'config.sslPolicy' },
  ],
});
