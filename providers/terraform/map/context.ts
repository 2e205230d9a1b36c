import type { ConfigOf, IacSource, Provider, Resource, ResourceType } from '../../../src/model/resource.js';
import { UNKNOWN, type TfResource } from '../model.js';
import type { Reader } from '../reader.js';

/** Stable resource id from the Terraform address: `terraform:module.x.aws_s3_bucket.y`, `cdktf:stack/aws_s3_bucket.y`. */
export function iacResourceId(r: Pick<TfResource, 'format' | 'stack' | 'address'>): string {
  return r.format === 'cdktf' ? `cdktf:${r.stack}/${r.address}` : `terraform:${r.stack ? `${r.stack}/` : ''}${r.address}`;
}

/**
 * The resources of one input, indexed for joins: a split resource (`aws_s3_bucket_versioning`)
 * finds its parent by the reference in one attribute (`bucket = aws_s3_bucket.b.id`) or, when the
 * attribute is a literal, by the parent's name.
 */
export class MapContext {
  private readonly byType = new Map<string, TfResource[]>();
  private readonly byConfigAddress = new Map<string, TfResource[]>();
  private readonly joinIndex = new Map<string, Map<string, TfResource[]>>();

  constructor(readonly resources: readonly TfResource[]) {
    for (const r of resources) {
      push(this.byType, r.type, r);
      push(this.byConfigAddress, r.configAddress, r);
    }
  }

  ofType(type: string): readonly TfResource[] {
    return this.byType.get(type) ?? [];
  }

  /** Instances of a config address (`module.x.aws_kms_key.k`). */
  at(configAddress: string): readonly TfResource[] {
    return this.byConfigAddress.get(configAddress) ?? [];
  }

  id(r: TfResource): string {
    return iacResourceId(r);
  }

  /**
   * Resources of `childType` whose `attr` names `parent`: by reference (same instance key, or
   * the parent has one instance) or by a literal equal to one of the parent's `keys` values.
   */
  children(parent: TfResource, childType: string, attr: string, keys: readonly string[] = []): TfResource[] {
    const idx = this.index(childType, attr);
    const out = new Set<TfResource>();
    const single = (this.byConfigAddress.get(parent.configAddress)?.length ?? 0) <= 1;
    for (const c of idx.get(`ref:${parent.configAddress}`) ?? []) if (single || c.index === parent.index) out.add(c);
    for (const k of keys) {
      const v = parent.values[k];
      if (typeof v === 'string' && v !== '') for (const c of idx.get(`val:${v}`) ?? []) out.add(c);
    }
    return [...out].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  }

  /** The resource that `child.attr` refers to (one of `types`), by reference or by a literal matching one of `keys`. */
  parent(child: TfResource, attr: string, types: readonly string[], keys: readonly string[] = []): TfResource | undefined {
    for (const addr of child.refs[attr] ?? []) {
      const list = (this.byConfigAddress.get(addr) ?? []).filter((p) => types.includes(p.type));
      const hit = list.length === 1 ? list[0] : list.find((p) => p.index === child.index);
      if (hit) return hit;
    }
    const v = child.values[attr];
    if (typeof v !== 'string' || v === '') return undefined;
    for (const t of types) {
      for (const k of keys) {
        const hit = this.valueIndex(t, k).get(v);
        if (hit) return hit;
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

  /** Like idOrRef for list attributes (`vpc_security_group_ids`). */
  idsOrRefs(r: TfResource, attr: string, types: readonly string[]): readonly string[] | undefined {
    const v = r.values[attr];
    const refs = (r.refs[attr] ?? []).flatMap((a) => (this.byConfigAddress.get(a) ?? []).filter((p) => types.includes(p.type)).map((p) => this.id(p)));
    if (v === undefined || v === null) return refs;
    if (v === UNKNOWN) return refs.length > 0 ? [...new Set(refs)].sort() : undefined;
    if (!Array.isArray(v)) return undefined;
    const known = (v as unknown[]).filter((x): x is string => typeof x === 'string');
    if (known.length !== v.length && refs.length === 0) return undefined;
    return [...new Set([...known, ...refs])].sort();
  }

  private refId(r: TfResource, attr: string, types: readonly string[]): string | undefined {
    const p = this.parent(r, attr, types);
    return p ? this.id(p) : undefined;
  }

  private readonly values = new Map<string, Map<string, TfResource>>();

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

  private index(childType: string, attr: string): Map<string, TfResource[]> {
    const key = `${childType}\u0000${attr}`;
    let idx = this.joinIndex.get(key);
    if (idx) return idx;
    idx = new Map();
    for (const c of this.ofType(childType)) {
      for (const a of c.refs[attr] ?? []) push(idx, `ref:${a}`, c);
      const v = c.values[attr];
      if (typeof v === 'string' && v !== '') push(idx, `val:${v}`, c);
    }
    this.joinIndex.set(key, idx);
    return idx;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Build the canonical resource for a Terraform resource. `readers` contribute their defaulted paths. */
export function iacResource<T extends ResourceType>(
  ctx: MapContext,
  r: TfResource,
  spec: { provider: Provider; type: T; name: string | null | undefined; account?: string | undefined; region?: string | undefined; tags: Readonly<Record<string, string>> | undefined; config: ConfigOf<T>; readers?: readonly Reader[]; related?: readonly TfResource[] },
): Resource<T> {
  // Read after the config was built: the readers record each default they applied.
  const defaulted = (spec.readers ?? []).flatMap((x) => x.defaulted);
  const suppressions = [...r.suppressions, ...(spec.related ?? []).flatMap((x) => x.suppressions)];
  const source: IacSource = {
    kind: 'iac',
    format: r.format,
    file: r.file,
    line: r.line,
    address: r.address,
    ...(r.constructPath ? { constructPath: r.constructPath } : {}),
    ...(r.moduleCall ? { moduleCall: r.moduleCall } : {}),
    ...(defaulted.length > 0 ? { defaulted: [...new Set(defaulted)].sort() } : {}),
    ...(suppressions.length > 0 ? { suppressions } : {}),
  };
  return {
    provider: spec.provider,
    type: spec.type,
    id: ctx.id(r),
    name: spec.name ?? r.address,
    account: spec.account,
    region: spec.region ?? r.region,
    tags: spec.tags,
    config: spec.config,
    source,
  };
}

