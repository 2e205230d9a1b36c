import check from '../../../../checks/aws/elbv2/load-balancer-access-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'on', resource: aws('aws.elbv2.load-balancer') }],
  fail: [{ name: 'off', resource: aws('aws.elbv2.load-balancer', { accessLogs: null }), evidencePath: 'config.accessLogs' }],
  notAssessed: [{ name: 'attributes unreadable', resource: aws('aws.elbv2.load-balancer', { accessLogs: undefined }), evidencePath: 'config.accessLogs' }],
  notApplicable: [{ name: 'Gateway Load Balancer', resource: aws('aws.elbv2.load-balancer', { type: 'gateway', accessLogs: null }) }],
});
