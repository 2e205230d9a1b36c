import check from '../../../../checks/gcp/compute/firewall-no-public-admin-ports.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { firewall } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'SSH from the IAP range only', resource: firewall({ sourceRanges: ['35.235.240.0/20'], allowed: [{ protocol: 'tcp', ports: [[22, 22]] }] }) },
    { name: 'HTTPS from anywhere', resource: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ protocol: 'tcp', ports: [[443, 443]] }] }) },
  ],
  fail: [
    { name: 'SSH from 0.0.0.0/0', resource: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ protocol: 'tcp', ports: [[22, 22]] }] }), evidencePath: 'config.allowed' },
    { name: 'RDP inside a range from ::/0', resource: firewall({ sourceRanges: ['::/0'], allowed: [{ protocol: 'tcp', ports: [[3000, 4000]] }] }), evidencePath: 'config.sourceRanges' },
    { name: 'all protocols and ports', resource: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ protocol: 'all', ports: [] }] }), evidencePath: 'config.allowed' },
  ],
  notAssessed: [{ name: 'source ranges unreadable', resource: firewall({ sourceRanges: undefined }), evidencePath: 'config.sourceRanges' }],
  notApplicable: [
    { name: 'egress rule', resource: firewall({ direction: 'EGRESS', sourceRanges: ['0.0.0.0/0'] }) },
    { name: 'disabled rule', resource: firewall({ disabled: true, sourceRanges: ['0.0.0.0/0'] }) },
  ],
});
