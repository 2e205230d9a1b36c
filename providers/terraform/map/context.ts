import type { ConfigOf, IacSource, Provider, Resource, ResourceType } from '../../../src/model/resource.js';
import { UNKNOWN, type TfResource, type TfValue } from '../model.js';
import type { Reader } from '../reader.js';
import { cachedIn } from '../../../src/lib/objects.js';

/** Stable resource id from the Terraform address: `terraform:module.x.aws_s3_bucket.y`, `cdktf:stack/aws_s3_bucket.y`. */
export function iacResourceId(r: Pick<TfResource, 'format' | 'stack' | 'address'>): string {
  // Joined, not concatenated: `+` makes a rope of its parts, which the engine's sorting and hashing
  // then flattens into a second string beside it (about 30 B more per id at a million resources).
  const prefix = r.format === 'cdktf' ? `cdktf:${r.stack}/` : r.stack ? `terraform:${r.stack}/` : 'terraform:';
  return [prefix, r.address].join('');
}

/**
 * The resources of one input, indexed for joins: a split resource (`aws_s3_bucket_versioning`)
 * finds its parent by the reference in one attribute (`bucket = aws_s3_bucket.b.id`) or, when the
 * attribute is a literal, by the parent's name.
 */
export class MapContext {
  /**
   * The lookup indexes are built when first asked for, and hold only what can be asked for: the
   * resources of each type a mapper requests, and the instances of each address some reference
   * names (lookups by address start from a reference). A million-resource input with few
   * references and lookups would otherwise hold two indexes of every resource at its peak.
   */
  private readonly byType = new Map<string, readonly TfResource[]>();
  // One resource per address is the common case: stored bare, a list only for count/for_each instances.
  private byConfigAddress: Map<string, TfResource | TfResource[]> | undefined;
  private readonly joinIndex = new Map<string, Map<string, { byRef: Map<string, TfResource | TfResource[]>; byValue: Map<string, TfResource | TfResource[]> }>>();
  private readonly values = new Map<string, Map<string, TfResource>>();
  private readonly memo = new Map<(ctx: MapContext) => unknown, unknown>();
  /** One copy of each region string and `defaulted` list: a million resources repeat a handful of them. */
  private readonly sharedStrings = new Map<string, string>();
  private readonly sharedLists = new Map<string, readonly string[]>();
  private readonly modules = new WeakMap<TfResource, string>();
  /** Every type of the input, read before the first release (see `release`). */
  private types: Set<string> | undefined;
  /** Resources joined into the one being mapped (see `mapping`); undefined outside a mapping. */
  private current: TfResource[] | undefined;
  /** Every resource joined into another: in the inventory as part of it, not on its own. */
  private readonly joinedAll = new Set<TfResource>();

  /**
   * `joinedTypes`: the Terraform types read only as part of a parent (a found one is joined into the
   * resource being mapped). `unlookedTypes`: types no mapper looks up by type or by literal value
   * (map/index.ts): a resource of one is dropped from `resources` once mapped (`release`), and
   * looking one up throws UndeclaredLookupError instead of answering without the dropped ones.
   */
  constructor(
    private readonly resources: readonly (TfResource | undefined)[],
    private readonly joinedTypes: ReadonlySet<string> = new Set(),
    private readonly unlookedTypes: ReadonlySet<string> = new Set(),
  ) {}

  /**
   * Drop `resources[i]`, mapped now, when no later mapping can ask for it: its type is looked up by
   * no mapper, and no reference names its address (lookups by address start from one). A
   * million-resource input then holds each Terraform record only until it is mapped, not until the
   * whole input is (a 1M-resource CDKTF stack: about 190 MB less at the end of mapping).
   */
  release(i: number): void {
    // What hasType and the address index answer is read from every resource: before the first release.
    this.presentTypes();
    const r = this.resources[i];
    if (r === undefined || !this.unlookedTypes.has(r.type) || this.joinedAll.has(r) || this.instancesAt().has(r.configAddress)) return;
    (this.resources as (TfResource | undefined)[])[i] = undefined;
  }

  /** `s`, as the one copy this input's resources share. */
  shared(s: string | undefined): string | undefined {
    return s === undefined ? undefined : cachedIn(this.sharedStrings, s, (x) => x);
  }

