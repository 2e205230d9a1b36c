/**
 * How a user-written check's `import ... from 'phiscan'` resolves: always to the phiscan that is
 * running (this copy's public API), whether the checks directory sits in a project that has
 * phiscan installed, in a clone, or anywhere else (a CI workspace where phiscan came from npx).
 * One phiscan per run: the check is validated against, and judged by, the catalog of the copy
 * that loads it. Only the bare specifier `phiscan`, and only for modules under the checks
 * directories, is redirected; everything else resolves as Node always does.
 */
import module from 'node:module';
import { pathToFileURL } from 'node:url';

/** This copy's public API: src/index.ts when running from source (tsx), dist/src/index.js when built. */
export const SELF_URL = new URL(import.meta.url.endsWith('.ts') ? '../index.ts' : '../index.js', import.meta.url).href;

type ResolveResult = { url: string; shortCircuit?: boolean };
type ResolveContext = { parentURL?: string | undefined };
type SyncHooks = {
  registerHooks?: (hooks: { resolve: (specifier: string, context: ResolveContext, next: (s: string, c: ResolveContext) => ResolveResult) => ResolveResult }) => unknown;
};

/** Node 20 has only the off-thread hooks of module.register(); this is their source (data passed at registration). */
const OFF_THREAD_HOOKS = `
let self, scopes = [];
export function initialize(data) { self = data.self; scopes = data.scopes; }
export async function resolve(specifier, context, next) {
  if (specifier === 'phiscan' && typeof context.parentURL === 'string' && scopes.some((s) => context.parentURL.startsWith(s))) return next(self, context);
  return next(specifier, context);
}`;

const covered = new Set<string>();

/** Redirect `phiscan` for modules under these directories (real paths). Idempotent per directory. */
export function resolvePhiscanUnder(realDirs: readonly string[]): void {
  const scopes = realDirs.map((d) => pathToFileURL(d.endsWith('/') ? d : `${d}/`).href).filter((s) => !covered.has(s));
  if (scopes.length === 0) return;
  for (const s of scopes) covered.add(s);
  const inScope = (parent: string | undefined) => parent !== undefined && scopes.some((s) => parent.startsWith(s));
  const { registerHooks } = module as unknown as SyncHooks;
  // Node >= 22.15: in-thread synchronous hooks (module.register() is deprecated there, DEP0205).
  if (typeof registerHooks === 'function') {
    registerHooks({ resolve: (specifier, context, next) => (specifier === 'phiscan' && inScope(context.parentURL) ? next(SELF_URL, context) : next(specifier, context)) });
    return;
  }
  module.register(`data:text/javascript,${encodeURIComponent(OFF_THREAD_HOOKS)}`, { data: { self: SELF_URL, scopes } });
}
