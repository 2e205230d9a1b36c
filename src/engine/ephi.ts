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
  const normalized = rules.map((rule) => ({ key: rule.key.toLowerCase(), values: rule.values?.map((v) => v.toLowerCase()) }));
  return (r) => {
    if (!r.tags) return false;
    for (const [k, v] of Object.entries(r.tags)) {
      const key = k.toLowerCase();
      const value = v.toLowerCase();
      if (normalized.some((rule) => rule.key === key && (!rule.values || rule.values.includes(value)))) return true;
    }
    return false;
  };
}
