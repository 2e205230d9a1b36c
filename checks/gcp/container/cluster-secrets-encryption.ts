import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-container-cluster-secrets-encryption',
    title: 'GKE cluster encrypts Kubernetes Secrets with a Cloud KMS key',
    severity: 'medium',
    provider: 'gcp',
    service: 'container',
    resourceTypes: ['gcp.container.cluster'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): GKE already encrypts etcd at rest. Application-layer secrets encryption wraps the Secrets in etcd (database credentials, API keys that reach ePHI) with a Cloud KMS key you control, on top of the default storage encryption.',
    remediation: {
      summary: 'Enable application-layer secrets encryption with a Cloud KMS key in the cluster location.',
      console: 'Kubernetes Engine > cluster > Security > Application-layer secrets encryption > Edit > Enable, choose the key.',
      cli: 'gcloud container clusters update CLUSTER --location=LOCATION --database-encryption-key=projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY',
      terraform: 'resource "google_container_cluster" "x" {\n  database_encryption { state = "ENCRYPTED"\n    key_name = google_kms_crypto_key.gke.id }\n}',
    },
    references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets'],
  },
  evaluate(cluster) {
    const key = cluster.config.databaseEncryptionKey;
    const path = 'config.databaseEncryptionKey';
    if (key === undefined) return notAssessed('the secrets encryption setting could not be read', [path, key]);
    return key === null ? fail('application-layer secrets encryption is off', [path, key]) : pass('Secrets are encrypted with a Cloud KMS key', [path, key]);
  },
});
