import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { loadCdktfOut, loadTerraformDirs, loadTerraformPlans } from '../../../providers/terraform/index.js';
import { mapResources } from '../../../providers/terraform/map/index.js';
import { parsePlan } from '../../../providers/terraform/plan.js';
import { evaluate } from '../../../src/engine/run.js';
import type { Resource } from '../../../src/model/resource.js';
import { TEST_NOW } from '../../helpers/check-tester.js';
import { constant, planJson, refs, type PlanResource } from './plan-builder.js';

/**
 * Planned values are the truth: a nested block the plan shows with known values is read even when the
 * plan's configuration does not list it (Terraform never lists `dynamic` blocks there, and older versions
 * left out some literal ones). An unknown nested block list the configuration cannot vouch for may be a
 * `dynamic` block with an unknown for_each: not assessed, never pass.
 */
const quiet = { warn: () => {} };
const mapPlan = (resources: readonly PlanResource[]) => mapResources(parsePlan('plan.json', planJson(resources, PROVIDERS)));
const PROVIDERS = {
  aws: { name: 'aws', expressions: { region: constant('us-east-1') } },
  azurerm: { name: 'azurerm', expressions: {} },
  google: { name: 'google', expressions: { project: constant('acme-phi-prod') } },
};

function statusOf(rs: readonly Resource[], checkId: string, id: string): string | undefined {
  const f = evaluate(rs, [], ALL_CHECKS, { now: TEST_NOW }).findings.filter((x) => x.checkId === checkId && x.resource.id === id);
  expect(f.length, `${checkId} on ${id}`).toBe(1);
  return f[0]?.status;
}

