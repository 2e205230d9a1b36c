import type { ConfigScope } from './config.js';

type FlagMapper<K extends keyof ConfigScope> = (scope: NonNullable<ConfigScope[K]>) => Record<string, unknown>;

/**
 * `scope.<provider>` in phiscan.yaml, expressed as that provider's `phiscan scan` flags, so an
 * input reads one shape whether its scope came from the command line or the config file.
 * One entry per provider input: add `aws` / `azure` here next to their input's flags.
 */
const SCOPE_FLAGS: { readonly [K in keyof ConfigScope]?: { readonly flags: readonly string[]; readonly map: FlagMapper<K> } } = {
  gcp: {
    flags: ['project', 'folder', 'organization'],
    map: (s) => ({ ...(s.projects ? { project: [...s.projects] } : {}), ...(s.folder ? { folder: s.folder } : {}), ...(s.organization ? { organization: s.organization } : {}) }),
  },
};

/**
 * The scan flags with each provider's config scope filled in, unless a flag of that provider
 * was given (a command-line scope replaces the file's, it is never merged). Also returns the
 * providers whose config scope no input reads yet, so the caller can say so.
 */
export function applyConfigScope(flags: Readonly<Record<string, unknown>>, scope: ConfigScope | undefined): { flags: Record<string, unknown>; unwired: string[] } {
  const out: Record<string, unknown> = { ...flags };
  const unwired: string[] = [];
  for (const provider of Object.keys(scope ?? {}) as (keyof ConfigScope)[]) {
    const entry = SCOPE_FLAGS[provider] as { flags: readonly string[]; map: (s: unknown) => Record<string, unknown> } | undefined;
    if (!entry) {
      unwired.push(provider);
      continue;
    }
    if (entry.flags.some((f) => flags[f] !== undefined)) continue;
    Object.assign(out, entry.map(scope?.[provider]));
  }
  return { flags: out, unwired };
}
