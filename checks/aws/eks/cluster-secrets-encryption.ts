import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-eks-cluster-secrets-encryption',
    title: 'EKS cluster envelope-encrypts Kubernetes secrets with a KMS key',
    severity: 'medium',
    provider: 'aws',
    service: 'eks',
    resourceTypes: ['aws.eks.cluster'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM: EKS keeps etcd on encrypted volumes and, from Kubernetes 1.28, envelope-encrypts API data with an AWS owned key, so the secrets are encrypted at rest either way. A KMS key of the account for secrets adds a key policy, CloudTrail records of every decryption and the ability to revoke access to the database passwords and tokens the workloads use to reach ePHI.',
    remediation: {
      summary: 'Associate a KMS key with the cluster for secrets encryption (it cannot be removed afterwards).',
      console: 'Amazon EKS > Clusters > cluster > Overview > Secrets encryption > Enable > choose the key.',
      cli: 'aws eks associate-encryption-config --cluster-name CLUSTER --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"KEY_ARN"}}]\'',
      terraform: 'resource "aws_eks_cluster" "x" { encryption_config { resources = ["secrets"]\n  provider { key_arn = aws_kms_key.eks.arn } } }',
    },
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html', 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html'],
  },
  evaluate(cluster) {
    const path = 'config.secretsEncryptionKeyArn';
    const v = cluster.config.secretsEncryptionKeyArn;
    if (v === undefined) return notAssessed('encryption configuration could not be read', [path, v]);
    return v ? pass('secrets are envelope-encrypted with a KMS key of the account', [path, v]) : fail('secrets are not envelope-encrypted with a KMS key of the account', [path, null], ['config.version', cluster.config.version]);
  },
});
