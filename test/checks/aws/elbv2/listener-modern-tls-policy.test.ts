import check from '../../../../checks/aws/elbv2/listener-modern-tls-policy.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "TLS13-1-2", resource: aws('aws.elbv2.listener') },
    { name: "TLS-1-2 policy", resource: aws('aws.elbv2.listener', { sslPolicy: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06' }) },
    { name: "FS-1-2 policy", resource: aws('aws.elbv2.listener', { sslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }) },
  ],
  fail: [
    { name: "2016-08 default allows TLS 1.0", resource: aws('aws.elbv2.listener', { sslPolicy: 'ELBSecurityPolicy-2016-08' }), evidencePath: "config.sslPolicy" },
    { name: "TLS13-1-0 allows TLS 1.0", resource: aws('aws.elbv2.listener', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-2021-06' }), evidencePath: "config.sslPolicy" },
  ],
  notAssessed: [
    { name: "policy unreadable", resource: aws('aws.elbv2.listener', { sslPolicy: undefined }), evidencePath: "config.sslPolicy" },
    { name: "unknown policy name", resource: aws('aws.elbv2.listener', { sslPolicy: 'CustomPolicy' }), evidencePath: "config.sslPolicy" },
  ],
  notApplicable: [
    { name: "HTTP listener", resource: aws('aws.elbv2.listener', { protocol: 'HTTP', sslPolicy: null, redirectsToHttps: true }) },
  ],
});
