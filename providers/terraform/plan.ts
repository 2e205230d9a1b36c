import { cachedIn, setOwn } from '../../src/lib/objects.js';
import { InputError } from './errors.js';
import { PlanResource, placeCache } from './records.js';
import { describeKind, describeValue as describe, isJsonObject as isObject, lineBreaks, pathText, scanJsonFile, scanJsonText, ShapeError, type JsonKind, type JsonSink, type PathKey } from './json-stream.js';
import { EitherConfigured, ExpressionKeys, NO_REFS, NO_SUPPRESSIONS, ownValue, pinnedAccount, referencedAddress, stripKeys, UNKNOWN, type Configured, type TfObject, type TfResource, type TfValue } from './model.js';

/**
 * `terraform show -json PLANFILE` output -> Terraform resources.
 *
 * Formats: every `format_version` Terraform has written: "0.1" (Terraform 0.12 to 1.0.0), "0.2"
 * (1.0.1 to 1.0.x) and "1.x" (1.1 on). They are one family: `resource_changes` items keep the
 * same fields (0.1 has no `before_sensitive`/`after_sensitive` and leaves `after` out of a
 * delete; 1.x adds `previous_address`, `action_reason`, `importing`); around them 0.2 adds
 * `resource_drift` and 1.x `relevant_attributes`, `checks`, `deferred_changes`, `errored`. One
 * reader serves them all; a future major version is refused.
 *
 * The plan is read as a stream (json-stream.ts): each `resource_changes` item and each
 * `configuration` resource is parsed on its own; `planned_values`, `prior_state`, drift and the
 * rest are checked and dropped. Every item is checked for the shape Terraform writes before use.
 */

/** The newest plan format major version phiscan reads; 0.x are the formats of Terraform 0.12 to 1.0. */
export const SUPPORTED_PLAN_MAJOR = 1;
const FORMATS_READ = '0.1, 0.2 and 1.x';

/** Where a resource block is in the Terraform source, from the HCL index (`--terraform-dir` or the plan's directory). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly moduleCall?: { readonly file: string; readonly line: number } | undefined;
  readonly moduleCalls?: readonly { readonly file: string; readonly line: number }[] | undefined;
  readonly suppressions: readonly { readonly checkId: string; readonly reason: string }[];
  /**
   * What the `.tf` block sets, `dynamic` blocks included: the plan's configuration never lists
   * those (and older Terraform versions left some nested blocks out), so an unknown value there
   * is unknown, not an unset attribute taking its default.
   */
  readonly configured?: Configured | undefined;
}

export interface PlanReadOptions {
  readonly locate?: ((configAddress: string) => SourceLocation | undefined) | undefined;
  readonly warn?: ((message: string) => void) | undefined;
}

/**
 * What phiscan reads of a configuration resource, computed once as it is read and shared by its
 * instances: the expressions themselves (a large tree per resource) are not kept.
 */
interface ConfigResource {
  readonly providerConfigKey: string | undefined;
  readonly refs: Readonly<Record<string, readonly string[]>>;
  readonly configured: ExpressionKeys;
}

interface ProviderConfig {
  name?: unknown;
  expressions?: Record<string, { constant_value?: unknown } | undefined>;
}

/** A managed resource instance that exists after the plan, as read from its `resource_changes` item. */
interface Change {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly index: string | number | undefined;
  readonly modulePath: string;
  readonly values: TfObject;
  readonly line: number;
}

/** Collects what phiscan reads from a plan while the scanner walks it. */
class PlanSink implements JsonSink {
  formatVersion: string | undefined;
  hasResourceChanges = false;
  hasPlannedValues = false;
  hasStateValues = false;
  errored = false;
  complete: boolean | undefined;
  plannedResources = 0;
  readonly changes: Change[] = [];
  /** One copy of each resource type name (the parser makes a string per resource). */
  private readonly types = new Map<string, string>();
  readonly config = new Map<string, ConfigResource>();
  /** One ExpressionKeys per set of configured attribute names: most resources of a type configure the same ones. */
  private readonly keySets = new Map<string, ExpressionKeys>();
  providers: Record<string, ProviderConfig> = {};

