import check from '../../../../checks/aws/ssm/instance-association-compliant.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'compliant', resource: aws('aws.ec2.instance') }],
  fail: [{ name: 'a failed association', resource: aws('aws.ec2.instance', { associationCompliance: { status: 'NON_COMPLIANT', nonCompliant: 1, lastExecution: '2026-10-30T00:00:00Z' } }), evidencePath: 'config.associationCompliance.status' }],
  notAssessed: [
    { name: 'listing failed', resource: aws('aws.ec2.instance', { associationCompliance: undefined }), evidencePath: 'config.associationCompliance' },
    { name: 'not managed by Systems Manager', resource: aws('aws.ec2.instance', { associationCompliance: null, ssmManaged: false }), evidencePath: 'config.ssmManaged' },
  ],
  notApplicable: [
    { name: 'managed, no association', resource: aws('aws.ec2.instance', { associationCompliance: null }) },
    { name: 'stopped', resource: aws('aws.ec2.instance', { state: 'stopped' }) },
  ],
});
