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

/** `*` any run of characters (slashes and colons included), `?` one character; everything else literal. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}

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

export function createSuppressionMatcher(entries: readonly SuppressionEntry[], now: Date): SuppressionMatcher {
  const compiled = entries.map((entry, index) => ({ entry, index, resource: entry.resource === undefined ? undefined : globToRegExp(entry.resource), expired: isExpired(entry, now) }));
  const matched = new Set<number>();
  // Indexed by check id so 100k findings x hundreds of entries stays linear-ish; file order decides ties.
  const active = compiled.filter((c) => !c.expired);
  const byCheck = new Map<string, typeof active>();
  for (const c of active) if (c.entry.check !== undefined) byCheck.set(c.entry.check, [...(byCheck.get(c.entry.check) ?? []), c]);
  const anyCheck = active.filter((c) => c.entry.check === undefined);
  return {
    suppress(finding) {
      if (finding.status !== 'fail' && finding.status !== 'not_assessed') return undefined;
      let hit: (typeof compiled)[number] | undefined;
      const candidates = [...(byCheck.get(finding.checkId) ?? []), ...anyCheck].sort((a, b) => a.index - b.index);
      for (const c of candidates) {
        if (c.entry.check !== undefined && c.entry.check !== finding.checkId) continue;
        if (c.entry.fingerprint !== undefined && c.entry.fingerprint !== finding.fingerprint) continue;
        if (c.resource && !c.resource.test(finding.resource.id)) continue;
        matched.add(c.index);
        hit ??= c;
      }
      return hit ? { reason: hit.entry.reason, source: 'suppressions-file', owner: hit.entry.owner, expires: hit.entry.expires } : undefined;
    },
    expired: compiled.filter((c) => c.expired).map((c) => c.index),
    unmatched: () => compiled.filter((c) => !c.expired && !matched.has(c.index)).map((c) => c.index),
  };
}