  take(path: readonly PathKey[], kind: JsonKind): 'descend' | 'parse' | 'skip' {
    const [top] = path;
    const n = path.length;
    if (n === 0) {
      if (kind !== 'object') throw new ShapeError(`not a Terraform plan JSON: the document is ${describeKind(kind)} (expected the output of \`terraform show -json PLANFILE\`)`);
      return 'descend';
    }
    switch (String(top)) {
      case 'format_version':
      case 'errored':
      case 'complete':
        return n === 1 ? 'parse' : 'skip';
      case 'values':
        if (n === 1) this.hasStateValues = true;
        return 'skip';
      case 'resource_changes':
      case 'deferred_changes':
        if (n === 1) {
          expectKind(path, kind, 'array');
          if (top === 'resource_changes') this.hasResourceChanges = true;
          return 'descend';
        }
        return 'parse';
      case 'planned_values':
        return this.plannedValues(path, kind);
      case 'configuration':
        return this.configuration(path, kind);
      default:
        return 'skip';
    }
  }

  /** planned_values is only counted (its resources are the resource_changes' `after` again). */
  private plannedValues(path: readonly PathKey[], kind: JsonKind): 'descend' | 'skip' {
    const n = path.length;
    const last = path[n - 1];
    const parent = path[n - 2];
    if (n === 1) {
      expectKind(path, kind, 'object');
      this.hasPlannedValues = true;
      return 'descend';
    }
    if (parent === 'resources') {
      this.plannedResources++;
      return 'skip';
    }
    if (last === 'root_module' || parent === 'child_modules') {
      expectKind(path, kind, 'object');
      return 'descend';
    }
    if (last === 'resources' || last === 'child_modules') {
      expectKind(path, kind, 'array');
      return 'descend';
    }
    return 'skip';
  }

  /** configuration: provider_config, and each module's resources and module_calls, recursively. */
  private configuration(path: readonly PathKey[], kind: JsonKind): 'descend' | 'parse' | 'skip' {
    const n = path.length;
    const last = path[n - 1];
    const parent = path[n - 2];
    if (n === 1) {
      expectKind(path, kind, 'object');
      return 'descend';
    }
    if (n === 2 && last === 'provider_config') {
      expectKind(path, kind, 'object');
      return 'parse';
    }
    if (n === 2) {
      if (last !== 'root_module') return 'skip';
      expectKind(path, kind, 'object');
      return 'descend';
    }
    // Inside a module object: resources[], module_calls{name: {module: {...}}}.
    if (parent === 'resources') return 'parse';
    if (last === 'resources') {
      expectKind(path, kind, 'array');
      return 'descend';
    }
    if (last === 'module_calls' || parent === 'module_calls' || (last === 'module' && path[n - 3] === 'module_calls')) {
      expectKind(path, kind, 'object');
      return 'descend';
    }
    return 'skip';
  }

  value(path: readonly PathKey[], value: unknown, line: number, text: string): void {
    const [top] = path;
    if (top === 'format_version') this.checkFormat(value);
    else if (top === 'errored') this.errored = value === true;
    else if (top === 'complete') this.complete = typeof value === 'boolean' ? value : undefined;
    else if (top === 'resource_changes') this.addChange([path, ''], value, line, text);
    else if (top === 'deferred_changes') {
      if (!isObject(value)) throw new ShapeError(`${pathText(path)} is ${describe(value)}, expected an object with "resource_change"`);
      this.addChange([path, '.resource_change'], value.resource_change, line, text);
    } else if (top === 'configuration' && path[1] === 'provider_config') {
      const providers = value as Record<string, unknown>;
      for (const k of Object.keys(providers)) if (!isObject(providers[k])) throw new ShapeError(`configuration.provider_config["${k}"] is ${describe(providers[k])}, expected an object`, k);
      this.providers = providers as Record<string, ProviderConfig>;
    } else if (top === 'configuration') this.addConfigResource(path, value);
  }

  private checkFormat(v: unknown): void {
    if (typeof v !== 'string' || !/^\d+\.\d+$/.test(v)) throw new ShapeError(`format_version is ${describe(v)}, expected a version string such as "1.2"`);
    this.formatVersion = v;
    const major = Number(v.split('.')[0]);
    if (major > SUPPORTED_PLAN_MAJOR) throw new ShapeError(`unsupported plan format_version "${v}" (phiscan reads ${FORMATS_READ}: the formats of Terraform 0.12 to 1.x; a newer phiscan may read this one)`);
  }

