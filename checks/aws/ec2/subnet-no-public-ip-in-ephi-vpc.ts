import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { networkEphi } from '../../../src/model/aws/ephi-placement.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-subnet-no-public-ip-in-ephi-vpc',
    title: 'Subnet in a VPC holding ePHI does not auto-assign public IP addresses',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.subnet'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'A subnet that maps public IPv4 addresses on launch gives every instance started there an internet-routable address. In a VPC that holds ePHI resources (by tag, on the resource or the VPC) that breaks the segmentation between public and ePHI tiers. A VPC with no ePHI-tagged resource in the inventory is not applicable; an untagged estate therefore produces no finding.',
    remediation: {
      summary: 'Turn off auto-assign public IPv4 on the subnet; put internet-facing entry points behind a load balancer in dedicated public subnets.',
      console: 'VPC > Subnets > subnet > Actions > Edit subnet settings > clear "Enable auto-assign public IPv4 address".',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET --no-map-public-ip-on-launch',
      terraform: 'resource "aws_subnet" "x" { map_public_ip_on_launch = false }',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html'],
  },
  lookups: { types: ['aws.ec2.vpc'], networks: true },
  evaluate(subnet, ctx) {
    const c = subnet.config;
    if (c.vpcId === undefined) return notAssessed('VPC of the subnet could not be read', ['config.vpcId', c.vpcId]);
    const { ephi, unreadable } = networkEphi(c.vpcId, ctx.inventory, ctx.isEphi);
    if (ephi.length === 0) {
      // An unreadable tag may hide ePHI: then whether the control applies is unknown, not "no".
      if (unreadable.length > 0) return notAssessed(`no resource in the VPC is tagged as holding ePHI, but the tags of ${unreadable.length} could not be read`, ['unreadableTags', unreadable]);
      return notApplicable('no ePHI-tagged resource in the VPC');
    }
    const path = 'config.mapPublicIpOnLaunch';
    if (c.mapPublicIpOnLaunch === undefined) return notAssessed('subnet public IP setting could not be read', [path, c.mapPublicIpOnLaunch]);
    return c.mapPublicIpOnLaunch ? fail(`subnet auto-assigns public IPs in a VPC with ${ephi.length} ePHI resource(s)`, [path, true], ['ephiResourcesInVpc', ephi]) : pass('subnet does not auto-assign public IPs', [path, false]);
  },
});
