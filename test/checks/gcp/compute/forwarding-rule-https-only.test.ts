import check from '../../../../checks/gcp/compute/forwarding-rule-https-only.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { forwardingRule, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'HTTPS proxy', resource: forwardingRule({ targetKind: 'targetHttpsProxies' }, { tags: PHI }) },
    { name: 'SSL proxy', resource: forwardingRule({ targetKind: 'targetSslProxies' }, { tags: PHI }) },
  ],
  fail: [{ name: 'HTTP proxy for ePHI', resource: forwardingRule({ targetKind: 'targetHttpProxies', portRange: '80-80' }, { tags: PHI }), evidencePath: 'config.targetKind' }],
  notAssessed: [
    { name: 'target unreadable', resource: forwardingRule({ targetKind: undefined }, { tags: PHI }), evidencePath: 'config.targetKind' },
    { name: 'passthrough to a backend service (TLS, if any, ends at the backends)', resource: forwardingRule({ targetKind: 'backendServices', target: '//compute.googleapis.com/projects/p/regions/us-central1/backendServices/be' }, { tags: PHI }), evidencePath: 'config.targetKind' },
    { name: 'TCP proxy', resource: forwardingRule({ targetKind: 'targetTcpProxies' }, { tags: PHI }), evidencePath: 'config.targetKind' },
    { name: 'no target at all (passthrough)', resource: forwardingRule({ targetKind: null, target: null }, { tags: PHI }), evidencePath: 'config.targetKind' },
  ],
  notApplicable: [{ name: 'non-ePHI HTTP rule', resource: forwardingRule({ targetKind: 'targetHttpProxies' }, { tags: {} }) }],
});