  /** Check one resource change against the shape Terraform writes; keep managed resources that exist after the plan. */
  private addChange(at: Where, rc: unknown, line: number, text: string): void {
    if (!isObject(rc)) throw new ShapeError(`${whereText(at)} is ${describe(rc)}, expected a resource change object`);
    const { address, mode, type, name } = rc;
    if (typeof address !== 'string' || address === '') missingString(at, rc, 'address');
    if (typeof mode !== 'string') missingString(at, rc, 'mode');
    if (typeof type !== 'string' || type === '') missingString(at, rc, 'type');
    if (typeof name !== 'string' || name === '') missingString(at, rc, 'name');
    const moduleAddress = rc.module_address ?? '';
    if (typeof moduleAddress !== 'string') missingString(at, rc, 'module_address');
    const index = rc.index;
    if (index !== undefined && typeof index !== 'string' && typeof index !== 'number') fail(at, `"index" is ${describe(index)}, expected a number or a string`, 'index');
    if (mode !== 'managed' && mode !== 'data') fail(at, `"mode" is ${JSON.stringify(mode)}, expected "managed" or "data"`, 'mode');
    const change = rc.change;
    if (!isObject(change)) fail(at, `"change" is ${describe(change)}, expected an object with "actions" and "after"`, change === undefined ? undefined : 'change');
    const actions = change.actions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string')) fail(at, `"change.actions" is ${describe(actions)}, expected a list of actions such as ["create"]`, 'actions');
    const after = change.after;
    const unknown = change.after_unknown;
    if (after !== undefined && after !== null && !isObject(after)) fail(at, `"change.after" is ${describe(after)}, expected an object or null`, 'after');
    if (unknown !== undefined && unknown !== null && typeof unknown !== 'boolean' && !isObject(unknown)) fail(at, `"change.after_unknown" is ${describe(unknown)}, expected an object or a boolean`, 'after_unknown');
    if (mode !== 'managed') return;
    // Deleted or forgotten: not there after the plan. Terraform 0.12 leaves `after` out for a delete; later versions write null.
    if ((actions).every((a) => a === 'delete' || a === 'forget')) return;
    if (!isObject(after)) fail(at, `"change.after" is ${describe(after)} for actions ${JSON.stringify(actions)}: the resource's planned values are missing`, after === undefined ? 'change' : 'after');
    this.changes.push({
      address,
      type: cachedIn(this.types, type, (t) => t),
      name,
      index: index,
      modulePath: stripKeys(moduleAddress),
      values: withUnknowns(after, unknown) as TfObject,
      line: line + linesBefore(text, '"address"'),
    });
  }

  /** A configuration resource, under `configuration.root_module` or a module call's `module`. */
  private addConfigResource(path: readonly PathKey[], r: unknown): void {
    const at: Where = [path, ''];
    if (!isObject(r)) throw new ShapeError(`${whereText(at)} is ${describe(r)}, expected a resource object`);
    if (r.mode !== 'managed' || typeof r.address !== 'string') return;
    if (r.expressions !== undefined && !isObject(r.expressions)) fail(at, `"expressions" is ${describe(r.expressions)}, expected an object`, 'expressions');
    if (r.provider_config_key !== undefined && typeof r.provider_config_key !== 'string') fail(at, `"provider_config_key" is ${describe(r.provider_config_key)}, expected a string`, 'provider_config_key');
    // configuration.root_module.module_calls.a.module.module_calls.b.module.resources[i] -> module.a.module.b
    let prefix = '';
    for (let i = 2; i < path.length - 2; i++) if (path[i] === 'module_calls') prefix += `${prefix ? '.' : ''}module.${String(path[i + 1])}`;
    const key = prefix ? `${prefix}.${r.address}` : r.address;
    if (this.config.has(key)) return;
    // The module prefix is the modulePath of the resource changes this configuration matches.
    const expressions = r.expressions;
    this.config.set(key, { providerConfigKey: r.provider_config_key, refs: expressions ? flattenRefs(expressions, prefix) : NO_REFS, configured: this.expressionKeys(expressions ?? {}) });
  }

