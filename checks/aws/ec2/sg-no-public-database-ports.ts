import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { DATABASE_PORTS, worldOpenPorts } from '../../../src/model/aws/network.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-sg-no-public-database-ports',
    title: 'Security group does not open database or cache ports to the internet',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    requirements: ['network-segmentation', 'disable-unused-ports'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'Database and cache ports (SQL Server 1433, Oracle 1521, MySQL 3306, PostgreSQL 5432, Redshift 5439, Redis 6379, OpenSearch 9200, Memcached 11211, MongoDB 27017) reachable from 0.0.0.0/0 or ::/0 put the ePHI store one password away from the internet.',
    remediation: {
      summary: 'Allow database ports only from the application tier\'s security group, never from 0.0.0.0/0 or ::/0.',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit > replace the 0.0.0.0/0 source with the app security group.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id SG --protocol tcp --port 5432 --cidr 0.0.0.0/0 && aws ec2 authorize-security-group-ingress --group-id SG --protocol tcp --port 5432 --source-group APP_SG',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "db" { referenced_security_group_id = aws_security_group.app.id\n from_port = 5432\n to_port = 5432\n ip_protocol = "tcp" }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html'],
  },
  evaluate(sg) {
    const path = 'config.ingress';
    const rules = sg.config.ingress;
    if (rules === undefined) return notAssessed('ingress rules could not be read', [path, rules]);
    const hits = worldOpenPorts(rules, DATABASE_PORTS);
    return hits.length > 0 ? fail(`database/cache ports open to the internet: ${hits.join(', ')}`, [path, hits]) : pass('no database or cache port is open to the internet', [path, []]);
  },
});
