import { IntSet } from './intset.js';

/**
 * Traffic as a set of (IP protocol, destination port) pairs, keyed `protocol * 65536 + port`.
 * Protocols without ports (ICMP, ESP...) cover their whole block of 65,536 keys, so "all
 * traffic" is one span and every rule, of any protocol, is a set in the same space.
 */
const PORTS = 65536n;
const key = (protocol: number, port: number): bigint => BigInt(protocol) * PORTS + BigInt(port);

export const TCP = 6;
export const UDP = 17;
const NAMES: Readonly<Record<number, string>> = { 1: 'icmp', 6: 'tcp', 17: 'udp', 58: 'icmpv6' };
const NUMBERS: Readonly<Record<string, number>> = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58, 'ipv6-icmp': 58, esp: 50, ah: 51 };

export const ALL_TRAFFIC = IntSet.range(0n, key(255, 65535));

/** Every port of one protocol. */
export function protocolTraffic(protocol: number): IntSet {
  return IntSet.range(key(protocol, 0), key(protocol, 65535));
}

export const ALL_TCP = protocolTraffic(TCP);
const ALL_UDP = protocolTraffic(UDP);
/** Every TCP port a service can listen on (1-65535; port 0 is reserved). What "reachable on every port" means. */
export const EVERY_TCP_PORT = IntSet.range(key(TCP, 1), key(TCP, 65535));

/** Protocol names and numbers as the clouds spell them (`tcp`, `6`, `Tcp`, `-1`, `all`, `*`); undefined when not recognised. */
export function protocolNumber(protocol: string): number | 'all' | undefined {
  const p = protocol.trim().toLowerCase();
  if (p === '-1' || p === 'all' || p === '*' || p === 'any') return 'all';
  if (/^\d{1,3}$/.test(p)) return Number(p) <= 255 ? Number(p) : undefined;
  return NUMBERS[p];
}

/**
 * The traffic a rule names: a protocol and an inclusive port range (null = every port). Ports
 * count only for TCP and UDP (and SCTP, 132); other protocols always mean the whole protocol.
 * undefined when the protocol or the range is not understood.
 */
export function trafficOf(protocol: string, from: number | null, to: number | null): IntSet | undefined {
  const p = protocolNumber(protocol);
  if (p === undefined) return undefined;
  if (p === 'all') return ALL_TRAFFIC;
  if (p !== TCP && p !== UDP && p !== 132) return protocolTraffic(p);
  if (from === null || to === null) return protocolTraffic(p);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > 65535 || from > to) return undefined;
  return IntSet.range(key(p, from), key(p, to));
}

/** Port ranges as the clouds write them: `22`, `1000-2000`, `*`. undefined when one does not parse. */
export function portRanges(ranges: readonly string[]): readonly (readonly [number, number])[] | undefined {
  const out: [number, number][] = [];
  for (const r of ranges) {
    const t = r.trim();
    if (t === '*' || t === '') {
      out.push([0, 65535]);
      continue;
    }
    const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(t);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from > to || to > 65535) return undefined;
    out.push([from, to]);
  }
  return out;
}

/** A protocol with several port ranges ([] = every port). */
export function trafficOfRanges(protocol: string, ranges: readonly (readonly [number, number])[]): IntSet | undefined {
  if (ranges.length === 0) return trafficOf(protocol, null, null);
  let out = IntSet.EMPTY;
  for (const [from, to] of ranges) {
    const t = trafficOf(protocol, from, to);
    if (!t) return undefined;
    out = out.union(t);
  }
  return out;
}

const EPHEMERAL_TCP = IntSet.range(key(TCP, 1024), key(TCP, 65535));
const EPHEMERAL_UDP = IntSet.range(key(UDP, 1024), key(UDP, 65535));

/**
 * The forward traffic whose replies a stateless filter lets back: replies go to the client's
 * ephemeral port (1024-65535 covers every common OS), so TCP and UDP need that range back, and
 * port-less protocols need themselves. `definite`: the whole ephemeral range is open;
 * otherwise (a possible answer) any part of it.
 * https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
 */
export function repliesAllowed(back: IntSet, mode: 'definite' | 'possible'): IntSet {
  const ok = (eph: IntSet) => (mode === 'definite' ? back.covers(eph) : back.overlaps(eph));
  let out = back.minus(ALL_TCP).minus(ALL_UDP);
  if (ok(EPHEMERAL_TCP)) out = out.union(ALL_TCP);
  if (ok(EPHEMERAL_UDP)) out = out.union(ALL_UDP);
  return out;
}

/** Human-readable traffic: `all traffic`, `tcp 22, 443`, `tcp all ports; udp 53`, `icmp`, `protocols 18-255`. */
export function describeTraffic(t: IntSet): string {
  if (t.isEmpty) return 'nothing';
  if (t.covers(ALL_TRAFFIC)) return 'all traffic';
  // Per protocol, in order: its port ranges, or null for the whole protocol.
  const entries: { p: number; ports: string[] | null }[] = [];
  for (const [lo, hi] of t.spans) {
    for (let p = Number(lo / PORTS); p <= Number(hi / PORTS); p++) {
      const base = BigInt(p) * PORTS;
      const a = lo > base ? Number(lo - base) : 0;
      const b = hi < base + PORTS - 1n ? Number(hi - base) : 65535;
      let e = entries[entries.length - 1];
      if (e?.p !== p) entries.push((e = { p, ports: [] }));
      if (a === 0 && b === 65535) e.ports = null;
      else e.ports?.push(a === b ? String(a) : `${a}-${b}`);
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < entries.length; ) {
    const e = entries[i] as (typeof entries)[number];
    let j = i;
    while (e.ports === null && entries[j + 1]?.ports === null && entries[j + 1]?.p === (entries[j]?.p ?? 0) + 1) j++;
    if (j - i >= 3) {
      parts.push(`protocols ${e.p}-${entries[j]?.p ?? e.p}`);
      i = j + 1;
      continue;
    }
    const name = NAMES[e.p] ?? `protocol ${e.p}`;
    const ported = e.p === TCP || e.p === UDP || e.p === 132;
    parts.push(e.ports === null ? (ported ? `${name} all ports` : name) : `${name} ${e.ports.join(', ')}`);
    i++;
  }
  return parts.join('; ');
}

/** Does `t` hold every TCP port? */
export function everyTcpPort(t: IntSet): boolean {
  return t.covers(EVERY_TCP_PORT);
}
