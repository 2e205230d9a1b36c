import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-opensearch-domain-encrypted-at-rest',
    title: 'OpenSearch domain is encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Encryption at rest covers the indexes, logs, swap files and automated snapshots of an OpenSearch domain. It is off unless it was chosen (domains created before 2023 and many templates); the AWS managed key is encryption, a customer-managed key is reported apart.',
    remediation: {
      summary: 'Turn on encryption at rest (OpenSearch 2.x and Elasticsearch 5.1+ domains can enable it in place; older ones need a new domain and a snapshot restore).',
      console: 'Amazon OpenSearch Service > Domains > domain > Security configuration > Edit > Enable encryption of data at rest > choose the key > Save.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --encryption-at-rest-options Enabled=true,KmsKeyId=KEY_ARN',
      terraform: 'resource "aws_opensearch_domain" "x" { encrypt_at_rest { enabled = true\n  kms_key_id = aws_kms_key.phi.arn } }',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html'],
  },
  evaluate(domain) {
    const path = 'config.encryptionAtRest';
    const v = domain.config.encryptionAtRest;
    if (v === undefined) return notAssessed('encryption at rest settings could not be read', [path, v]);
    return v ? pass('domain is encrypted at rest', [path, true], ['config.kmsKeyId', domain.config.kmsKeyId]) : fail('domain is not encrypted at rest', [path, false]);
  },
});
