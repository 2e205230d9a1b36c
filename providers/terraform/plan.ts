import { InputError, lineCol, parseJsonInput } from './errors.js';
import { ExpressionKeys, pinnedAccount, referencedAddress, stripKeys, UNKNOWN, type TfObject, type TfResource, type TfValue } from './model.js';

/** `terraform show -json` plan representation versions phiscan reads (major version). */
export const SUPPORTED_PLAN_MAJOR = '1';

/** Where a resource block is in the Terraform source, from the HCL index (`--terraform-dir` or the plan's directory). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly moduleCall?: { readonly file: string; readonly line: number } | undefined;
  readonly suppressions: readonly { readonly checkId: string; readonly reason: string }[];
}

interface PlanResourceChange {
  address?: string;
  module_address?: string;
  mode?: string;
  type?: string;
  name?: string;
  index?: string | number;
  provider_name?: string;
  change?: { actions?: string[]; after?: Record<string, unknown> | null; after_unknown?: unknown };
}

interface ConfigResource {
  address?: string;
  mode?: string;
  type?: string;
  name?: string;
  provider_config_key?: string;
  expressions?: Record<string, unknown>;
}

interface ConfigModule {
  resources?: ConfigResource[];
  module_calls?: Record<string, { source?: string; module?: ConfigModule }>;
}

interface ProviderConfig {
  name?: string;
  alias?: string;
  module_address?: string;
  expressions?: Record<string, { constant_value?: unknown }>;
}

interface PlanDoc {
  format_version?: unknown;
  planned_values?: unknown;
  resource_changes?: PlanResourceChange[];
  configuration?: { provider_config?: Record<string, ProviderConfig>; root_module?: ConfigModule };
}

/** Parse a plan's text into Terraform resources. Throws InputError (exit 2) for anything that is not a supported plan. */
export function parsePlan(file: string, text: string, locate: (configAddress: string) => SourceLocation | undefined = () => undefined): TfResource[] {
  const doc = parseJsonInput(file, text) as PlanDoc;
  const at = (key: string) => {
    const i = text.indexOf(`"${key}"`);
    const { line, col } = lineCol(text, i < 0 ? 0 : i);
    return `${file}:${line}:${col}`;
  };
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || typeof doc.format_version !== 'string' || !('planned_values' in doc || 'resource_changes' in doc)) {
    throw new InputError(`${file}:1:1: not a Terraform plan JSON (expected the output of \`terraform show -json PLANFILE\` with format_version and planned_values)`);
  }
  const major = doc.format_version.split('.')[0];
  if (major !== SUPPORTED_PLAN_MAJOR) throw new InputError(`${at('format_version')}: unsupported plan format_version "${doc.format_version}" (phiscan reads ${SUPPORTED_PLAN_MAJOR}.x)`);
  if (doc.resource_changes !== undefined && !Array.isArray(doc.resource_changes)) throw new InputError(`${at('resource_changes')}: resource_changes is not a list`);

  // Only resource_changes and configuration are read: let the rest be collected now rather than marked by every GC while mapping.
  const d = doc as Record<string, unknown>;
  for (const k of ['planned_values', 'prior_state', 'relevant_attributes', 'output_changes', 'variables', 'checks']) d[k] = undefined;
  const lines = addressLines(text);
  const config = indexConfiguration(doc.configuration?.root_module, '');
  const providers = doc.configuration?.provider_config ?? {};
  // Literal region/project per provider configuration, computed once per key.
  const settings = new Map<string, { region: string | undefined; project: string | undefined; account: string | undefined }>();
  const providerSettings = (key: string) => {
    let hit = settings.get(key);
    if (!hit) {
      // A module resource names its inherited provider `<module>:aws`; the configuration is the root's `aws`.
      const config = providers[key] ?? providers[key.slice(key.lastIndexOf(':') + 1)];
      const exprs = config?.expressions;
      const constant = (k: string) => {
        const v = exprs?.[k]?.constant_value;
        return typeof v === 'string' ? v : undefined;
      };
      const name = config?.name ?? key.slice(key.lastIndexOf(':') + 1).split('.')[0] ?? '';
      settings.set(key, (hit = { region: constant('region'), project: constant('project'), account: pinnedAccount(name, (k) => exprs?.[k]?.constant_value) }));
    }
    return hit;
  };
  const out: TfResource[] = [];
  for (const rc of doc.resource_changes ?? []) {
    if (rc.mode !== 'managed' || typeof rc.type !== 'string' || typeof rc.name !== 'string' || typeof rc.address !== 'string') continue;
    const after = rc.change?.after;
    if (!after || typeof after !== 'object') continue; // being destroyed
    const modulePath = stripKeys(rc.module_address ?? '');
    const configAddress = stripKeys(rc.address);
    const cfg = config.get(configAddress);
    const loc = locate(configAddress);
    const provider = providerSettings(cfg?.provider_config_key ?? rc.type.slice(0, rc.type.indexOf('_')));
    const values = withUnknowns(after, rc.change?.after_unknown) as TfObject;
    out.push({
      format: 'terraform-plan',
      address: rc.address,
      configAddress,
      index: rc.index,
      type: rc.type,
      name: rc.name,
      modulePath,
      values,
      refs: cfg?.expressions ? flattenRefs(cfg.expressions, modulePath) : NO_REFS,
      configured: cfg ? new ExpressionKeys(cfg.expressions ?? {}) : undefined,
      file: loc?.file ?? file,
      line: loc?.line ?? lines.get(rc.address) ?? 1,
      moduleCall: loc?.moduleCall,
      suppressions: loc?.suppressions ?? NO_SUPPRESSIONS,
      region: provider.region ?? (typeof values.region === 'string' ? values.region : undefined),
      project: provider.project ?? (typeof values.project === 'string' ? values.project : undefined),
      account: provider.account,
      stack: '',
    });
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
  if (after === undefined) return null;
  if (unknown === null || typeof unknown !== 'object' || after === null || typeof after !== 'object') return after as TfValue;
  if (Array.isArray(after)) {
    if (Array.isArray(unknown)) for (let i = 0; i < unknown.length; i++) if (unknown[i] !== false) after[i] = withUnknowns(after[i], unknown[i]);
    return after as TfValue;
  }
  const target = after as Record<string, unknown>;
  const u = unknown as Record<string, unknown>;
  for (const k in u) if (u[k] !== false) target[k] = withUnknowns(target[k], u[k]);
  return target as TfValue;
}

