import { fail, notAssessed, pass, type CheckContext, type CheckMeta, type Verdict } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import type { NsgSecurityRule } from '../../../src/model/types/azure/index.js';
import { isInternetSource } from '../_shared.js';

/** Shared by the NSG port checks: which ports an NSG admits from the internet. */
export function nsgMeta(m: { id: string; title: string; what: string; ports: readonly number[] }): CheckMeta<'azure.network.security-group'> {
  return {
    id: m.id,
    title: m.title,
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'network',
    resourceTypes: ['azure.network.security-group'],
    requirements: ['network-segmentation', 'disable-unused-ports'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: `An inbound Allow rule from Internet, * or 0.0.0.0/0 to ${m.what} ports exposes every VM in the associated subnets and NICs to scanning, brute force and exploits from the whole internet. Reach them through Azure Bastion, a VPN, just-in-time VM access or private endpoints instead.`,
    remediation: {
      summary: 'Restrict the rule\'s source to known address ranges or service tags (or delete it) and use Azure Bastion / just-in-time access for administration.',
      console: 'Network security group > Settings > Inbound security rules > rule > Source: IP Addresses (your ranges), or Delete.',
      cli: 'az network nsg rule update -g RG --nsg-name NSG -n RULE --source-address-prefixes 10.0.0.0/8',
      terraform: 'resource "azurerm_network_security_rule" "x" {\n  source_address_prefix = "10.0.0.0/8" # never "*" or "Internet"\n}',
    },
    references: ['https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview', 'https://learn.microsoft.com/azure/bastion/bastion-overview'],
    defaultOptions: { ports: m.ports },
  };
}

function coversPort(range: string, port: number): boolean {
  const r = range.trim();
  if (r === '*') return true;
  const [from, to] = r.split('-').map((x) => Number(x.trim()));
  if (from === undefined || Number.isNaN(from)) return false;
  return port >= from && port <= (to === undefined || Number.isNaN(to) ? from : to);
}

function matches(rule: NsgSecurityRule, port: number): boolean {
  const proto = rule.protocol.toLowerCase();
  // RDP also listens on UDP 3389; every other port here is TCP.
  const protoOk = proto === '*' || proto === 'tcp' || (proto === 'udp' && port === 3389);
  return rule.direction === 'Inbound' && protoOk && rule.destinationPortRanges.some((r) => coversPort(r, port));
}

/**
 * NSG rules are evaluated by priority, first match wins. For each port, the first inbound rule
 * that matches the port from an internet source decides: Allow exposes it, Deny closes it.
 * (Rules from narrower sources are ignored: they never admit the whole internet.)
 */
export function exposedPorts(rules: readonly NsgSecurityRule[], ports: readonly number[]): { port: number; rule: NsgSecurityRule }[] {
  const fromInternet = [...rules].filter((r) => r.sourceAddressPrefixes.some(isInternetSource)).sort((a, b) => a.priority - b.priority);
  return ports.flatMap((port) => {
    const first = fromInternet.find((r) => matches(r, port));
    return first?.access === 'Allow' ? [{ port, rule: first }] : [];
  });
}

export function evaluateNsgPorts(nsg: Resource<'azure.network.security-group'>, ctx: CheckContext, what: string): Verdict {
  const rules = nsg.config.securityRules;
  const path = 'config.securityRules';
  if (rules === undefined) return notAssessed('the security rules could not be read', [path, rules]);
  const ports = (ctx.options.ports as readonly number[] | undefined) ?? [];
  const exposed = exposedPorts(rules, ports);
  if (exposed.length === 0) return pass(`no ${what} port is open to the internet`, [path, rules.length]);
  const names = [...new Set(exposed.map((e) => e.rule.name))];
  return fail(`${what} port(s) ${exposed.map((e) => e.port).join(', ')} open to the internet by rule(s) ${names.join(', ')}`, [path, rules.filter((r) => names.includes(r.name))]);
}
