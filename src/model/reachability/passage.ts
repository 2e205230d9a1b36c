import { IntSet } from './intset.js';
import { ALL_TRAFFIC, repliesAllowed } from './traffic.js';

/**
 * What one filter (a security group, an ACL, an NSG, a route table) lets through for one
 * source, in three values: `definite` traffic passes whatever the unknown parts turn out to be,
 * `possible` traffic passes in at least one reading of them (possible ⊇ definite). An unknown
 * rule, an unreadable list, or a source whose exact address inside its subnet is not known
 * makes traffic possible without making it definite, so a verdict built on `definite` never
 * fails without evidence and one built on `possible` never passes on a guess.
 */
export interface Passage {
  readonly definite: IntSet;
  readonly possible: IntSet;
  /**
   * Traffic stopped by a deny that names a narrower range than the whole internet (a block
   * list). Only the internet source uses it: an internet host a block list singles out does not
   * make the rest of the internet unreachable.
   */
  readonly excluded: IntSet;
  /** Rules that let some traffic through, in evaluation order. `certain`: it matched for sure. */
  readonly allowedBy: readonly Allowance[];
  /** What was not known, when it made traffic possible but not definite. */
  readonly unknown: readonly string[];
}

export interface Allowance {
  readonly rule: string;
  readonly traffic: IntSet;
  readonly certain: boolean;
}

export type Match = 'yes' | 'maybe' | 'no';

/** A rule as one filter sees it for one source. */
export interface RuleHit {
  /** How evidence names it: `sg-0db ingress tcp 5432 from sg-0app`, `acl-1 inbound rule 100`. */
  readonly rule: string;
  readonly action: 'allow' | 'deny';
  readonly traffic: IntSet;
  readonly match: Match;
  /** A deny of a range narrower than the whole internet (see Passage.excluded). */
  readonly narrow?: boolean;
  /** Why the match is only `maybe` (an unknown address, tag or membership). */
  readonly doubt?: string;
}

/** Everything passes (no filter of this kind, a local route). */
export function open(rule: string): Passage {
  return { definite: ALL_TRAFFIC, possible: ALL_TRAFFIC, excluded: IntSet.EMPTY, allowedBy: [{ rule, traffic: ALL_TRAFFIC, certain: true }], unknown: [] };
}

/** Nothing passes. */
export const CLOSED: Passage = { definite: IntSet.EMPTY, possible: IntSet.EMPTY, excluded: IntSet.EMPTY, allowedBy: [], unknown: [] };

/** Nothing passes because a narrow rule (a route or deny that singles this internet range out) decides. */
export const EXCLUDED: Passage = { ...CLOSED, excluded: ALL_TRAFFIC };

/** The filter could not be read: any traffic may pass. */
export function unknown(reason: string): Passage {
  return { definite: IntSet.EMPTY, possible: ALL_TRAFFIC, excluded: IntSet.EMPTY, allowedBy: [], unknown: [reason] };
}

/**
 * First matching rule wins, in the order given (NACL rule numbers, NSG and firewall
 * priorities); traffic no rule decides gets `fallback`. A rule that only maybe matches makes the
 * traffic it allows possible, and the traffic it denies not definite, and evaluation goes on.
 */
export function firstMatch(hits: readonly RuleHit[], fallback: { readonly action: 'allow' | 'deny'; readonly rule: string }): Passage {
  let remaining = ALL_TRAFFIC;
  let doubted = IntSet.EMPTY;
  let definite = IntSet.EMPTY;
  let possible = IntSet.EMPTY;
  let excluded = IntSet.EMPTY;
  const allowedBy: Allowance[] = [];
  const unknownReasons = new Set<string>();
  for (const h of hits) {
    if (h.match === 'no' || remaining.isEmpty) continue;
    const t = remaining.intersect(h.traffic);
    if (t.isEmpty) continue;
    if (h.match === 'maybe' && h.doubt) unknownReasons.add(h.doubt);
    if (h.action === 'allow') {
      possible = possible.union(t);
      if (h.match === 'yes') definite = definite.union(t.minus(doubted));
      allowedBy.push({ rule: h.rule, traffic: t, certain: h.match === 'yes' });
    } else if (h.match === 'maybe') doubted = doubted.union(t);
    else if (h.narrow) excluded = excluded.union(t);
    if (h.match === 'yes') remaining = remaining.minus(h.traffic);
  }
  if (fallback.action === 'allow' && !remaining.isEmpty) {
    possible = possible.union(remaining);
    definite = definite.union(remaining.minus(doubted));
    allowedBy.push({ rule: fallback.rule, traffic: remaining, certain: true });
  }
  return { definite, possible, excluded, allowedBy, unknown: [...unknownReasons] };
}

/** Allow-only filters (security groups): the union of the rules that match; nothing else passes. */
export function anyAllows(hits: readonly RuleHit[]): Passage {
  let definite = IntSet.EMPTY;
  let possible = IntSet.EMPTY;
  const allowedBy: Allowance[] = [];
  const unknownReasons = new Set<string>();
  for (const h of hits) {
    if (h.match === 'no' || h.action !== 'allow') continue;
    possible = possible.union(h.traffic);
    if (h.match === 'yes') definite = definite.union(h.traffic);
    else if (h.doubt) unknownReasons.add(h.doubt);
    allowedBy.push({ rule: h.rule, traffic: h.traffic, certain: h.match === 'yes' });
  }
  return { definite, possible, excluded: IntSet.EMPTY, allowedBy, unknown: [...unknownReasons] };
}

/** Both filters in a row: what passes both. */
export function both(a: Passage, b: Passage): Passage {
  return {
    definite: a.definite.intersect(b.definite),
    possible: a.possible.intersect(b.possible),
    excluded: a.excluded.union(b.excluded),
    allowedBy: [...a.allowedBy, ...b.allowedBy],
    unknown: [...a.unknown, ...b.unknown],
  };
}

/** Either filter (a resource reachable through any of several subnets or interfaces). */
export function either(a: Passage, b: Passage): Passage {
  return {
    definite: a.definite.union(b.definite),
    possible: a.possible.union(b.possible),
    excluded: a.excluded.intersect(b.excluded),
    allowedBy: [...a.allowedBy, ...b.allowedBy],
    unknown: [...a.unknown, ...b.unknown],
  };
}

/**
 * A stateless filter on the reply direction, as a mask on forward traffic: forward TCP/UDP
 * passes when the replies to ephemeral ports pass (see `repliesAllowed`).
 */
export function asReplies(back: Passage): Passage {
  return {
    definite: repliesAllowed(back.definite, 'definite'),
    possible: repliesAllowed(back.possible, 'possible'),
    excluded: repliesAllowed(back.excluded, 'definite'),
    allowedBy: back.allowedBy.map((a) => ({ ...a, traffic: repliesAllowed(a.traffic, 'possible') })),
    unknown: back.unknown,
  };
}

/** How a rule matches a source whose address is somewhere in `source`: all of it, part of it, none. */
export function matchAddress(ruleRange: IntSet | undefined, source: IntSet): Match {
  if (ruleRange === undefined) return 'maybe';
  if (ruleRange.covers(source)) return 'yes';
  return ruleRange.overlaps(source) ? 'maybe' : 'no';
}

/** The stronger of two matches (a rule with several sources matches if any does). */
export function anyMatch(a: Match, b: Match): Match {
  return a === 'yes' || b === 'yes' ? 'yes' : a === 'maybe' || b === 'maybe' ? 'maybe' : 'no';
}
