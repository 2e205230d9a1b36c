import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-opensearch-domain-node-to-node-encryption',
    title: 'OpenSearch domain encrypts traffic between its nodes',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Without node-to-node encryption, documents replicated and queried between the data nodes of a domain cross the VPC in clear text. The option adds TLS inside the cluster; it is off unless chosen.',
    remediation: {
      summary: 'Turn on node-to-node encryption (in place for OpenSearch and Elasticsearch 6.7+; older domains need a new domain).',
      console: 'Amazon OpenSearch Service > Domains > domain > Security configuration > Edit > Node-to-node encryption > Save.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --node-to-node-encryption-options Enabled=true',
      terraform: 'resource "aws_opensearch_domain" "x" { node_to_node_encryption { enabled = true } }',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
  },
  evaluate(domain) {
    const path = 'config.nodeToNodeEncryption';
    const v = domain.config.nodeToNodeEncryption;
    if (v === undefined) return notAssessed('node-to-node encryption setting could not be read', [path, v]);
    return v ? pass('traffic between nodes is encrypted', [path, true]) : fail('traffic between nodes is not encrypted', [path, false]);
  },
});
