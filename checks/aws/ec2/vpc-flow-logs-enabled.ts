import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-vpc-flow-logs-enabled',
    title: 'VPC records flow logs',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.vpc'],
    requirements: ['audit-logging', 'network-map'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'Flow logs are the record of which addresses talked to which over the network: evidence that segmentation works, input to the NPRM network map, and what an investigation needs after an incident. An active flow log capturing ALL (or at least REJECT and ACCEPT separately) traffic counts.',
    remediation: {
      summary: 'Create a flow log for the VPC capturing ALL traffic to CloudWatch Logs or S3.',
      console: 'VPC > Your VPCs > VPC > Flow logs > Create flow log > Filter: All > destination.',
      cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::flow-logs-bucket',
      terraform: 'resource "aws_flow_log" "x" { vpc_id = aws_vpc.x.id\n traffic_type = "ALL"\n log_destination_type = "s3"\n log_destination = aws_s3_bucket.flow.arn }',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
  },
  evaluate(vpc) {
    const path = 'config.flowLogs';
    const logs = vpc.config.flowLogs;
    if (logs === undefined) return notAssessed('flow logs could not be read', [path, logs]);
    const active = logs.filter((l) => l.status === 'ACTIVE');
    const types = new Set(active.map((l) => l.trafficType));
    if (types.has('ALL') || (types.has('ACCEPT') && types.has('REJECT'))) return pass('VPC records all flow log traffic', [path, active]);
    return fail(active.length === 0 ? 'VPC has no active flow log' : `flow logs capture only ${[...types].sort().join(', ')} traffic`, [path, logs]);
  },
});
