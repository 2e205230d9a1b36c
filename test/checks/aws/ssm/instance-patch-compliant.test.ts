import check from '../../../../checks/aws/ssm/instance-patch-compliant.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

// The run clock is 2026-11-01: the critical window reaches back to 2026-10-17, the high one to 2026-10-02.
const patch = (critical: number, high: number, lastScan: string | null, status: 'COMPLIANT' | 'NON_COMPLIANT' = critical + high > 0 ? 'NON_COMPLIANT' : 'COMPLIANT') => ({ patchCompliance: { status, criticalNonCompliant: critical, highNonCompliant: high, lastScan } });

checkCases(check, {
  pass: [
    { name: 'compliant, scanned 2 days ago', resource: aws('aws.ec2.instance') },
    { name: 'only medium patches missing', resource: aws('aws.ec2.instance', patch(0, 0, '2026-10-30T00:00:00Z', 'NON_COMPLIANT')) },
    { name: 'clean scan on the last day of the critical window', resource: aws('aws.ec2.instance', patch(0, 0, '2026-10-17T00:00:00Z')) },
  ],
  fail: [
    { name: 'critical missing', resource: aws('aws.ec2.instance', patch(2, 1, '2026-10-30T00:00:00Z')), evidencePath: 'config.patchCompliance.criticalNonCompliant' },
    { name: 'high missing', resource: aws('aws.ec2.instance', patch(0, 3, '2026-10-30T00:00:00Z')), evidencePath: 'config.patchCompliance.highNonCompliant' },
    { name: 'critical missing at an old scan, none since', resource: aws('aws.ec2.instance', patch(1, 0, '2026-08-01T00:00:00Z')), evidencePath: 'config.patchCompliance.lastScan' },
  ],
  notAssessed: [
    { name: 'unreadable', resource: aws('aws.ec2.instance', { patchCompliance: undefined }), evidencePath: 'config.patchCompliance' },
    { name: 'not managed', resource: aws('aws.ec2.instance', { patchCompliance: null, ssmManaged: false }), evidencePath: 'config.patchCompliance' },
    { name: 'clean scan older than the 15-day critical window', resource: aws('aws.ec2.instance', patch(0, 0, '2026-10-10T00:00:00Z')), evidencePath: 'config.patchCompliance.lastScan' },
    { name: 'clean scan older than both windows', resource: aws('aws.ec2.instance', patch(0, 0, '2026-09-01T00:00:00Z')), evidencePath: 'config.patchCompliance.lastScan' },
    { name: 'no scan time', resource: aws('aws.ec2.instance', patch(0, 0, null)), evidencePath: 'config.patchCompliance.lastScan' },
  ],
  notApplicable: [
    { name: 'stopped', resource: aws('aws.ec2.instance', { state: 'stopped', patchCompliance: null }) },
  ],
});
