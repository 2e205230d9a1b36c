import check from '../../../../checks/aws/opensearch/domain-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.opensearch.domain';
const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { AWS: '*' }, Action: 'es:*', Resource: 'arn:aws:es:us-east-1:111122223333:domain/d/*' }] };
const byIp = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { AWS: '*' }, Action: 'es:ESHttp*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }] };
const anyIp = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: '*' as const, Action: 'es:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }] };
const account = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'es:*', Resource: '*' }] };
checkCases(check, {
  pass: [
    { name: 'VPC domain', resource: aws(T) },
    { name: 'public endpoint, no policy', resource: aws(T, { vpc: null, accessPolicy: null }) },
    { name: 'public endpoint, IP-restricted', resource: aws(T, { vpc: null, accessPolicy: byIp }) },
    { name: 'public endpoint, own account', resource: aws(T, { vpc: null, accessPolicy: account }) },
  ],
  fail: [
    { name: 'open to everyone', resource: aws(T, { vpc: null, accessPolicy: open }), evidencePath: 'config.accessPolicy' },
    { name: 'IP condition of the whole internet', resource: aws(T, { vpc: null, accessPolicy: anyIp }), evidencePath: 'config.accessPolicy' },
  ],
  notAssessed: [
    { name: 'placement unread', resource: aws(T, { vpc: undefined }), evidencePath: 'config.vpc' },
    { name: 'policy unread', resource: aws(T, { vpc: null, accessPolicy: undefined }), evidencePath: 'config.accessPolicy' },
  ],
});
