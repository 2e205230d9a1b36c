import type { ResourceSummary } from './check-api.js';

/** A resource holds ePHI when one of its tags matches a rule (key and value compared case-insensitively). */
export interface EphiTagRule {
  readonly key: string;
  /** Any of these values; omitted = any value. */
  readonly values?: readonly string[];
}

export const DEFAULT_EPHI_TAG_RULES: readonly EphiTagRule[] = [
  { key: 'phi', values: ['true', 'yes'] },
  { key: 'data-classification', values: ['ephi', 'phi'] },
];

export function ephiClassifier(rules: readonly EphiTagRule[]): (r: Pick<ResourceSummary, 'tags'>) => boolean {
  // Lower-cased key -> accepted lower-cased values (null: any value); a value is lower-cased only when its key is a rule's.
  const byKey = new Map<string, Set<string> | null>();
  for (const rule of rules) {
    const key = rule.key.toLowerCase();
    const known = byKey.get(key);
    if (known === null) continue;
    if (!rule.values) byKey.set(key, null);
    else byKey.set(key, new Set([...(known ?? []), ...rule.values.map((v) => v.toLowerCase())]));
  }
  return (r) => {
    const tags = r.tags;
    if (!tags) return false;
    // Keys, not entries: one array per resource instead of one per tag besides.
    for (const k of Object.keys(tags)) {
      const values = byKey.get(k.toLowerCase());
      if (values === null || (values !== undefined && values.has((tags[k] as string).toLowerCase()))) return true;
    }
    return false;
  };
}
