import ipaddr from 'ipaddr.js';
import { IntSet } from './intset.js';

/**
 * Addresses as integer sets: IPv4 at [0, 2^32), IPv6 after it at [2^32, 2^32 + 2^128), so one
 * set can hold both families and an IPv4 rule never matches IPv6 traffic (a security group's
 * `0.0.0.0/0` does not admit IPv6; `::/0` is a separate rule).
 */
const V6_BASE = 1n << 32n;

export const ALL_V4 = IntSet.range(0n, V6_BASE - 1n);
export const ALL_V6 = IntSet.range(V6_BASE, V6_BASE + (1n << 128n) - 1n);
export const ANY_ADDRESS = ALL_V4.union(ALL_V6);

function toBigint(bytes: readonly number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/** `a.b.c.d`, `a.b.c.d/n`, an IPv6 address or prefix; host bits are masked off. undefined when it is not one (a service tag, a typo). */
export function parseCidr(text: string): IntSet | undefined {
  const t = text.trim();
  const slash = t.indexOf('/');
  const host = slash < 0 ? t : t.slice(0, slash);
  const bitsText = slash < 0 ? undefined : t.slice(slash + 1);
  let base: bigint;
  let width: number;
  if (ipaddr.IPv4.isValidFourPartDecimal(host)) {
    base = 0n;
    width = 32;
  } else if (ipaddr.IPv6.isValid(host) && host.includes(':')) {
    base = V6_BASE;
    width = 128;
  } else return undefined;
  const bits = bitsText === undefined ? width : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!(bits >= 0 && bits <= width)) return undefined;
  const value = toBigint(ipaddr.parse(host).toByteArray());
  const hostBits = BigInt(width - bits);
  const lo = (value >> hostBits) << hostBits;
  return IntSet.range(base + lo, base + lo + (1n << hostBits) - 1n);
}

/** An inclusive start-end pair of addresses of one family (Azure and GCP firewall ranges); undefined when either is not an address. */
export function parseIpRange(start: string, end: string): IntSet | undefined {
  const a = parseCidr(start);
  const b = parseCidr(end);
  if (!a || !b || a.first === undefined || b.first === undefined) return undefined;
  if ((a.first >= V6_BASE) !== (b.first >= V6_BASE)) return undefined;
  return IntSet.range(a.first, b.first);
}

/** Several CIDRs as one set; undefined when any of them does not parse. */
export function parseCidrs(texts: readonly string[]): IntSet | undefined {
  let out = IntSet.EMPTY;
  for (const t of texts) {
    const s = parseCidr(t);
    if (!s) return undefined;
    out = out.union(s);
  }
  return out;
}

const must = (t: string): IntSet => parseCidr(t) as IntSet;

/**
 * Special-purpose IPv4 space (RFC 6890): this network, private (RFC 1918), shared (RFC 6598),
 * loopback, link-local, multicast and reserved. No host on the internet has these addresses.
 */
const NOT_PUBLIC_V4 = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '224.0.0.0/3'].map(must);

/** Addresses an internet host can have: public IPv4, and IPv6 global unicast (2000::/3). */
export const PUBLIC_V4 = NOT_PUBLIC_V4.reduce((acc, s) => acc.minus(s), ALL_V4);
export const PUBLIC_V6 = must('2000::/3');
export const PUBLIC_ADDRESSES = PUBLIC_V4.union(PUBLIC_V6);
/** RFC 1918 private IPv4 (what VPC, VNet and VPC network ranges are drawn from). */
export const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(must).reduce((a, b) => a.union(b));

/** `0.0.0.0/0` and `::/0`: rules that name every address. */
export function isAnyAddress(set: IntSet, family: 'v4' | 'v6'): boolean {
  return set.covers(family === 'v4' ? ALL_V4 : ALL_V6);
}
