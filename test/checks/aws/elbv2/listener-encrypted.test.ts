import check from '../../../../checks/aws/elbv2/listener-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "HTTPS", resource: aws('aws.elbv2.listener') },
    { name: "TLS on NLB", resource: aws('aws.elbv2.listener', { protocol: 'TLS', port: 443 }) },
    { name: "HTTP redirecting to HTTPS", resource: aws('aws.elbv2.listener', { protocol: 'HTTP', port: 80, sslPolicy: null, redirectsToHttps: true }) },
  ],
  fail: [
    { name: "HTTP forwarding", resource: aws('aws.elbv2.listener', { protocol: 'HTTP', port: 80, sslPolicy: null, redirectsToHttps: false }), evidencePath: "config.protocol" },
  ],
  notAssessed: [
    { name: "NLB TCP listener: TLS pass-through to the targets is not visible", resource: aws('aws.elbv2.listener', { protocol: 'TCP', port: 443, sslPolicy: null, redirectsToHttps: false }), evidencePath: "config.protocol" },
    { name: "NLB TCP_UDP listener", resource: aws('aws.elbv2.listener', { protocol: 'TCP_UDP', port: 5432, sslPolicy: null, redirectsToHttps: false }), evidencePath: "config.protocol" },
    { name: "protocol unknown", resource: aws('aws.elbv2.listener', { protocol: undefined }), evidencePath: "config.protocol" },
    { name: "HTTP default action unknown", resource: aws('aws.elbv2.listener', { protocol: 'HTTP', sslPolicy: null, redirectsToHttps: undefined }), evidencePath: "config.redirectsToHttps" },
  ],
});
