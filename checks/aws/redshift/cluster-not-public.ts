import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-redshift-cluster-not-public',
    title: 'Redshift cluster is not publicly accessible',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    requirements: ['network-segmentation', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'A publicly accessible cluster gets a public address and a public DNS answer; only its security groups then stand between the internet and the warehouse.',
    remediation: {
      summary: 'Turn off public accessibility and reach the cluster from inside the VPC.',
      console: 'Amazon Redshift > Clusters > cluster > Actions > Modify publicly accessible setting > Turn off.',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --no-publicly-accessible',
      terraform: 'resource "aws_redshift_cluster" "x" { publicly_accessible = false }',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html'],
  },
  evaluate(cluster) {
    const path = 'config.publiclyAccessible';
    const v = cluster.config.publiclyAccessible;
    if (v === undefined) return notAssessed('public accessibility could not be read', [path, v]);
    return v ? fail('cluster is publicly accessible', [path, true], ['config.securityGroupIds', cluster.config.securityGroupIds]) : pass('cluster is private', [path, false]);
  },
});
