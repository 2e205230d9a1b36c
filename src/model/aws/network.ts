import type { RouteTargetKind, SecurityGroupRule } from '../types/aws/ec2.js';

/** Pure helpers for security group and network ACL rules. */

export const ANY_IPV4 = '0.0.0.0/0';
export const ANY_IPV6 = '::/0';

/** Remote administration: SSH, RDP. */
export const ADMIN_PORTS: readonly number[] = [22, 3389];
/** Databases, caches and search: SQL Server, Oracle, MySQL/MariaDB, PostgreSQL, Redshift, Redis, OpenSearch, Memcached, MongoDB. */
export const DATABASE_PORTS: readonly number[] = [1433, 1521, 3306, 5432, 5439, 6379, 9200, 11211, 27017];

export function isAllProtocols(protocol: string): boolean {
  return protocol === '-1' || protocol.toLowerCase() === 'all';
}

/** The rule admits traffic from anywhere on the internet (IPv4 or IPv6). */
export function openToWorld(rule: SecurityGroupRule): readonly string[] {
  return [...rule.ipv4Ranges.filter((c) => c === ANY_IPV4), ...rule.ipv6Ranges.filter((c) => c === ANY_IPV6)];
}

/** Does the rule admit TCP traffic to `port`? All-protocol rules and null port ranges cover every port. */
export function coversTcpPort(rule: SecurityGroupRule, port: number): boolean {
  const proto = rule.protocol.toLowerCase();
  if (isAllProtocols(proto)) return true;
  if (proto !== 'tcp' && proto !== '6') return false;
  if (rule.fromPort === null || rule.toPort === null) return true;
  return rule.fromPort <= port && port <= rule.toPort;
}

/** All traffic: protocol -1, or TCP/UDP across the full port range. */
export function coversAllTraffic(rule: SecurityGroupRule): boolean {
  if (isAllProtocols(rule.protocol)) return true;
  const proto = rule.protocol.toLowerCase();
  if (!['tcp', 'udp', '6', '17'].includes(proto)) return false;
  return rule.fromPort === null || rule.toPort === null || (rule.fromPort <= 0 && rule.toPort >= 65535) || (rule.fromPort <= 1 && rule.toPort >= 65535);
}

/** Human-readable description of the world-open exposures of `ports` in a list of ingress rules, sorted. */
export function worldOpenPorts(rules: readonly SecurityGroupRule[], ports: readonly number[]): string[] {
  const hits = new Set<string>();
  for (const rule of rules) {
    const sources = openToWorld(rule);
    if (sources.length === 0) continue;
    for (const port of ports) if (coversTcpPort(rule, port)) for (const s of sources) hits.add(`${port} from ${s}`);
  }
  return [...hits].sort();
}

const ROUTE_TARGET_PREFIXES: readonly (readonly [string, RouteTargetKind])[] = [
  ['igw-', 'internet-gateway'], ['eigw-', 'egress-only-internet-gateway'], ['nat-', 'nat-gateway'], ['pcx-', 'vpc-peering'], ['tgw-', 'transit-gateway'],
  ['vgw-', 'vpn-gateway'], ['eni-', 'network-interface'], ['i-', 'instance'], ['vpce-', 'vpc-endpoint'], ['lgw-', 'local-gateway'], ['cagw-', 'carrier-gateway'],
  ['arn:aws:networkmanager:', 'core-network'],
];

/** A route's target kind from the id AWS gives it (`local`, `igw-...`, `pcx-...`, a Cloud WAN core network ARN). */
export function routeTargetKind(targetId: string): RouteTargetKind {
  if (targetId === 'local') return 'local';
  return ROUTE_TARGET_PREFIXES.find(([prefix]) => targetId.startsWith(prefix))?.[1] ?? 'other';
}
