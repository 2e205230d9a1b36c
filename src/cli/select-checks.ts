import { ALL_CHECKS } from '../../checks/index.js';
import type { Check } from '../engine/check-api.js';
import type { Severity } from '../model/finding.js';
import { isRequirementId } from '../nprm/index.js';
import { UsageError } from './exit-codes.js';

export interface CheckSelection {
  readonly checks?: readonly string[] | undefined;
  readonly skipChecks?: readonly string[] | undefined;
  readonly requirements?: readonly string[] | undefined;
  readonly severityOverrides?: Readonly<Record<string, Severity>> | undefined;
}

/** The built-in checks plus the user-written ones in `dirs` (`--checks-dir`); the loader is imported only when some are given. */
export async function availableChecks(dirs: readonly string[]): Promise<readonly Check[]> {
  if (dirs.length === 0) return ALL_CHECKS;
  const { loadCustomChecks } = await import('../custom-checks/load.js');
  return [...ALL_CHECKS, ...(await loadCustomChecks(dirs, ALL_CHECKS))];
}

/** Resolve ids (and aliases) to checks; an unknown id is a usage error, not a silent no-op. */
export function selectChecks(sel: CheckSelection, all: readonly Check[] = ALL_CHECKS): Check[] {
  const byId = new Map<string, Check>();
  for (const c of all) for (const id of [c.meta.id, ...(c.meta.aliases ?? [])]) byId.set(id, c);
  const resolve = (ids: readonly string[] | undefined, flag: string): Set<Check> | undefined => {
    if (!ids || ids.length === 0) return undefined;
    return new Set(
      ids.map((id) => {
        const c = byId.get(id);
        if (!c) throw new UsageError(`${flag}: unknown check id "${id}" (see \`phiscan checks\`)`);
        return c;
      }),
    );
  };
  const only = resolve(sel.checks, '--checks');
  const skip = resolve(sel.skipChecks, '--skip-checks') ?? new Set<Check>();
  for (const r of sel.requirements ?? []) if (!isRequirementId(r)) throw new UsageError(`--requirement: unknown requirement id "${r}" (see \`phiscan requirements\`)`);
  for (const id of Object.keys(sel.severityOverrides ?? {})) if (!byId.has(id)) throw new UsageError(`severityOverrides: unknown check id "${id}"`);
  const reqs = sel.requirements?.length ? new Set(sel.requirements) : undefined;

  return all
    .filter((c) => (!only || only.has(c)) && !skip.has(c) && (!reqs || c.meta.requirements.some((r) => reqs.has(r))))
    .map((c) => {
      const severity = sel.severityOverrides?.[c.meta.id];
      if (!severity) return c;
      // An override is the severity, ePHI or not.
      return { ...c, meta: { ...c.meta, severity, ephiSeverity: severity } };
    });
}
