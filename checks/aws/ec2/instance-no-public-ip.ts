import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-instance-no-public-ip',
    title: 'EC2 instance has no public IP address',
    severity: 'low',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.instance'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'An instance with a public IP sits directly on the internet, with security groups as its only boundary. Instances that process ePHI belong in private subnets behind load balancers, NAT and Session Manager; tag-based ePHI scoping raises the severity.',
    remediation: {
      summary: 'Move the instance to a private subnet (or release its Elastic IP) and publish it through a load balancer; use Session Manager for administration.',
      console: 'EC2 > Elastic IPs > disassociate; launch a replacement in a private subnet with "Auto-assign public IP: Disable".',
      cli: 'aws ec2 disassociate-address --association-id ASSOC && aws ec2 modify-subnet-attribute --subnet-id SUBNET --no-map-public-ip-on-launch',
      terraform: 'resource "aws_instance" "x" { associate_public_ip_address = false\n subnet_id = aws_subnet.private.id }',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html'],
  },
  evaluate(instance) {
    const c = instance.config;
    if (c.state === 'terminated') return notApplicable('instance is terminated');
    const path = 'config.publicIpAddress';
    if (c.publicIpAddress === undefined) return notAssessed('public address could not be read', [path, c.publicIpAddress]);
    return c.publicIpAddress ? fail(`instance has public IP ${c.publicIpAddress}`, [path, c.publicIpAddress]) : pass('instance has no public IP', [path, null]);
  },
});
