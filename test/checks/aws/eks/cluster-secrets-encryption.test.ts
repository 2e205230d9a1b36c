import check from '../../../../checks/aws/eks/cluster-secrets-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.eks.cluster';
checkCases(check, {
  pass: [{ name: 'KMS key', resource: aws(T) }],
  fail: [{ name: 'none', resource: aws(T, { secretsEncryptionKeyArn: null }), evidencePath: 'config.secretsEncryptionKeyArn' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { secretsEncryptionKeyArn: undefined }), evidencePath: 'config.secretsEncryptionKeyArn' }],
});
