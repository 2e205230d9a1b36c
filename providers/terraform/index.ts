import { readdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Resource } from '../../src/model/resource.js';
import type { CollectEvent, Collector } from '../types.js';
import { cdktfStackFiles, readCdktfStack } from './cdktf.js';
import { InputError } from './errors.js';
import { loadHclDir } from './hcl.js';
import { mapResources } from './map/index.js';
import type { TfResource } from './model.js';
import { displayPath } from './paths.js';
import { readPlan, type SourceLocation } from './plan.js';

export { InputError } from './errors.js';
export { iacResourceId } from './map/context.js';

export interface IacLoadOptions {
  readonly warn: (message: string) => void;
  /** Called when an input is parsed, before it is mapped: its Terraform resources and their mapping are a large input's peak of memory. */
  readonly parsed?: (() => void) | undefined;
}

/** Map one parsed input's Terraform resources. */
function mapParsed(resources: readonly TfResource[], options: IacLoadOptions): Resource[] {
  options.parsed?.();
  return mapResources(resources, options.warn, { release: true });
}

/** A regular file (a FIFO or device would block the read forever). */
async function checkFile(path: string, what: string): Promise<void> {
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new InputError(`${displayPath(path)}: no such file (${what})`);
  if (!st.isFile()) throw new InputError(`${displayPath(path)}: not a regular file (${what})`);
}

/** Append without spreading: `push(...list)` overflows the stack past ~100k items. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const x of items) into.push(x);
}

/**
 * Each resource block of the Terraform source, by config address: read from the given source
 * directories (and the plan's own directory when it holds .tf files), so plan findings point at
 * `.tf` lines and module call sites, and what the configuration writes (`dynamic` blocks included,
 * which a plan's configuration leaves out) is known.
 */
async function sourceIndex(dirs: readonly string[], options: IacLoadOptions): Promise<Map<string, SourceLocation>> {
  const index = new Map<string, SourceLocation>();
  for (const dir of dirs) {
    let resources: TfResource[];
    try {
      resources = await loadHclDir(dir, { warn: () => {} });
    } catch (err) {
      options.warn(`source locations from ${displayPath(dir)} not used: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    for (const r of resources) if (!index.has(r.configAddress)) index.set(r.configAddress, { file: r.file, line: r.line, moduleCall: r.moduleCall, moduleCalls: r.moduleCalls, suppressions: r.suppressions, configured: r.configured });
  }
  return index;
}

async function hasTfFiles(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [] as string[])).some((n) => n.endsWith('.tf'));
}

/** `terraform show -json` plan files -> canonical resources. Throws InputError on bad input. */
export async function loadTerraformPlans(files: readonly string[], sourceDirs: readonly string[], options: IacLoadOptions): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const f of files) {
    await checkFile(f, '--terraform-plan expects the JSON output of `terraform show -json PLANFILE`');
    const planDir = dirname(resolve(f));
    const dirs = [...sourceDirs, ...((await hasTfFiles(planDir)) ? [planDir] : [])];
    const index = dirs.length > 0 ? await sourceIndex(dirs, options) : new Map<string, SourceLocation>();
    append(out, mapParsed(await readPlan(f, displayPath(f), { locate: (a) => index.get(a), warn: options.warn }), options));
  }
  return out;
}

/** Terraform source directories -> canonical resources. */
export async function loadTerraformDirs(dirs: readonly string[], options: IacLoadOptions): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const d of dirs) append(out, mapParsed(await loadHclDir(d, options), options));
  return out;
}

/** CDKTF synth output directories (or single cdk.tf.json files) -> canonical resources, per stack. */
export async function loadCdktfOut(paths: readonly string[], options: IacLoadOptions): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const p of paths) {
    for (const { stack, file } of await cdktfStackFiles(p)) append(out, mapParsed(await readCdktfStack(stack, file), options));
  }
  return out;
}

/** A collector over resources already read (IaC is parsed up front so bad input fails before any output). */
export function iacCollector(name: string, loaded: readonly Resource[]): Collector {
  // Handed over once: after a scan has read them, the collector no longer holds the resources (a
  // large plan's would otherwise stay in memory while the reports are written).
  let held: readonly Resource[] | undefined = loaded;
  return {
    name,
    async *collect(ctx): AsyncIterable<CollectEvent> {
      const resources = held;
      if (!resources) throw new Error(`${name}: the input was already read by this scan`);
      held = undefined;
      ctx.log(`${resources.length} resources`);
      await Promise.resolve();
      for (const resource of resources) {
        ctx.signal?.throwIfAborted();
        yield { kind: 'resource', resource };
      }
    },
  };
}
