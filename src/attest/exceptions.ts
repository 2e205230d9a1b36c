/**
 * Recorded exceptions (attestations file, `exceptions:`): the NPRM would let a regulated entity
 * leave encryption, MFA or a patch out where a ground in the proposed text applies, with
 * compensating controls. A failing finding an active exception matches becomes `excepted`: not
 * a pass, not a suppression, and not a failure of the run. An exception applies through its
 * review date (a calendar date, judged on the run's UTC date); after it, it excepts nothing.
 *
 * A finding matches when the exception names one of its requirements, every requirement the
 * finding evidences belongs to the exception's provision (an encryption exception never excuses
 * an access-control failure), its resource id matches a `resources` pattern and its account is in
 * `scope` (each when given), and its check is in `checks` (when given). First match in file order.
 */
import { UsageError } from '../cli/exit-codes.js';
import type { CheckMeta } from '../engine/check-api.js';
import type { Finding, FindingException } from '../model/finding.js';
import type { EvaluatedException } from '../model/report.js';
import { EXCEPTION_PROVISIONS } from '../nprm/catalog.js';
import { compileGlob } from '../suppressions/match.js';
import { scopeIds } from './evaluate.js';
import type { RecordedException } from './file.js';

export interface ExceptionMatcher {
  /** The engine's hook: the exception a failing finding falls under, if any. */
  readonly except: (finding: Finding) => FindingException | undefined;
  /** Indexes of exceptions past their review date on the run date. */
  readonly expired: readonly number[];
  /** Indexes of active exceptions that matched no failing finding so far. */
  unmatched(): number[];
  /** Every exception with its state and how many findings it excepted so far. */
  evaluated(): EvaluatedException[];
}

/** "#2 encryption-at-rest (164.312(b)(3)(i), owner Imaging team)". */
export function exceptionLabel(e: RecordedException, index: number): string {
  return `#${index + 1} ${e.requirement} (${e.ground}, owner ${e.owner})`;
}

function provisionOf(e: RecordedException) {
  const provision = EXCEPTION_PROVISIONS.find((p) => p.grounds.some((g) => g.citation === e.ground));
  if (!provision) throw new Error(`no exception provision for ground ${e.ground}`);
  return provision;
}

export function createExceptionMatcher(entries: readonly RecordedException[], runDate: string): ExceptionMatcher {
  const compiled = entries.map((entry, index) => {
    const provision = provisionOf(entry);
    return {
      entry,
      index,
      family: new Set<string>(provision.requirements),
      groundTitle: provision.grounds.find((g) => g.citation === entry.ground)?.title ?? entry.ground,
      patterns: entry.resources?.map((g) => compileGlob(g)),
      active: entry.reviewBy >= runDate,
    };
  });
  const counts = compiled.map(() => 0);
  const active = compiled.filter((c) => c.active);
  return {
    except(finding) {
      if (finding.status !== 'fail') return undefined;
      const r = finding.resource;
      const hit = active.find(
        (c) =>
          finding.requirements.includes(c.entry.requirement) &&
          finding.requirements.every((q) => c.family.has(q)) &&
          (!c.patterns || c.patterns.some((matches) => matches(r.id))) &&
          (!c.entry.scope || (r.account !== undefined && (scopeIds(c.entry.scope, r.provider)?.includes(r.account) ?? false))) &&
          (!c.entry.checks || c.entry.checks.includes(finding.checkId)),
      );
      if (!hit) return undefined;
      counts[hit.index] = (counts[hit.index] ?? 0) + 1;
      const e = hit.entry;
      return { requirement: e.requirement, ground: e.ground, groundTitle: hit.groundTitle, compensatingControl: e.compensatingControl, owner: e.owner, reviewBy: e.reviewBy, entry: hit.index + 1 };
    },
    expired: compiled.filter((c) => !c.active).map((c) => c.index),
    unmatched: () => active.filter((c) => counts[c.index] === 0).map((c) => c.index),
    evaluated: () =>
      compiled.map((c) => ({
        requirement: c.entry.requirement,
        ground: c.entry.ground,
        groundTitle: c.groundTitle,
        resources: c.entry.resources ?? null,
        scope: c.entry.scope ?? null,
        checks: c.entry.checks ?? null,
        compensatingControl: c.entry.compensatingControl,
        owner: c.entry.owner,
        reviewBy: c.entry.reviewBy,
        note: c.entry.note ?? null,
        state: c.active ? 'active' : 'expired',
        findings: counts[c.index] ?? 0,
      })),
  };
}

/**
 * Check ids an exception names must be checks that evidence its requirement: a typo or a check
 * of another requirement would silently except nothing. One line, exit 2.
 */
export function validateExceptionChecks(exceptions: readonly RecordedException[], file: string, checks: readonly CheckMeta[]): void {
  const byId = new Map<string, CheckMeta>();
  for (const c of checks) for (const id of [c.id, ...(c.aliases ?? [])]) byId.set(id, c);
  exceptions.forEach((e, i) => {
    for (const id of e.checks ?? []) {
      const c = byId.get(id);
      const where = `invalid attestations ${file}: exception ${i + 1} (${e.requirement})`;
      if (!c) throw new UsageError(`${where}: unknown check id "${id}" (see \`phiscan checks\`)`);
      if (c.id !== id) throw new UsageError(`${where}: "${id}" is an alias of check ${c.id} (an old id or another tool's id); use the check id "${c.id}"`);
      if (!(c.requirements as readonly string[]).includes(e.requirement)) throw new UsageError(`${where}: check ${id} does not evidence ${e.requirement} (it evidences ${c.requirements.join(', ')})`);
    }
  });
}