  /** `list`, as the one copy this input's resources share (never mutated: resources are read-only). */
  sharedList(list: readonly string[]): readonly string[] {
    return cachedIn(this.sharedLists, list.join('\u0000'), () => list);
  }

  /** `compute(this)` once per input: whole-input groupings (the subscription, a project's audit configs) that every mapper call reads. */
  once<T>(compute: (ctx: MapContext) => T): T {
    if (!this.memo.has(compute)) {
      // A whole-input grouping joins nothing into the resource whose mapping happens to compute it.
      const current = this.current;
      this.current = undefined;
      try {
        this.memo.set(compute, compute(this));
      } finally {
        this.current = current;
      }
    }
    return this.memo.get(compute) as T;
  }

  /**
   * Start collecting the resources joined into the resource about to be mapped: the split
   * resources its lookups find (`children`, `parent`, references to joined types) and the
   * `related` it declares. `endMapping` returns them.
   */
  beginMapping(): void {
    this.current = [];
  }

  endMapping(): readonly TfResource[] {
    const joined = this.current ?? [];
    this.current = undefined;
    return joined;
  }

  /** Record `rs` as joined into the resource being mapped (all of them, or only those of joined types). */
  join(rs: readonly TfResource[], onlyJoinedTypes = false): void {
    const current = this.current;
    if (!current) return;
    for (const r of rs) {
      if (onlyJoinedTypes && !this.joinedTypes.has(r.type)) continue;
      current.push(r);
      this.joinedAll.add(r);
    }
  }

  /** Whether `r` was joined into another resource while mapping this input. */
  isJoined(r: TfResource): boolean {
    return this.joinedAll.has(r);
  }

  /** Whether the input holds a resource of `type`: not a lookup, so it keeps no resource and holds whatever was released. */
  hasType(type: string): boolean {
    return this.presentTypes().has(type);
  }

  private presentTypes(): ReadonlySet<string> {
    if (!this.types) {
      // A loop, not flatMap: that made a one-element array per resource (a million at 1M).
      this.types = new Set();
      for (const r of this.resources) if (r) this.types.add(r.type);
    }
    return this.types;
  }

  ofType(type: string): readonly TfResource[] {
    if (this.unlookedTypes.has(type)) throw new UndeclaredLookupError(type);
    return cachedIn(this.byType, type, (t) => {
      const list = this.resources.filter((r): r is TfResource => r?.type === t);
      return list.length > 0 ? list : NO_RESOURCES;
    });
  }

  /** Instances of a config address that references name (`module.x.aws_kms_key.k`), by address. */
  private instancesAt(): Map<string, TfResource | TfResource[]> {
    if (this.byConfigAddress) return this.byConfigAddress;
    const named = new Set<string>();
    // Built before the first release (release asks for it), so every reference and every named resource is still here.
    for (const r of this.resources) if (r) for (const k in r.refs) for (const a of r.refs[k] ?? []) named.add(a);
    const index = new Map<string, TfResource | TfResource[]>();
    if (named.size > 0) for (const r of this.resources) if (r && named.has(r.configAddress)) add(index, r.configAddress, r);
    this.byConfigAddress = index;
    return index;
  }

  /** Instances of a config address a reference names (`module.x.aws_kms_key.k`). */
  private at(configAddress: string): readonly TfResource[] {
    return all(this.instancesAt().get(configAddress));
  }

  id(r: TfResource): string {
    return iacResourceId(r);
  }

