import check from '../../../../checks/gcp/compute/firewall-no-public-database-ports.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { firewall } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'PostgreSQL from the VPC only', resource: firewall({ sourceRanges: ['10.0.0.0/8'], allowed: [{ protocol: 'tcp', ports: [[5432, 5432]] }] }) },
    { name: 'SSH from anywhere is not a database port', resource: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ protocol: 'tcp', ports: [[22, 22]] }] }) },
  ],
  fail: [
    { name: 'PostgreSQL from anywhere', resource: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ protocol: 'tcp', ports: [[5432, 5432]] }] }), evidencePath: 'config.allowed' },
    { name: 'MySQL in a port range', resource: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ protocol: 'tcp', ports: [[3000, 3400]] }] }), evidencePath: 'config.allowed' },
  ],
  notAssessed: [{ name: 'allowed list unreadable', resource: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: undefined }), evidencePath: 'config.allowed' }],
  notApplicable: [{ name: 'egress rule', resource: firewall({ direction: 'EGRESS' }) }],
});