const OPEN_SSH_SG = { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], security_groups: [], prefix_list_ids: [], self: false, description: 'ssh' };
const NSG_RULE = { name: 'ssh', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', destination_port_range: '22', source_address_prefix: '*', destination_address_prefix: '*', source_address_prefixes: [], destination_port_ranges: [], source_application_security_group_ids: [], destination_address_prefixes: [], destination_application_security_group_ids: [], source_port_ranges: [], description: '' };

/** One resource family per row: the nested block, a planned value open to the internet on SSH, and the check it decides. */
const FAMILIES: readonly { family: string; check: string; id: string; resource: (block: unknown, listed: boolean) => PlanResource; open: unknown }[] = [
  {
    family: 'AWS security group (ingress)',
    check: 'aws-ec2-sg-no-public-admin-ports',
    id: 'terraform:aws_security_group.web',
    open: [OPEN_SSH_SG],
    resource: (ingress, listed) => ({ type: 'aws_security_group', name: 'web', after: { name: 'web', ...(ingress === undefined ? {} : { ingress }), egress: [] }, afterUnknown: ingress === undefined ? { ingress: true } : {}, expressions: { name: constant('web'), ...(listed ? { ingress: constant(ingress) } : {}) } }),
  },
  {
    family: 'AWS network ACL (ingress)',
    check: 'aws-ec2-nacl-no-allow-all-ingress',
    id: 'terraform:aws_network_acl.edge',
    open: [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', ipv6_cidr_block: '', from_port: 0, to_port: 0, icmp_code: 0, icmp_type: 0 }],
    resource: (ingress, listed) => ({ type: 'aws_network_acl', name: 'edge', after: { vpc_id: 'vpc-1', subnet_ids: [], egress: [], ...(ingress === undefined ? {} : { ingress }) }, afterUnknown: ingress === undefined ? { ingress: true } : {}, expressions: { vpc_id: constant('vpc-1'), ...(listed ? { ingress: [] } : {}) } }),
  },
  {
    family: 'Azure network security group (security_rule)',
    check: 'azure-network-security-group-no-public-admin-ports',
    id: 'terraform:azurerm_network_security_group.web',
    open: [NSG_RULE],
    resource: (rules, listed) => ({ type: 'azurerm_network_security_group', name: 'web', after: { name: 'web', location: 'eastus', resource_group_name: 'rg', ...(rules === undefined ? {} : { security_rule: rules }) }, afterUnknown: rules === undefined ? { security_rule: true } : {}, expressions: { name: constant('web'), ...(listed ? { security_rule: constant(rules) } : {}) } }),
  },
  {
    family: 'GCP firewall (allow)',
    check: 'gcp-compute-firewall-no-public-admin-ports',
    id: 'terraform:google_compute_firewall.ssh',
    open: [{ protocol: 'tcp', ports: ['22'] }],
    resource: (allow, listed) => ({ type: 'google_compute_firewall', name: 'ssh', after: { name: 'ssh', network: 'default', direction: 'INGRESS', source_ranges: ['0.0.0.0/0'], deny: [], ...(allow === undefined ? {} : { allow }) }, afterUnknown: allow === undefined ? { allow: true } : {}, expressions: { name: constant('ssh'), network: constant('default'), source_ranges: constant(['0.0.0.0/0']), ...(listed ? { allow: [{ protocol: constant('tcp'), ports: constant(['22']) }] } : {}) } }),
  },
];

describe.each(FAMILIES)('$family in a plan', ({ check, id, resource, open }) => {
  it('reads a known planned block the configuration does not list (a dynamic block): it fails, never passes on an empty list', () => {
    expect(statusOf(mapPlan([resource(open, false)]), check, id)).toBe('fail');
  });

  it('gives the same answer when the configuration lists the block', () => {
    expect(statusOf(mapPlan([resource(open, true)]), check, id)).toBe('fail');
  });

  it('passes when the planned block list is known and empty', () => {
    expect(statusOf(mapPlan([resource([], false)]), check, id)).toBe('pass');
  });

  it('is not assessed when the planned block list is unknown and the plan cannot say whether a dynamic block writes it', () => {
    expect(statusOf(mapPlan([resource(undefined, false)]), check, id)).toBe('not_assessed');
  });
});

describe('the .tf source next to a plan settles what its configuration leaves out', () => {
  const plan = (sg: string) => planJson([
    { type: 'aws_security_group', name: 'web', after: { name: 'web' }, afterUnknown: { ingress: true, egress: true, id: true }, expressions: { name: constant('web') } },
    { type: 'aws_vpc_security_group_ingress_rule', name: 'https', after: { cidr_ipv4: '0.0.0.0/0', from_port: 443, to_port: 443, ip_protocol: 'tcp' }, afterUnknown: { security_group_id: true }, expressions: { security_group_id: refs('aws_security_group.web.id', 'aws_security_group.web') } },
  ]).replace('"web"', `"${sg}"`);
  const dir = (tf: string) => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-plan-src-'));
    writeFileSync(join(d, 'main.tf'), tf);
    writeFileSync(join(d, 'plan.json'), plan('web'));
    return d;
  };

  it('a group whose source writes no inline rules has only its separate rules (the plan shows the inline list as computed)', async () => {
    const d = dir('resource "aws_security_group" "web" {\n  name = "web"\n}\n\nresource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.web.id\n  cidr_ipv4 = "0.0.0.0/0"\n  from_port = 443\n  to_port = 443\n  ip_protocol = "tcp"\n}\n');
    const rs = await loadTerraformPlans([join(d, 'plan.json')], [], quiet);
    expect(rs.find((r) => r.id === 'terraform:aws_security_group.web')?.config).toMatchObject({ ingress: [{ fromPort: 443, ipv4Ranges: ['0.0.0.0/0'] }], egress: [] });
    expect(statusOf(rs, 'aws-ec2-sg-no-public-admin-ports', 'terraform:aws_security_group.web')).toBe('pass');
  });

  it('a group whose source writes a dynamic "ingress" block stays unknown when the plan cannot resolve it', async () => {
    const d = dir('resource "aws_security_group" "web" {\n  name = "web"\n  dynamic "ingress" {\n    for_each = data.aws_ec2_managed_prefix_list.office.entries\n    content {\n      protocol    = "tcp"\n      from_port   = 22\n      to_port     = 22\n      cidr_blocks = [ingress.value.cidr]\n    }\n  }\n}\n');
    const rs = await loadTerraformPlans([join(d, 'plan.json')], [], quiet);
    expect(rs.find((r) => r.id === 'terraform:aws_security_group.web')?.config).toMatchObject({ ingress: undefined });
    expect(statusOf(rs, 'aws-ec2-sg-no-public-admin-ports', 'terraform:aws_security_group.web')).toBe('not_assessed');
  });

  it('without the source, the same plan is not assessed rather than read as having no inline rules', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-plan-nosrc-'));
    writeFileSync(join(d, 'plan.json'), plan('web'));
    const rs = await loadTerraformPlans([join(d, 'plan.json')], [], quiet);
    expect(statusOf(rs, 'aws-ec2-sg-no-public-admin-ports', 'terraform:aws_security_group.web')).toBe('not_assessed');
  });
});

describe('HCL: a dynamic block with an unknown for_each', () => {
  it('leaves the security group not assessed', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-dyn-'));
    writeFileSync(join(d, 'main.tf'), 'resource "aws_security_group" "web" {\n  name = "web"\n  dynamic "ingress" {\n    for_each = data.aws_ec2_managed_prefix_list.office.entries\n    content {\n      protocol    = "tcp"\n      from_port   = 22\n      to_port     = 22\n      cidr_blocks = [ingress.value.cidr]\n    }\n  }\n}\n');
    const rs = await loadTerraformDirs([d], quiet);
    expect(statusOf(rs, 'aws-ec2-sg-no-public-admin-ports', 'terraform:aws_security_group.web')).toBe('not_assessed');
  });
});