  private expressionKeys(expressions: object): ExpressionKeys {
    const keys = Object.keys(expressions);
    return cachedIn(this.keySets, JSON.stringify(keys), () => new ExpressionKeys(keys));
  }

  /** Checks of the whole document, once it is read. */
  finish(file: string, warn: (message: string) => void): void {
    if (this.formatVersion === undefined || !(this.hasPlannedValues || this.hasResourceChanges)) {
      const state = this.hasStateValues && !this.hasPlannedValues && !this.hasResourceChanges;
      throw new InputError(
        state
          ? `${file}:1:1: Terraform state JSON, not a plan (it has "values"; run \`terraform plan -out PLANFILE\` and give phiscan \`terraform show -json PLANFILE\`)`
          : `${file}:1:1: not a Terraform plan JSON (expected the output of \`terraform show -json PLANFILE\` with format_version and resource_changes)`,
      );
    }
    if (this.errored) throw new InputError(`${file}:1:1: the plan errored ("errored": true): its resource changes are incomplete; fix the errors \`terraform plan\` reports and scan the new plan`);
    if (!this.hasResourceChanges && this.plannedResources > 0) {
      throw new InputError(`${file}:1:1: the plan has ${this.plannedResources} planned resources but no resource_changes (every Terraform version writes both; was the file edited?)`);
    }
    if (this.complete === false) warn(`${file}: the plan is incomplete ("complete": false: -target, or changes deferred to a later plan); resources outside it are not scanned`);
  }
}

/** A container of the kind Terraform writes at `path`, or a ShapeError naming it. */
function expectKind(path: readonly PathKey[], kind: JsonKind, want: 'object' | 'array'): void {
  if (kind !== want) throw new ShapeError(`${pathText(path)} is ${describeKind(kind)}, expected ${describeKind(want)}`);
}

/** A value's path and a suffix naming a part of it (`.resource_change`), made into text only for a message. */
type Where = readonly [readonly PathKey[], string];
const whereText = ([path, suffix]: Where) => `${pathText(path)}${suffix}`;

function fail(at: Where, message: string, key?: string): never {
  throw new ShapeError(`${whereText(at)}: ${message}`, key);
}

function missingString(at: Where, item: Record<string, unknown>, key: string): never {
  const v = item[key];
  return fail(at, `"${key}" is ${describe(v)}, expected a non-empty string`, v === undefined ? undefined : key);
}

/** Lines between the start of a value's text and the first `needle` in it (0 for Terraform's one-line output). */
function linesBefore(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at <= 0 ? 0 : lineBreaks(text, at);
}

/** Parse a plan already in memory (tests, small inputs). Throws InputError (exit 2) for anything that is not a plan phiscan reads. */
export function parsePlan(file: string, text: string, locate?: PlanReadOptions['locate'], warn?: PlanReadOptions['warn']): TfResource[] {
  const sink = new PlanSink();
  scanJsonText(file, text, sink);
  return resourcesOf(file, sink, { locate, warn });
}

/** Read a plan file as a stream, in memory bounded by what it keeps (see the module comment). */
export async function readPlan(path: string, display: string, options: PlanReadOptions = {}): Promise<TfResource[]> {
  const sink = new PlanSink();
  await scanJsonFile(path, display, sink);
  return resourcesOf(display, sink, options);
}

