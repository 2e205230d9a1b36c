import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-network-not-default',
    title: 'VPC network is a custom-mode network, not the default or an auto-mode network',
    severity: 'medium',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.network'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The default network is auto mode: it has a subnet in every region with predictable ranges and comes with permissive default-allow-ssh, -rdp, -icmp and -internal firewall rules. Segmenting ePHI systems starts from custom-mode networks with only the subnets and rules you designed.',
    remediation: {
      summary: 'Move workloads to a custom-mode VPC, delete the default network, and enforce constraints/compute.skipDefaultNetworkCreation for new projects.',
      console: 'VPC network > VPC networks > default > Delete VPC network (after moving its workloads).',
      cli: 'gcloud compute networks delete default',
      terraform: 'resource "google_compute_network" "phi" {\n  name                    = "phi-vpc"\n  auto_create_subnetworks = false\n}',
    },
    references: ['https://cloud.google.com/vpc/docs/vpc#default-network', 'https://cloud.google.com/vpc/docs/firewalls#more_rules_default_vpc'],
  },
  evaluate(network) {
    const auto = network.config.autoCreateSubnetworks;
    const path = 'config.autoCreateSubnetworks';
    if (network.name === 'default') return fail('the default network is present', ['name', network.name], [path, auto]);
    const legacy = network.config.legacyIpv4Range;
    if (typeof legacy === 'string') return fail('legacy network: one global range and no subnets to segment', ['config.legacyIpv4Range', legacy]);
    if (auto === undefined) return notAssessed('the subnet mode could not be read', [path, auto]);
    if (auto) return fail('auto-mode network: a subnet in every region with predefined ranges', [path, auto]);
    return pass('custom-mode network', [path, auto]);
  },
});
