import { fail, notApplicable, notAssessed, pass, type CheckContext, type CheckMeta, type Verdict } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import type { FirewallRule } from '../../../src/model/types/gcp/index.js';
import { isAnywhere } from '../_shared.js';

/** Shared by the firewall port checks: which allowed rules reach `ports` from 0.0.0.0/0 or ::/0. */
export function firewallMeta(m: { id: string; title: string; what: string; ports: readonly number[] }): CheckMeta<'gcp.compute.firewall'> {
  return {
    id: m.id,
    title: m.title,
    severity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.firewall'],
    requirements: ['network-segmentation', 'disable-unused-ports'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: `An ingress rule from 0.0.0.0/0 to ${m.what} ports exposes every matching VM to scanning and credential attacks from the whole internet. Reach them through Identity-Aware Proxy TCP forwarding, a bastion or private connectivity instead.`,
    remediation: {
      summary: `Restrict the rule's source ranges to known networks (for SSH/RDP: the IAP range 35.235.240.0/20) or delete it.`,
      console: 'VPC network > Firewall > rule > Edit > Source IPv4 ranges: replace 0.0.0.0/0.',
      cli: 'gcloud compute firewall-rules update RULE --source-ranges=35.235.240.0/20',
      terraform: 'resource "google_compute_firewall" "x" {\n  source_ranges = ["35.235.240.0/20"] # not 0.0.0.0/0\n}',
    },
    references: ['https://cloud.google.com/firewall/docs/firewalls', 'https://cloud.google.com/iap/docs/using-tcp-forwarding'],
    defaultOptions: { ports: m.ports },
  };
}

function opens(rule: FirewallRule, port: number): boolean {
  if (!['tcp', 'all', '6'].includes(rule.protocol) && !(rule.protocol === 'udp' && port === 3389)) return false;
  return rule.ports.length === 0 || rule.ports.some(([from, to]) => port >= from && port <= to);
}

export function evaluatePublicPorts(fw: Resource<'gcp.compute.firewall'>, ctx: CheckContext, what: string): Verdict {
  const c = fw.config;
  if (c.direction === 'EGRESS') return notApplicable('egress rule');
  if (c.disabled === true) return notApplicable('rule is disabled');
  if (c.sourceRanges === undefined || c.allowed === undefined || c.direction === undefined || c.disabled === undefined) return notAssessed('the rule could not be read in full', ['config.sourceRanges', c.sourceRanges], ['config.allowed', c.allowed]);
  const allowed = c.allowed;
  const anywhere = c.sourceRanges.filter(isAnywhere);
  if (anywhere.length === 0) return pass('the rule does not admit traffic from the whole internet', ['config.sourceRanges', c.sourceRanges]);
  const ports = (ctx.options.ports as readonly number[] | undefined) ?? [];
  const exposed = ports.filter((p) => allowed.some((r) => opens(r, p)));
  if (exposed.length === 0) return pass(`no ${what} port is open from ${anywhere.join(', ')}`, ['config.allowed', c.allowed]);
  return fail(`${what} port(s) ${exposed.join(', ')} open to ${anywhere.join(', ')}`, ['config.sourceRanges', c.sourceRanges], ['config.allowed', c.allowed]);
}