function resourcesOf(file: string, sink: PlanSink, { locate, warn }: PlanReadOptions): TfResource[] {
  sink.finish(file, warn ?? (() => {}));
  const providers = sink.providers;
  // Literal region/project/account per provider configuration, computed once per key.
  const settings = new Map<string, { region: string | undefined; project: string | undefined; account: string | undefined }>();
  const providerSettings = (key: string) => {
    let hit = settings.get(key);
    if (!hit) {
      // A module resource names its inherited provider `<module>:aws`; the configuration is the root's `aws`.
      const config = ownValue(providers, key) ?? ownValue(providers, key.slice(key.lastIndexOf(':') + 1));
      const exprs = isObject(config?.expressions) ? config.expressions : undefined;
      const constant = (k: string): unknown => {
        const e = ownValue(exprs, k);
        return isObject(e) ? e.constant_value : undefined;
      };
      const text = (k: string) => {
        const v = constant(k);
        return typeof v === 'string' ? v : undefined;
      };
      const name = typeof config?.name === 'string' ? config.name : (key.slice(key.lastIndexOf(':') + 1).split('.')[0] ?? '');
      settings.set(key, (hit = { region: text('region'), project: text('project'), account: pinnedAccount(name, constant) }));
    }
    return hit;
  };
  const out: TfResource[] = [];
  const place = placeCache();
  for (const c of sink.changes) {
    const configAddress = stripKeys(c.address);
    const cfg = sink.config.get(configAddress);
    const loc = locate?.(configAddress);
    const provider = providerSettings(cfg?.providerConfigKey ?? c.type.slice(0, c.type.indexOf('_')));
    const values = c.values;
    out.push(
      new PlanResource(
        c.address,
        c.type,
        c.name,
        values,
        cfg ? cfg.refs : NO_REFS,
        cfg ? (loc?.configured ? new EitherConfigured(cfg.configured, loc.configured) : cfg.configured) : undefined,
        loc?.line ?? c.line,
        loc?.suppressions ?? NO_SUPPRESSIONS,
        place({
          format: 'terraform-plan',
          file: loc?.file ?? file,
          stack: '',
          region: provider.region ?? (typeof values.region === 'string' ? values.region : undefined),
          project: provider.project ?? (typeof values.project === 'string' ? values.project : undefined),
          account: provider.account,
        }),
        { configAddress, index: c.index, modulePath: c.modulePath, moduleCall: loc?.moduleCall, moduleCalls: loc?.moduleCalls },
      ),
    );
  }
  return out;
}

/**
 * Put UNKNOWN where `after_unknown` is true: those values exist only after apply. Mutates the
 * freshly parsed `after` in place and walks only the unknown paths, so a 100k-resource plan is
 * not copied a second time.
 */
function withUnknowns(after: unknown, unknown: unknown): TfValue {
  if (unknown === true) return UNKNOWN;
  if (unknown === null || typeof unknown !== 'object') return after === undefined ? null : (after as TfValue);
  // after_unknown describes a structure `after` does not have: what is unknown cannot be placed, so all of it is.
  if (after === undefined || after === null || typeof after !== 'object' || Array.isArray(after) !== Array.isArray(unknown)) return isEmpty(unknown) ? ((after ?? null) as TfValue) : UNKNOWN;
  if (Array.isArray(after)) {
    if (Array.isArray(unknown)) for (let i = 0; i < unknown.length; i++) if (unknown[i] !== false) after[i] = withUnknowns(after[i], unknown[i]);
    return after as TfValue;
  }
  const target = after as Record<string, unknown>;
  const u = unknown as Record<string, unknown>;
  for (const k in u) if (u[k] !== false) setOwn(target, k, withUnknowns(ownValue(target, k), u[k]));
  return target as TfValue;
}

function isEmpty(v: object): boolean {
  for (const k in v) if ((v as Record<string, unknown>)[k] !== false) return false;
  return true;
}

/** Config expressions -> referenced resources per dotted attribute path. */
function flattenRefs(expressions: Record<string, unknown>, modulePath: string, prefix = '', out?: Record<string, string[]>): Readonly<Record<string, readonly string[]>> {
  for (const k in expressions) {
    const e = expressions[k];
    if (!e || typeof e !== 'object') continue;
    if (Array.isArray(e)) {
      for (const block of e) if (block && typeof block === 'object') out = flattenRefs(block as Record<string, unknown>, modulePath, `${prefix}${k}.`, out ?? {}) as Record<string, string[]>;
      continue;
    }
    const refs = (e as { references?: unknown }).references;
    if (Array.isArray(refs)) {
      const addrs: string[] = [];
      for (const x of refs) {
        const a = typeof x === 'string' ? referencedAddress(x, modulePath) : undefined;
        if (a && !addrs.includes(a)) addrs.push(a);
      }
      // A copy of its exact length: the list grew by push, with room for 16 more (about 130 B per reference, a million times).
      if (addrs.length > 0) setOwn((out ??= {}), prefix + k, addrs.slice());
    } else if (!('constant_value' in e)) out = flattenRefs(e as Record<string, unknown>, modulePath, `${prefix}${k}.`, out ?? {}) as Record<string, string[]>;
  }
  return out ?? NO_REFS;
}
