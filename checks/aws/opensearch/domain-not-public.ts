import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { publicGrants } from '../../../src/model/aws/iam-policy.js';

export default defineCheck({
  meta: {
    id: 'aws-opensearch-domain-not-public',
    title: 'OpenSearch domain is in a VPC or its access policy does not open it to everyone',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    requirements: ['network-segmentation', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'A domain outside a VPC has an internet endpoint; its access policy is then all that stands between the internet and the indexes. A statement allowing everyone ("*") without a condition confining the caller (source IP range, account, organization, VPC endpoint) opens the data to anyone who finds the endpoint. A VPC domain is reachable only through its VPC.',
    remediation: {
      summary: 'Place the domain in a VPC (a new domain), or replace the open statement with named principals or a source IP range condition.',
      console: 'Amazon OpenSearch Service > Domains > domain > Security configuration > Edit > Access policy: only specific AWS principals or IP ranges > Save.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --access-policies file://restricted-policy.json',
      terraform: 'resource "aws_opensearch_domain" "x" { vpc_options { subnet_ids = [aws_subnet.private.id]\n  security_group_ids = [aws_security_group.search.id] } }',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html', 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html'],
  },
  evaluate(domain) {
    const c = domain.config;
    if (c.vpc === undefined) return notAssessed('network placement could not be read', ['config.vpc', c.vpc]);
    if (c.vpc !== null) return pass(`domain is in VPC ${c.vpc.vpcId ?? '(unknown id)'}`, ['config.vpc.vpcId', c.vpc.vpcId]);
    const path = 'config.accessPolicy';
    if (c.accessPolicy === undefined) return notAssessed('domain has a public endpoint and its access policy could not be read', ['config.vpc', null], [path, c.accessPolicy]);
    const open = c.accessPolicy === null ? [] : publicGrants(c.accessPolicy);
    if (open.length === 0) return pass('domain has a public endpoint, but its access policy grants nothing to everyone', ['config.vpc', null], [path, c.accessPolicy]);
    return fail(`public endpoint and ${open.length} access policy statement(s) allow everyone without a confining condition`, ['config.vpc', null], [path, open], ['config.fineGrainedAccessControl', c.fineGrainedAccessControl]);
  },
});
