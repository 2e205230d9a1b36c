import check from '../../../../checks/aws/ec2/instance-imdsv2-required.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "tokens required", resource: aws('aws.ec2.instance') },
    { name: "endpoint disabled", resource: aws('aws.ec2.instance', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'disabled' } }) },
  ],
  fail: [
    { name: "IMDSv1 allowed", resource: aws('aws.ec2.instance', { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }), evidencePath: "config.metadataOptions.httpTokens" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.ec2.instance', { metadataOptions: undefined }), evidencePath: "config.metadataOptions" },
  ],
  notApplicable: [
    { name: "terminated", resource: aws('aws.ec2.instance', { state: 'terminated', metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }) },
  ],
});
