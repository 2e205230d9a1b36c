import check from '../../../../checks/aws/ec2/vpc-flow-logs-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "ALL", resource: aws('aws.ec2.vpc') },
    { name: "ACCEPT and REJECT", resource: aws('aws.ec2.vpc', { flowLogs: [{ id: 'fl-ACCEPT', trafficType: 'ACCEPT', destinationType: 's3', status: 'ACTIVE' }, { id: 'fl-REJECT', trafficType: 'REJECT', destinationType: 's3', status: 'ACTIVE' }] }) },
  ],
  fail: [
    { name: "no flow logs", resource: aws('aws.ec2.vpc', { flowLogs: [] }), evidencePath: "config.flowLogs" },
    { name: "REJECT only", resource: aws('aws.ec2.vpc', { flowLogs: [{ id: 'fl-REJECT', trafficType: 'REJECT', destinationType: 's3', status: 'ACTIVE' }] }), evidencePath: "config.flowLogs" },
    { name: "inactive", resource: aws('aws.ec2.vpc', { flowLogs: [{ id: 'fl-ALL', trafficType: 'ALL', destinationType: 's3', status: 'FAILED' }] }), evidencePath: "config.flowLogs" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.ec2.vpc', { flowLogs: undefined }), evidencePath: "config.flowLogs" },
  ],
});
