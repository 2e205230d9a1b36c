import { NO_ENTRIES, setOwn } from '../../src/lib/objects.js';
import { UNKNOWN, type Configured, type TfObject, type TfResource, type TfValue } from './model.js';

/** Nested blocks as a list: plan/HCL give arrays, CDKTF may give one object; unknown -> undefined. */
export function blocksOf(v: TfValue | undefined): readonly TfObject[] | undefined {
  if (v === UNKNOWN) return undefined;
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.some((x) => x === UNKNOWN) ? undefined : (v.filter((x) => x !== null && typeof x === 'object') as TfObject[]);
  if (typeof v === 'object') return [v as TfObject];
  return undefined;
}

function at(obj: TfObject, path: string): TfValue | undefined {
  if (!path.includes('.')) return obj[path];
  let cur: TfValue | undefined = obj;
  for (const key of path.split('.')) {
    if (cur === UNKNOWN) return UNKNOWN;
    if (cur === undefined || cur === null) return undefined;
    if (Array.isArray(cur)) {
      const list = blocksOf(cur);
      if (list === undefined) return UNKNOWN;
      cur = list[0];
      if (cur === undefined) return undefined;
    }
    if (typeof cur !== 'object') return undefined;
    cur = (cur as TfObject)[key];
  }
  return cur;
}

/** `dynamic` blocks in Terraform JSON syntax: `"dynamic": { "<name>": {...} }` (or a list of such objects). */
function hasDynamic(obj: TfObject, name: string): boolean {
  const d = obj.dynamic;
  if (d === undefined || d === null || typeof d !== 'object') return false;
  const list: readonly TfValue[] = Array.isArray(d) ? (d as readonly TfValue[]) : [d];
  return list.some((x) => x !== null && typeof x === 'object' && !Array.isArray(x) && Object.hasOwn(x, name));
}

/**
 * Typed reads of one object (a resource's values or a nested block). Convention, as in the model:
 * unknown until apply -> undefined; not set -> the provider's default when the caller names one
 * (recorded in `defaulted`), else null.
 */
export class Reader {
  readonly defaulted: string[] = [];
  /**
   * `configured`: the attributes the configuration sets. A known value is always read as it is
   * (planned values are the truth; a configuration that does not list an attribute never hides
   * it). A plan shows an attribute the configuration leaves out as computed (unknown) when the
   * provider fills it at apply; it is read as not set, so the provider default applies exactly as
   * for HCL and CDKTF. Not so for a nested block list when the configuration does not list blocks
   * (a plan's never shows `dynamic` blocks): unknown there may be a `dynamic` block, so it stays unknown.
   */
  constructor(readonly obj: TfObject, private readonly prefix = '', private readonly configured?: Configured) {}

  raw(path: string): TfValue | undefined {
    return this.read(path, path.includes('.'));
  }

  /** The value at `path`; undefined for an unknown the configuration shows is not set. `block`: the path reads (into) a nested block. */
  private read(path: string, block: boolean): TfValue | undefined {
    const v = at(this.obj, path);
    const c = this.configured;
    if (v === UNKNOWN && c && !(block && c.listsBlocks === false) && !c.has(path.includes('.') ? (path.split('.')[0] ?? path) : path)) return undefined;
    return v;
  }

  isUnknown(path: string): boolean {
    return this.raw(path) === UNKNOWN;
  }

  private absent<D>(path: string, dflt: D | undefined): D | null {
    if (dflt === undefined) return null;
    this.markDefaulted(path);
    return dflt;
  }

  /** Record that the value at `path` (of this object) is the provider's or service's default, where the caller supplied it. */
  markDefaulted(path: string): void {
    this.defaulted.push(this.prefix + path);
  }

  str(path: string, dflt?: string): string | null | undefined {
    const v = this.raw(path);
    if (v === UNKNOWN) return undefined;
    if (v === undefined || v === null || v === '') return this.absent(path, dflt);
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  }

  bool(path: string, dflt?: boolean): boolean | null | undefined {
    const v = this.raw(path);
    if (v === UNKNOWN) return undefined;
    if (v === undefined || v === null) return this.absent(path, dflt);
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    return undefined;
  }

  num(path: string, dflt?: number): number | null | undefined {
    const v = this.raw(path);
    if (v === UNKNOWN) return undefined;
    if (v === undefined || v === null) return this.absent(path, dflt);
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
  }

  strings(path: string): readonly string[] | undefined {
    const v = this.raw(path);
    if (v === UNKNOWN) return undefined;
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return typeof v === 'string' ? [v] : undefined;
    if (v.some((x) => x === UNKNOWN)) return undefined;
    return (v as TfValue[]).filter((x): x is string => typeof x === 'string');
  }

  blocks(path: string): readonly Reader[] | undefined {
    // Terraform JSON syntax (CDKTF) keeps a `dynamic` block under `dynamic.<name>`, unexpanded: its blocks are unknown.
    if (hasDynamic(this.obj, path)) return undefined;
    return blocksOf(this.read(path, true))?.map((b) => new Reader(b, `${this.prefix}${path}.`));
  }

  /** The first nested block, null when there is none. */
  block(path: string): Reader | null | undefined {
    const list = this.blocks(path);
    return list === undefined ? undefined : (list[0] ?? null);
  }

  /** String map (tags, labels); undefined when unknown. An empty map is one shared frozen object (most resources have no tags). */
  map(path: string): Readonly<Record<string, string>> | undefined {
    const v = this.raw(path);
    if (v === UNKNOWN) return undefined;
    if (v === undefined || v === null) return NO_ENTRIES;
    if (typeof v !== 'object' || Array.isArray(v)) return undefined;
    const out: Record<string, string> = {};
    let entries = 0;
    for (const [k, x] of Object.entries(v as TfObject)) {
      if (x === UNKNOWN) return undefined;
      if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') {
        setOwn(out, k, String(x));
        entries++;
      }
    }
    return entries > 0 ? out : NO_ENTRIES;
  }
}

/** The items when every one is known; undefined when any is unknown (undefined) or unresolvable (null). */
export function allKnown<T>(items: readonly (T | null | undefined)[]): T[] | undefined {
  return items.some((x) => x === undefined || x === null) ? undefined : (items as T[]);
}

/** The reader of a resource's own values. */
export function readerOf(r: TfResource): Reader {
  return new Reader(r.values, '', r.configured);
}

/** A string value that must be one of the API's spellings; anything else (or unknown) is undefined. */
export function oneOf<const T extends string>(v: string | null | undefined, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(v ?? '') ? (v as T) : undefined;
}