function indexConfiguration(mod: ConfigModule | undefined, prefix: string, into = new Map<string, ConfigResource>()): Map<string, ConfigResource> {
  if (!mod) return into;
  for (const r of mod.resources ?? []) if (r.mode === 'managed' && r.address) into.set(prefix ? `${prefix}.${r.address}` : r.address, r);
  for (const [name, call] of Object.entries(mod.module_calls ?? {})) indexConfiguration(call.module, `${prefix ? `${prefix}.` : ''}module.${name}`, into);
  return into;
}

/** Config expressions -> referenced resources per dotted attribute path. */
// Shared empties: most resources have neither, and a 100k-resource plan should not allocate 200k empty objects.
const NO_REFS: Readonly<Record<string, readonly string[]>> = Object.freeze({});
const NO_SUPPRESSIONS: readonly { checkId: string; reason: string }[] = Object.freeze([]);

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
      if (addrs.length > 0) (out ??= {})[prefix + k] = addrs;
    } else if (!('constant_value' in e)) out = flattenRefs(e as Record<string, unknown>, modulePath, `${prefix}${k}.`, out ?? {}) as Record<string, string[]>;
  }
  return out ?? NO_REFS;
}

/** First line of each `"address": "..."` in the plan text, in one pass (the plan is one line when not pretty-printed). */
function addressLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const firstNewline = text.indexOf('\n');
  if (firstNewline === -1 || firstNewline >= text.length - 2) return lines; // compact plan: every resource is on line 1
  const re = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  // Next newline at or after the last match; -1 = none left (a compact plan is one line).
  let nl = text.indexOf('\n');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (nl !== -1 && nl < m.index) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    const addr = m[1]?.includes('\\') ? (JSON.parse(`"${m[1]}"`) as string) : (m[1] ?? '');
    if (!lines.has(addr)) lines.set(addr, line);
  }
  return lines;
}
