import check from '../../../../checks/gcp/compute/forwarding-rule-https-only.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { forwardingRule, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'HTTPS proxy', resource: forwardingRule({ targetKind: 'targetHttpsProxies' }, { tags: PHI }) }],
  fail: [{ name: 'HTTP proxy for ePHI', resource: forwardingRule({ targetKind: 'targetHttpProxies', portRange: '80-80' }, { tags: PHI }), evidencePath: 'config.targetKind' }],
  notAssessed: [{ name: 'target unreadable', resource: forwardingRule({ targetKind: undefined }, { tags: PHI }), evidencePath: 'config.targetKind' }],
  notApplicable: [{ name: 'non-ePHI HTTP rule', resource: forwardingRule({ targetKind: 'targetHttpProxies' }, { tags: {} }) }],
});
