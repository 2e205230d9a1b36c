import type { Finding, Suppression } from '../model/finding.js';
import type { SuppressionEntry } from './file.js';

const DAY_MS = 86_400_000;

/** First instant the entry no longer suppresses: the day after `expires`, 00:00 UTC. */
export function expiryInstant(entry: SuppressionEntry): number {
  return Date.parse(`${entry.expires}T00:00:00Z`) + DAY_MS;
}

export function isExpired(entry: SuppressionEntry, now: Date): boolean {
  return now.getTime() >= expiryInstant(entry);
}

/** Whole days from `now` until the entry stops suppressing (0 or negative: expired). */
export function daysLeft(entry: SuppressionEntry, now: Date): number {
  return Math.ceil((expiryInstant(entry) - now.getTime()) / DAY_MS) - 1;
}

/**
 * A suppression glob as a matcher: `*` any run of characters (slashes and colons included), `?`
 * one character, everything else literal. No regular expression and no backtracking: the text
 * between the stars is found left to right, each piece at its leftmost place (which is always
 * the right choice for `*`/`?` globs), so a match costs at most (id length x glob length) and
 * usually one `indexOf` per piece, whatever the glob. A regex such as `^.*a.*a.*a.*b$` would
 * backtrack exponentially on a long id; this cannot.
 */
export function compileGlob(glob: string): (text: string) => boolean {
  const pieces = glob.split('*');
  const head = pieces[0] ?? '';
  if (pieces.length === 1) return (text) => text.length === head.length && matchesAt(text, 0, head);
  const tail = pieces[pieces.length - 1] ?? '';
  const middle = pieces.slice(1, -1).filter((p) => p !== '');
  const minLength = head.length + tail.length + middle.reduce((n, p) => n + p.length, 0);
  return (text) => {
    if (text.length < minLength || !matchesAt(text, 0, head) || !matchesAt(text, text.length - tail.length, tail)) return false;
    const end = text.length - tail.length;
    let from = head.length;
    for (const piece of middle) {
      const at = leftmost(text, piece, from, end);
      if (at === -1) return false;
      from = at + piece.length;
    }
    return true;
  };
}

/** `piece` (where `?` is any one character) at `at` in `text`. */
function matchesAt(text: string, at: number, piece: string): boolean {
  if (!piece.includes('?')) return text.startsWith(piece, at);
  for (let i = 0; i < piece.length; i++) if (piece[i] !== '?' && piece[i] !== text[at + i]) return false;
  return true;
}

/** The leftmost place of `piece` in `text[from, end)`, or -1. */
function leftmost(text: string, piece: string, from: number, end: number): number {
  if (!piece.includes('?')) {
    const at = text.indexOf(piece, from);
    return at !== -1 && at + piece.length <= end ? at : -1;
  }
  for (let at = from; at + piece.length <= end; at++) if (matchesAt(text, at, piece)) return at;
  return -1;
}

const isGlob = (s: string): boolean => s.includes('*') || s.includes('?');

export function entryLabel(entry: SuppressionEntry, index: number): string {
  const what = entry.fingerprint ? `fingerprint ${entry.fingerprint}${entry.check ? ` (${entry.check})` : ''}` : `${entry.check ?? '?'} on ${entry.resource ?? '?'}`;
  return `#${index + 1} ${what}`;
}

export interface SuppressionMatcher {
  /** The engine's suppress hook: only failing and not-assessed findings are suppressed. */
  readonly suppress: (finding: Finding) => Suppression | undefined;
  /** Indexes of entries that are expired at `now`. */
  readonly expired: readonly number[];
  /** Indexes of active entries that matched no failing or not-assessed finding so far. */
  unmatched(): number[];
}

/**
 * Entries indexed so that each finding looks at the few entries that can match it: exact
 * resource ids by (check, resource), fingerprints by fingerprint, globs by check. 150k entries
 * cost one map lookup per finding, not a scan of the file.
 */
export function createSuppressionMatcher(entries: readonly SuppressionEntry[], now: Date): SuppressionMatcher {
  const expired: number[] = [];
  const byResource = new Map<string, number[]>();
  const byFingerprint = new Map<string, number[]>();
  const globsByCheck = new Map<string, { index: number; test: (id: string) => boolean }[]>();
  const add = <V>(map: Map<string, V[]>, key: string, value: V): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  entries.forEach((entry, index) => {
    if (isExpired(entry, now)) expired.push(index);
    else if (entry.fingerprint !== undefined) add(byFingerprint, entry.fingerprint, index);
    else if (entry.resource !== undefined && isGlob(entry.resource)) add(globsByCheck, entry.check ?? '', { index, test: compileGlob(entry.resource) });
    else add(byResource, `${entry.check ?? ''}\u0000${entry.resource ?? ''}`, index);
  });
  const matched = new Set<number>();
  const isExpiredIndex = new Set(expired);
  return {
    suppress(finding) {
      // Passes have nothing to suppress; an excepted finding is under a recorded exception instead.
      if (finding.status !== 'fail' && finding.status !== 'not_assessed') return undefined;
      let first = Number.POSITIVE_INFINITY;
      const hit = (index: number): void => {
        matched.add(index);
        if (index < first) first = index;
      };
      for (const i of byResource.get(`${finding.checkId}\u0000${finding.resource.id}`) ?? []) hit(i);
      for (const g of globsByCheck.get(finding.checkId) ?? []) if (g.test(finding.resource.id)) hit(g.index);
      for (const i of byFingerprint.get(finding.fingerprint) ?? []) {
        const check = entries[i]?.check;
        if (check === undefined || check === finding.checkId) hit(i);
      }
      const entry = entries[first];
      return entry ? { reason: entry.reason, source: 'suppressions-file', owner: entry.owner, expires: entry.expires } : undefined;
    },
    expired,
    unmatched: () => entries.flatMap((_, i) => (!matched.has(i) && !isExpiredIndex.has(i) ? [i] : [])),
  };
}
