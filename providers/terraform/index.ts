import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Resource } from '../../src/model/resource.js';
import type { CollectEvent, Collector } from '../types.js';
import { cdktfStackFiles, parseCdktfStack } from './cdktf.js';
import { InputError } from './errors.js';
import { loadHclDir } from './hcl.js';
import { mapResources } from './map/index.js';
import type { Configured, TfResource } from './model.js';
import { displayPath } from './paths.js';
import { parsePlan, type SourceLocation } from './plan.js';

export { InputError } from './errors.js';
export { iacResourceId } from './map/context.js';

export interface IacLoadOptions {
  readonly warn: (message: string) => void;
}

async function readInput(path: string, what: string): Promise<string> {
  const st = await stat(path).catch(() => undefined);
  if (!st?.isFile()) throw new InputError(`${displayPath(path)}: not a file (${what})`);
  return readFile(path, 'utf8');
}

/**
 * Each resource block of the Terraform source, by config address: read from the given source
 * directories (and the plan's own directory when it holds .tf files), so plan findings point at
 * `.tf` lines and module call sites, and what the configuration writes (`dynamic` blocks included,
 * which a plan's configuration leaves out) is known.
 */
async function sourceIndex(dirs: readonly string[], options: IacLoadOptions): Promise<Map<string, TfResource>> {
  const index = new Map<string, TfResource>();
  for (const dir of dirs) {
    let resources: TfResource[];
    try {
      resources = await loadHclDir(dir, { warn: () => {} });
    } catch (err) {
      options.warn(`source locations from ${displayPath(dir)} not used: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    for (const r of resources) if (!index.has(r.configAddress)) index.set(r.configAddress, r);
  }
  return index;
}

const locationOf = (r: TfResource): SourceLocation => ({ file: r.file, line: r.line, moduleCall: r.moduleCall, suppressions: r.suppressions });

/**
 * A plan resource whose `.tf` block is in the source: its nested call sites, and what the
 * configuration sets read from both; the source lists every block it writes, so an unknown block
 * list the source does not write is read as not set.
 */
function withSource(r: TfResource, source: TfResource | undefined): TfResource {
  if (!source) return r;
  const plan = r.configured;
  const written = source.configured;
  const configured: Configured | undefined = written && { has: (a) => written.has(a) || plan?.has(a) === true, listsBlocks: written.listsBlocks !== false };
  return { ...r, configured: configured ?? plan, moduleCalls: source.moduleCalls };
}

async function hasTfFiles(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [] as string[])).some((n) => n.endsWith('.tf'));
}

/** `terraform show -json` plan files -> canonical resources. Throws InputError on bad input. */
export async function loadTerraformPlans(files: readonly string[], sourceDirs: readonly string[], options: IacLoadOptions): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const f of files) {
    const text = await readInput(f, '--terraform-plan expects the JSON output of `terraform show -json PLANFILE`');
    const planDir = dirname(resolve(f));
    const dirs = [...sourceDirs, ...((await hasTfFiles(planDir)) ? [planDir] : [])];
    const index = dirs.length > 0 ? await sourceIndex(dirs, options) : new Map<string, TfResource>();
    const resources = parsePlan(displayPath(f), text, (a) => {
      const src = index.get(a);
      return src && locationOf(src);
    });
    out.push(...mapResources(index.size === 0 ? resources : resources.map((r) => withSource(r, index.get(r.configAddress))), options.warn));
  }
  return out;
}

/** Terraform source directories -> canonical resources. */
export async function loadTerraformDirs(dirs: readonly string[], options: IacLoadOptions): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const d of dirs) out.push(...mapResources(await loadHclDir(d, options), options.warn));
  return out;
}

/** CDKTF synth output directories (or single cdk.tf.json files) -> canonical resources, per stack. */
export async function loadCdktfOut(paths: readonly string[], options: IacLoadOptions): Promise<Resource[]> {
  const out: Resource[] = [];
  for (const p of paths) {
    for (const { stack, file } of await cdktfStackFiles(p)) {
      out.push(...mapResources(parseCdktfStack(stack, file, await readInput(file, 'a CDKTF stack')), options.warn));
    }
  }
  return out;
}

/** A collector over resources already read (IaC is parsed up front so bad input fails before any output). */
export function iacCollector(name: string, resources: readonly Resource[]): Collector {
  return {
    name,
    async *collect(ctx): AsyncIterable<CollectEvent> {
      ctx.log(`${resources.length} resources`);
      await Promise.resolve();
      for (const resource of resources) {
        ctx.signal?.throwIfAborted();
        yield { kind: 'resource', resource };
      }
    },
  };
}
