import type { Finding, FindingException } from '../../src/model/finding.js';
import type { Baseline } from '../types.js';
import type { BaselineState } from './types.js';

/** The findings SARIF carries as results: failures, excepted and not-assessed ones (passes are omitted). */
export function isReported(f: Finding): boolean {
  return f.status !== 'pass';
}

/** "Excepted until 2027-03-31 under proposed 45 CFR 164.312(b)(3)(i): " (the ground, owner and control are in the result's properties). */
export function exceptedPrefix(x: FindingException): string {
  return `Excepted until ${x.reviewBy} under proposed 45 CFR ${x.ground}: `;
}

/** Messages compare as SARIF writes them: whitespace collapsed, ending in a full stop. */
export function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function sourceKey(f: Finding): string {
  const s = f.resource.source;
  return s.kind === 'iac' ? `${s.file}:${s.line}` : s.kind;
}

/**
 * `unchanged` when the same finding (same fingerprint: check id + resource id) keeps its status,
 * severity, message, location and suppression; `updated` when any of those changed.
 */
export function compare(current: Finding, previous: Finding): Exclude<BaselineState, 'new' | 'absent'> {
  const same =
    current.status === previous.status &&
    current.severity === previous.severity &&
    sentence(current.message) === sentence(previous.message) &&
    sourceKey(current) === sourceKey(previous) &&
    (current.suppression?.source ?? '') === (previous.suppression?.source ?? '');
  return same ? 'unchanged' : 'updated';
}

export interface BaselineIndex {
  stateOf(f: Finding): BaselineState;
  /** Baseline results with no counterpart in this run, in baseline order. */
  absent(): Finding[];
}

export function indexBaseline(baseline: Baseline, current: Iterable<Finding>): BaselineIndex {
  const previous = new Map<string, Finding>();
  for (const f of baseline.findings) if (isReported(f) && !previous.has(f.fingerprint)) previous.set(f.fingerprint, f);
  // Only fingerprints the baseline has are remembered: memory follows the baseline, not this run.
  const seen = new Set<string>();
  for (const f of current) if (isReported(f) && previous.has(f.fingerprint)) seen.add(f.fingerprint);
  return {
    stateOf: (f) => {
      const p = previous.get(f.fingerprint);
      return p ? compare(f, p) : 'new';
    },
    absent: () => [...previous.values()].filter((f) => !seen.has(f.fingerprint)),
  };
}