  /**
   * Resources of `childType` whose `attr` names `parent`: by reference (in the same module
   * instance, with the same instance key or to the only instance) or by a literal equal to one of
   * the parent's `keys` values.
   */
  children(parent: TfResource, childType: string, attr: string, keys: readonly string[] = []): TfResource[] {
    const idx = this.index(childType, attr);
    if (idx.byRef.size === 0 && idx.byValue.size === 0) return [];
    const out: TfResource[] = [];
    const byRef = idx.byRef.get(parent.configAddress);
    if (byRef !== undefined) {
      // A child's reference names the parent's address, so the address index has it.
      const instances = this.instancesAt().get(parent.configAddress);
      if (!Array.isArray(instances)) out.push(...all(byRef));
      else {
        const module = this.moduleInstance(parent);
        const siblings = instances.filter((p) => this.moduleInstance(p) === module);
        for (const c of all(byRef)) if (this.moduleInstance(c) === module && (siblings.length === 1 || c.index === parent.index)) out.push(c);
      }
    }
    for (const k of keys) {
      const v = parent.values[k];
      if (typeof v === 'string' && v !== '') for (const c of all(idx.byValue.get(v))) if (!out.includes(c)) out.push(c);
    }
    if (out.length > 0) this.join(out, true);
    return out.length > 1 ? out.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)) : out;
  }

  /**
   * The instance a reference from `from` to `addr` names (one of `types`). References are module-local:
   * among the instances in `from`'s module instance (`module.a["x"]`), the only one, else the one with `from`'s key.
   */
  referenced(from: TfResource, addr: string, types?: readonly string[]): TfResource | undefined {
    const list = this.instancesFor(from, addr, types);
    const hit = list.length <= 1 ? list[0] : list.find((p) => p.index === from.index);
    if (hit) this.join([hit], true);
    return hit;
  }

  /** Every instance (of `types`, when given) a reference from `from` to `addr` can name: those in `from`'s module instance. */
  instancesFor(from: TfResource, addr: string, types?: readonly string[]): readonly TfResource[] {
    let list = this.at(addr);
    if (types) list = list.filter((p) => types.includes(p.type));
    if (list.length <= 1 || from.modulePath === '') return list;
    const module = this.moduleInstance(from);
    return list.filter((p) => this.moduleInstance(p) === module);
  }

  /** The module instance a resource is in, with instance keys: `module.a["x"].module.b[0]`; '' for the root module. */
  private moduleInstance(r: TfResource): string {
    if (r.modulePath === '') return '';
    let m = this.modules.get(r);
    if (m === undefined) {
      m = r.address.slice(0, Math.max(0, r.address.lastIndexOf(`.${r.type}.${r.name}`)));
      this.modules.set(r, m);
    }
    return m;
  }

  /** The resource that `child.attr` refers to (one of `types`), by reference or by a literal matching one of `keys`. */
  parent(child: TfResource, attr: string, types: readonly string[], keys: readonly string[] = []): TfResource | undefined {
    for (const addr of child.refs[attr] ?? []) {
      const hit = this.referenced(child, addr, types);
      if (hit) return hit;
    }
    const v = child.values[attr];
    if (typeof v !== 'string' || v === '') return undefined;
    for (const t of types) {
      for (const k of keys) {
        const hit = this.valueIndex(t, k).get(v);
        if (hit) {
          this.join([hit], true);
          return hit;
        }
      }
    }
    return undefined;
  }

  /**
   * The phiscan id of the resource the attribute refers to (so cross-resource checks match ids),
   * else the literal value, else null when unset; undefined when unknown until apply.
   */
  idOrRef(r: TfResource, attr: string, types: readonly string[]): string | null | undefined {
    const viaRef = this.refId(r, attr, types);
    if (viaRef) return viaRef;
    const v = r.values[attr];
    if (typeof v === 'string' && v !== '') return v;
    if (v === UNKNOWN && r.configured && !r.configured.has(attr)) return null;
    if (v === UNKNOWN || r.refs[attr]?.length) return undefined;
    return null;
  }

  /**
   * Like idOrRef for list attributes (`vpc_security_group_ids`): literals, and references to
   * resources of the input (of `types`, or any) as their phiscan ids. For a list inside a block,
   * `path` is its dotted path and `value` the block's value (`vpc_config.subnet_ids`).
   */
  idsOrRefs(r: TfResource, path: string, types?: readonly string[], value: TfValue | undefined = r.values[path]): string[] | undefined {
    const refs = (r.refs[path] ?? []).flatMap((a) => this.instancesFor(r, a, types).map((p) => this.id(p)));
    const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();
    if (value === undefined || value === null) return sorted(refs);
    if (value === UNKNOWN) return refs.length > 0 ? sorted(refs) : !path.includes('.') && r.configured && !r.configured.has(path) ? [] : undefined;
    if (!Array.isArray(value)) return undefined;
    const known = (value as unknown[]).filter((x): x is string => typeof x === 'string');
    if (known.length !== value.length && refs.length === 0) return undefined;
    return sorted([...known, ...refs]);
  }

  private refId(r: TfResource, attr: string, types: readonly string[]): string | undefined {
    const p = this.parent(r, attr, types);
    return p ? this.id(p) : undefined;
  }

  /** Resources of `type` by the literal value of `key` (first one wins, in input order). */
  private valueIndex(type: string, key: string): Map<string, TfResource> {
    const k = `${type}\u0000${key}`;
    let idx = this.values.get(k);
    if (idx) return idx;
    idx = new Map();
    for (const p of this.ofType(type)) {
      const v = p.values[key];
      if (typeof v === 'string' && v !== '' && !idx.has(v)) idx.set(v, p);
    }
    this.values.set(k, idx);
    return idx;
  }

  private index(childType: string, attr: string): { byRef: Map<string, TfResource | TfResource[]>; byValue: Map<string, TfResource | TfResource[]> } {
    let byAttr = this.joinIndex.get(childType);
    if (!byAttr) {
      byAttr = new Map<string, { byRef: Map<string, TfResource | TfResource[]>; byValue: Map<string, TfResource | TfResource[]> }>();
      this.joinIndex.set(childType, byAttr);
    }
    let idx = byAttr.get(attr);
    if (idx) return idx;
    idx = { byRef: new Map(), byValue: new Map() };
    for (const c of this.ofType(childType)) {
      for (const a of c.refs[attr] ?? []) add(idx.byRef, a, c);
      const v = c.values[attr];
      if (typeof v === 'string' && v !== '') add(idx.byValue, v, c);
    }
    byAttr.set(attr, idx);
    return idx;
  }
}

