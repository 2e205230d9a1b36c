import check from '../../../../checks/aws/ssm/instance-patch-compliant.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "compliant", resource: aws('aws.ec2.instance') },
    { name: "only medium patches missing", resource: aws('aws.ec2.instance', { patchCompliance: { status: 'NON_COMPLIANT', criticalNonCompliant: 0, highNonCompliant: 0, lastScan: '2026-10-30T00:00:00Z' } }) },
  ],
  fail: [
    { name: "critical missing", resource: aws('aws.ec2.instance', { patchCompliance: { status: 'NON_COMPLIANT', criticalNonCompliant: 2, highNonCompliant: 1, lastScan: '2026-10-30T00:00:00Z' } }), evidencePath: "config.patchCompliance.criticalNonCompliant" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.ec2.instance', { patchCompliance: undefined }), evidencePath: "config.patchCompliance" },
    { name: "not managed", resource: aws('aws.ec2.instance', { patchCompliance: null, ssmManaged: false }), evidencePath: "config.patchCompliance" },
  ],
  notApplicable: [
    { name: "stopped", resource: aws('aws.ec2.instance', { state: 'stopped', patchCompliance: null }) },
  ],
});
