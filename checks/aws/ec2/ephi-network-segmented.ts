import { defineCheck } from '../../../src/engine/check-api.js';
import { analyzeAws, AWS_REACHABILITY_TARGETS, AWS_REACHABILITY_TYPES } from '../../../src/model/reachability/aws.js';
import { segmentationMeta, segmentationVerdict } from '../../_reachability.js';

export default defineCheck({
  meta: segmentationMeta({
    id: 'aws-ec2-ephi-network-segmented',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: [...AWS_REACHABILITY_TARGETS],
    what: 'security groups (including group-to-group references), network ACLs in both directions, route tables, internet gateways and VPC peering connections',
    remediation: {
      summary: 'Allow the ePHI tier only the ports it serves and only from the groups that need them; keep ePHI data stores out of public subnets and not publicly accessible.',
      console: 'EC2 > Security Groups > the ePHI resource\'s group > Inbound rules: replace "All traffic" from application or default groups with the service port from the application tier\'s group only. RDS > database > Modify > Connectivity: Publicly accessible = No.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id DB_SG --ip-permissions IpProtocol=-1,UserIdGroupPairs=[{GroupId=APP_SG}] && aws ec2 authorize-security-group-ingress --group-id DB_SG --protocol tcp --port 5432 --source-group APP_SG',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "db_from_app" {\n  security_group_id            = aws_security_group.db.id\n  referenced_security_group_id = aws_security_group.app.id\n  ip_protocol                  = "tcp"\n  from_port                    = 5432\n  to_port                      = 5432\n}',
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/route-table-priority.html',
      'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html',
    ],
  }),
  lookups: { types: [...AWS_REACHABILITY_TYPES] },
  evaluate: (resource, ctx) => segmentationVerdict(resource, ctx, AWS_REACHABILITY_TYPES, () => analyzeAws(resource, ctx.inventory, ctx.isEphi)),
});