const NO_RESOURCES: readonly TfResource[] = Object.freeze([]);

/**
 * A mapper looked up a mapped type that map/index.ts does not list as looked up: the answer could
 * miss resources already released, so mapping stops (an internal error) instead of losing a join.
 */
export class UndeclaredLookupError extends Error {
  constructor(type: string) {
    super(`Terraform mapping looked up ${type} by type, which map/index.ts LOOKED_UP_TYPES does not list`);
    this.name = 'UndeclaredLookupError';
  }
}

function add(m: Map<string, TfResource | TfResource[]>, k: string, v: TfResource): void {
  const cur = m.get(k);
  if (cur === undefined) m.set(k, v);
  else if (Array.isArray(cur)) cur.push(v);
  else m.set(k, [cur, v]);
}

function all(v: TfResource | TfResource[] | undefined): readonly TfResource[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Build the canonical resource for a Terraform resource. `readers` contribute their defaulted paths. */
export function iacResource<T extends ResourceType>(
  ctx: MapContext,
  r: TfResource,
  spec: { provider: Provider; type: T; name: string | null | undefined; account?: string | undefined; region?: string | undefined; tags: Readonly<Record<string, string>> | undefined; config: ConfigOf<T>; readers?: readonly Reader[]; related?: readonly TfResource[] },
): Resource<T> {
  // Read after the config was built: the readers record each default they applied.
  const defaulted = (spec.readers ?? []).flatMap((x) => x.defaulted);
  const related = spec.related ?? [];
  ctx.join(related);
  const suppressions = related.length === 0 ? r.suppressions : [...r.suppressions, ...related.flatMap((x) => x.suppressions)];
  // Optional keys are set only when present (exactOptionalPropertyTypes; no temporary objects per resource).
  const source: { -readonly [K in keyof IacSource]: IacSource[K] } = { kind: 'iac', format: r.format, file: r.file, line: r.line, address: r.address };
  if (r.endLine !== undefined) source.endLine = r.endLine;
  if (r.snippet) source.snippet = r.snippet;
  if (r.constructPath) source.constructPath = r.constructPath;
  if (r.moduleCall) source.moduleCall = r.moduleCall;
  if (r.moduleCalls) source.moduleCalls = r.moduleCalls;
  if (defaulted.length > 0) source.defaulted = ctx.sharedList(defaulted.length === 1 ? defaulted : [...new Set(defaulted)].sort());
  if (suppressions.length > 0) source.suppressions = suppressions;
  return {
    provider: spec.provider,
    type: spec.type,
    id: ctx.id(r),
    name: spec.name ?? r.address,
    account: spec.account,
    region: ctx.shared(spec.region ?? r.region),
    tags: spec.tags,
    config: spec.config,
    source,
  };
}