describe('CDKTF: a dynamic block (Terraform JSON syntax) with an iterator', () => {
  it('leaves the security group not assessed instead of reading no inline rules', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-cdk-dyn-'));
    writeFileSync(join(d, 'cdk.tf.json'), JSON.stringify({
      terraform: {},
      resource: { aws_security_group: { web: { name: 'web', dynamic: { ingress: { for_each: '${var.rules}', iterator: 'rule', content: { protocol: 'tcp', from_port: '${rule.value.port}', to_port: '${rule.value.port}', cidr_blocks: ['0.0.0.0/0'] } } } } } },
    }));
    const rs = await loadCdktfOut([join(d, 'cdk.tf.json')], quiet);
    const sg = rs.find((r) => r.type === 'aws.ec2.security-group');
    expect(sg?.config).toMatchObject({ ingress: undefined });
    expect(statusOf(rs, 'aws-ec2-sg-no-public-admin-ports', sg?.id ?? '')).toBe('not_assessed');
  });
});

describe('known planned values of scalar attributes and single blocks', () => {
  it('an S3 bucket: the deprecated inline versioning block the plan knows is read, not taken as off', () => {
    const [bucket] = mapPlan([{ type: 'aws_s3_bucket', name: 'b', after: { bucket: 'b', versioning: [{ enabled: true, mfa_delete: false }] }, afterUnknown: { id: true }, expressions: { bucket: constant('b') } }]);
    expect(bucket?.config).toMatchObject({ versioning: 'Enabled' });
  });

  it('an unconfigured computed scalar is the provider default (so plan, HCL and CDKTF agree), an unknown nested block is not', () => {
    const [vol] = mapPlan([{ type: 'aws_ebs_volume', name: 'v', after: { availability_zone: 'us-east-1a', size: 10 }, afterUnknown: { encrypted: true, kms_key_id: true }, expressions: { availability_zone: constant('us-east-1a') } }]);
    expect(vol?.config).toMatchObject({ encrypted: false });
    expect(vol?.source).toMatchObject({ defaulted: ['encrypted'] });
  });
});

describe('an unknown value inside a known block stays unknown, never absent', () => {
  it('a network ACL entry whose CIDR is known only after apply: not assessed, not a pass', () => {
    const rs = mapPlan([{ type: 'aws_network_acl', name: 'edge', after: { vpc_id: 'vpc-1', subnet_ids: [], egress: [], ingress: [{ rule_no: 100, action: 'allow', protocol: '-1', ipv6_cidr_block: '', from_port: 0, to_port: 0 }] }, afterUnknown: { ingress: [{ cidr_block: true }] }, expressions: { vpc_id: constant('vpc-1') } }]);
    expect(statusOf(rs, 'aws-ec2-nacl-no-allow-all-ingress', 'terraform:aws_network_acl.edge')).toBe('not_assessed');
  });

  it('an application gateway whose SSL policy name is known only after apply: not assessed, not the service default', () => {
    const rs = mapPlan([{ type: 'azurerm_application_gateway', name: 'agw', after: { name: 'agw', location: 'eastus', ssl_policy: [{ policy_type: 'Predefined', min_protocol_version: null, disabled_protocols: [] }] }, afterUnknown: { ssl_policy: [{ policy_name: true }] }, expressions: { name: constant('agw'), ssl_policy: [{ policy_type: constant('Predefined'), policy_name: refs('var.policy') }] } }]);
    expect(rs[0]?.config).toMatchObject({ sslPolicy: undefined });
    expect(statusOf(rs, 'azure-network-application-gateway-tls12', 'terraform:azurerm_application_gateway.agw')).toBe('not_assessed');
  });

  it('a security group rule whose direction is known only after apply counts for both directions: not assessed, not dropped', () => {
    const rs = mapPlan([
      { type: 'aws_security_group', name: 'web', after: { name: 'web', ingress: [], egress: [] }, expressions: { name: constant('web') } },
      { type: 'aws_security_group_rule', name: 'ssh', after: { protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }, afterUnknown: { type: true, security_group_id: true }, expressions: { type: refs('var.direction'), security_group_id: refs('aws_security_group.web.id', 'aws_security_group.web') } },
    ]);
    expect(statusOf(rs, 'aws-ec2-sg-no-public-admin-ports', 'terraform:aws_security_group.web')).toBe('not_assessed');
  });

  it('a CloudTrail event selector whose data resources are known only after apply: data events unknown, not off', () => {
    const [trail] = mapPlan([{ type: 'aws_cloudtrail', name: 't', after: { name: 't', s3_bucket_name: 'logs', advanced_event_selector: [], event_selector: [{ read_write_type: 'All', include_management_events: true }] }, afterUnknown: { event_selector: [{ data_resource: true }] }, expressions: { name: constant('t'), event_selector: [{ read_write_type: constant('All') }] } }]);
    expect(trail?.config).toMatchObject({ dataEvents: undefined });
  });
});
