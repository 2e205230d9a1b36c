import check from '../../../../checks/aws/eks/cluster-endpoint-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.eks.cluster';
checkCases(check, {
  pass: [{ name: 'private only', resource: aws(T) }, { name: 'public, limited ranges', resource: aws(T, { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }) }],
  fail: [
    { name: 'public to 0.0.0.0/0', resource: aws(T, { endpointPublicAccess: true }), evidencePath: 'config.publicAccessCidrs' },
    { name: 'public to ::/0 among others', resource: aws(T, { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24', '::/0'] }), evidencePath: 'config.publicAccessCidrs' },
  ],
  notAssessed: [
    { name: 'unread', resource: aws(T, { endpointPublicAccess: undefined }), evidencePath: 'config.endpointPublicAccess' },
    { name: 'ranges unread', resource: aws(T, { endpointPublicAccess: true, publicAccessCidrs: undefined }), evidencePath: 'config.publicAccessCidrs' },
  ],
});
