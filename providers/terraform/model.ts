import type { DeferredText, IacSource } from '../../src/model/resource.js';

/**
 * A value Terraform only knows after apply (plan `after_unknown`, an HCL expression that needs
 * another resource's attributes, a CDKTF `${...}` token). Mappers turn it into `undefined`,
 * so checks answer not_assessed, never pass.
 */
export const UNKNOWN: unique symbol = Symbol('unknown until apply');
export type Unknown = typeof UNKNOWN;

/** Attribute values as Terraform's JSON shows them; nested blocks are arrays of objects. */
export type TfValue = string | number | boolean | null | Unknown | readonly TfValue[] | { readonly [k: string]: TfValue };
export type TfObject = { readonly [k: string]: TfValue };

export type IacFormat = IacSource['format'];

/** Which attributes the configuration sets (a Set, or a plan's `expressions` object viewed as one). */
export interface Configured {
  has(attribute: string): boolean;
  /**
   * Whether `has` also lists every nested block the configuration writes. HCL and CDKTF do
   * (a `dynamic` block counts under its block name); a plan's `configuration` does not: Terraform
   * leaves `dynamic` blocks out of it (and older versions left out some literal blocks), so there a
   * nested block list shown as unknown may be written. Absent = true.
   */
  readonly listsBlocks?: boolean;
}

/** An object's own keys as a Configured, without copying them (a Set per resource costs a million of them on a large input). */
export class OwnKeys implements Configured {
  constructor(private readonly keys: object) {}
  has(attribute: string): boolean {
    return Object.hasOwn(this.keys, attribute);
  }
}

/** A plan's configuration expressions as a Configured: only their names (`Object.keys(expressions)`), not the expressions (a large tree per resource). */
export class ExpressionKeys implements Configured {
  readonly listsBlocks = false;
  constructor(private readonly keys: readonly string[]) {}
  has(attribute: string): boolean {
    return this.keys.includes(attribute);
  }
}

/** Set in either configuration view (a plan's expressions, and the `.tf` source that shows `dynamic` blocks the plan leaves out). */
export class EitherConfigured implements Configured {
  constructor(
    private readonly a: Configured,
    private readonly b: Configured,
  ) {}
  has(attribute: string): boolean {
    return this.a.has(attribute) || this.b.has(attribute);
  }
  /** The union lists every written block when either view does (the `.tf` source always does). */
  get listsBlocks(): boolean {
    return this.a.listsBlocks !== false || this.b.listsBlocks !== false;
  }
}

/**
 * One Terraform resource instance as any of the three inputs reads it, before it is mapped to a
 * canonical type. Mappers only ever see this shape, so plan, HCL and CDKTF reach the same checks.
 */
export interface TfResource {
  readonly format: IacFormat;
  /** Full instance address: `module.db.aws_db_instance.main[0]`. */
  readonly address: string;
  /** Address without instance keys, as references name it: `module.db.aws_db_instance.main`. */
  readonly configAddress: string;
  /** Instance key (`count.index` or `each.key`); undefined for a single instance. */
  readonly index: string | number | undefined;
  /** `managed` resources only; data sources are not mapped. */
  readonly type: string;
  readonly name: string;
  /** Module path without instance keys: '' for the root module, else `module.a.module.b`. */
  readonly modulePath: string;
  readonly values: TfObject;
  /**
   * Resources each attribute refers to, by dotted attribute path (`bucket`,
   * `rule.apply_server_side_encryption_by_default.kms_master_key_id`), as module-qualified config
   * addresses (`aws_s3_bucket.phi`, `data.aws_iam_policy_document.p`).
   */
  readonly refs: Readonly<Record<string, readonly string[]>>;
  /** Attribute names set in the configuration; undefined when the input cannot tell (plan without configuration). */
  readonly configured: Configured | undefined;
  readonly file: string;
  readonly line: number;
  /** Last line and capped source text of the block (HCL, CDKTF); a plan has no source text. */
  readonly endLine?: number | undefined;
  readonly snippet?: string | DeferredText | undefined;
  /** The `module` block that instantiates the resource's module (its own call site). */
  readonly moduleCall?: { readonly file: string; readonly line: number } | undefined;
  /** In a nested module: every call site from the root module's down to `moduleCall`. */
  readonly moduleCalls?: readonly { readonly file: string; readonly line: number }[] | undefined;
  readonly constructPath?: string | undefined;
  readonly suppressions: readonly { readonly checkId: string; readonly reason: string }[];
  /** Provider region / GCP project from the provider configuration, when literal. */
  readonly region: string | undefined;
  readonly project: string | undefined;
  /** AWS account or Azure subscription the provider configuration pins, when literal (see `pinnedAccount`). */
  readonly account: string | undefined;
  /** Namespace for resource ids when several stacks are scanned (CDKTF stack name); '' otherwise. */
  readonly stack: string;
}

/** Shared empties: most resources have neither references nor suppressions, and a large input should not allocate a million empty objects. */
export const NO_REFS: TfResource['refs'] = Object.freeze({});
export const NO_SUPPRESSIONS: TfResource['suppressions'] = Object.freeze([]);

/**
 * `obj[key]` only when it is the object's own property: keys that come from the input
 * (`toString`, `constructor`, `__proto__`) must never reach Object.prototype.
 */
export function ownValue<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return obj !== undefined && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** The provider configuration name of a resource type: `aws_s3_bucket` -> `aws`, `azurerm_subnet` -> `azurerm`. */
export const providerOfType = (type: string): string => type.slice(0, Math.max(0, type.indexOf('_')));

/**
 * The account a provider configuration pins, when it is literal: AWS `allowed_account_ids` with
 * exactly one id (Terraform refuses to run against any other account), azurerm `subscription_id`.
 * Checks comparing a resource with its own account (an off-site backup copy) need it.
 */
export function pinnedAccount(provider: string, attribute: (name: string) => unknown): string | undefined {
  const literal = (v: unknown) => (typeof v === 'string' && v !== '' && !v.includes('${') ? v : undefined);
  if (provider === 'aws') {
    const ids = attribute('allowed_account_ids');
    return Array.isArray(ids) && ids.length === 1 ? literal(ids[0]) : undefined;
  }
  if (provider === 'azurerm') return literal(attribute('subscription_id'))?.toLowerCase();
  return undefined;
}

/** Parse `# phiscan:ignore CHECK_ID reason` / `// phiscan:ignore CHECK_ID reason` in one line. */
export const SUPPRESSION = /(?:#|\/\/|\/\*)\s*phiscan:ignore\s+([A-Za-z0-9_.-]+)\s*(.*?)\s*(?:\*\/)?$/;

export function parseSuppression(text: string): { checkId: string; reason: string } | undefined {
  const m = SUPPRESSION.exec(text.trim());
  if (!m?.[1]) return undefined;
  return { checkId: m[1], reason: m[2] || 'no reason given' };
}

/**
 * Other scanners' inline skips, so teams moving to phiscan keep their justifications: Checkov's
 * `checkov:skip=ID[:reason]`, tfsec's `tfsec:ignore:ID` and Trivy's `trivy:ignore:ID` (several
 * on one line; the rest of the line is the reason). `text` is one comment line without its marker,
 * and must start with one of them. The ids are kept as written (Trivy's `avd-aws-0090` upper-cased):
 * they suppress only a check whose id or declared `aliases` name them. An ignore with an expiry
 * (`:exp:DATE`) is not honoured: phiscan cannot tell here whether it has passed, and a skip that
 * outlived its date must not hide a finding.
 */
export function foreignSuppressions(text: string): { checkId: string; reason: string }[] {
  const checkov = /^checkov:skip=\s*([A-Za-z0-9_]+)\s*(?::\s*(.*))?$/.exec(text);
  if (checkov?.[1]) return [{ checkId: checkov[1], reason: `${unquote(checkov[2]) || 'no reason given'} (checkov:skip=${checkov[1]})` }];
  if (!/^(?:tfsec|trivy):ignore:/.test(text)) return [];
  const ignores = /(?:#\s*)?(tfsec|trivy):ignore:([A-Za-z0-9_.-]+)(:exp:\S*)?\s*/gy;
  const found: { tool: string; id: string; expires: boolean }[] = [];
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = ignores.exec(text)) !== null) {
    end = ignores.lastIndex;
    found.push({ tool: m[1] ?? '', id: /^avd-/i.test(m[2] ?? '') ? (m[2] ?? '').toUpperCase() : (m[2] ?? ''), expires: m[3] !== undefined });
  }
  const reason = text.slice(end).replace(/^[#\-:\s]+/, '').trim();
  return found.filter((f) => !f.expires).map((f) => ({ checkId: f.id, reason: `${reason || 'no reason given'} (${f.tool}:ignore:${f.id})` }));
}

function unquote(s: string | undefined): string {
  return (s ?? '').trim().replace(/^"(.*)"$/, '$1').trim();
}

/**
 * A reference string (`aws_s3_bucket.b.id`, `data.aws_iam_policy_document.p.json`,
 * `module.x.out`, `var.y`) to the config address of the resource it names, prefixed with the
 * module path; undefined when it names no resource.
 */
export function referencedAddress(ref: string, modulePath: string): string | undefined {
  const parts = (ref.includes('[') ? ref.replace(/\[[^\]]*\]/g, '') : ref).split('.');
  const head = parts[0];
  if (!head || ['var', 'local', 'each', 'count', 'path', 'self', 'module', 'terraform'].includes(head)) return undefined;
  const addr = head === 'data' ? (parts.length >= 3 ? parts.slice(0, 3).join('.') : undefined) : parts.length >= 2 ? parts.slice(0, 2).join('.') : undefined;
  if (!addr) return undefined;
  return modulePath ? `${modulePath}.${addr}` : addr;
}

/** `module.a["x"].module.b[0]` -> `module.a.module.b`. */
export function stripKeys(address: string): string {
  return address.includes('[') ? address.replace(/\[[^\]]*\]/g, '') : address;
}

export const SNIPPET_MAX_LINES = 20;
const SNIPPET_MAX_CHARS = 2048;
/** Attribute names whose values never go into a snippet (reports are uploaded and shared). */
const SECRET_KEY = /pass(word|wd|phrase)?|secret|token|private_key|access_key|api_key|credential|connection_string|sas_|auth/i;

/** In a secret resource type (`azurerm_key_vault_secret`), `value` is the secret itself. */
const SECRET_VALUE_KEY = /^value(_wo)?$/i;

const isSecretAttribute = (key: string, secretBlock: boolean): boolean => SECRET_KEY.test(key) || (secretBlock && SECRET_VALUE_KEY.test(key));
/** Whether a line can name a secret attribute at all: most cannot, and are not tokenized. */
const mayNameSecret = (line: string, secretBlock: boolean): boolean => SECRET_KEY.test(line) || (secretBlock && /value/i.test(line));

/** A JSON member whose value is a string or a number; else any string, consumed whole so that matching never starts inside one. */
const JSON_MEMBER = /("((?:[^"\\]|\\.)*)"\s*:\s*)(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*)|"(?:[^"\\]|\\.)*"/g;

/**
 * A line of JSON with the value of every secret-looking member redacted wherever it stands. A
 * compact `cdk.tf.json` has a whole block on one line, where blockSnippet's rule (a line that
 * starts with a secret-looking name) sees only the first member; a key written with escapes
 * (`"p\u0061ssword"`) is read as the name it spells.
 */
export function maskJsonLine(line: string, type = ''): string {
  const secretBlock = /secret/i.test(type);
  // A key written with escapes may spell a secret name.
  if (!line.includes('\\') && !mayNameSecret(line, secretBlock)) return line;
  return line.replace(JSON_MEMBER, (all, head: string | undefined, key: string | undefined) => (head !== undefined && isSecretAttribute(jsonKey(key ?? ''), secretBlock) ? `${head}"<redacted>"` : all));
}

/**
 * An HCL attribute (`name = value`, or `name: value` in an object) whose value is a string or one
 * token; else any string, consumed whole so that matching never starts inside one.
 */
const HCL_ATTRIBUTE = /(?<![\w-])([A-Za-z_][\w-]*|"(?:[^"\\]|\\.)*")(\s*[=:]\s*)(?:"(?:[^"\\]|\\.)*"|<<-?\s*"?\w+"?|[^\s,}\]#]+)|"(?:[^"\\]|\\.)*"/g;
/** `name = <<EOT` (or `<<-EOT`, `<<"EOT"`): a heredoc whose body runs to the line holding only the marker. */
const HEREDOC = /(?<![\w-])([A-Za-z_][\w-]*|"[^"]*")\s*=\s*<<-?\s*"?(\w+)"?\s*$/;

/**
 * HCL lines with the value of every secret-looking attribute redacted wherever it stands: on a
 * one-line block (`resource "x" "y" { password = "..." }`), inside an inline object
 * (`settings = { password = "..." }`), and a heredoc's whole body. blockSnippet's rule sees only
 * an attribute that starts its line, and only that line.
 */
export function maskHclLines(lines: readonly string[], type = ''): string[] {
  const secretBlock = /secret/i.test(type);
  const unquote = (key: string) => (key.startsWith('"') ? key.slice(1, -1) : key);
  let heredoc: string | undefined;
  return lines.map((line) => {
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined;
      else return `${/^\s*/.exec(line)?.[0] ?? ''}<redacted>`;
      return line;
    }
    const opens = HEREDOC.exec(line);
    if (opens?.[1] && opens[2] && isSecretAttribute(unquote(opens[1]), secretBlock)) heredoc = opens[2];
    if (!mayNameSecret(line, secretBlock)) return line;
    return line.replace(HCL_ATTRIBUTE, (all, key: string | undefined, sep: string | undefined) => (key !== undefined && isSecretAttribute(unquote(key), secretBlock) ? `${key}${sep ?? ''}"<redacted>"` : all));
  });
}

function jsonKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * Source text of a block (1-based `line`..`endLine` of `lines`) for SARIF snippets: at most 20
 * lines and 2 KB, and the value of any secret-looking attribute (`password = "..."`,
 * `"client_secret": "..."`, `value` in a resource whose `type` names a secret) replaced by `<redacted>`.
 */
export function blockSnippet(lines: readonly string[], line: number, endLine: number, type = ''): string {
  const out: string[] = [];
  let size = 0;
  const secretBlock = /secret/i.test(type);
  for (let i = line; i <= Math.min(endLine, line + SNIPPET_MAX_LINES - 1); i++) {
    const text = (lines[i - 1] ?? '').replace(/\r$/, '');
    const masked = text.replace(/^(\s*"?([A-Za-z0-9_-]+)"?\s*[=:]\s*)(.+?)(,?)$/, (all, head: string, key: string, _v: string, comma: string) =>
      isSecretAttribute(key, secretBlock) ? `${head}"<redacted>"${comma}` : all,
    );
    if (size + masked.length + 1 > SNIPPET_MAX_CHARS) break;
    out.push(masked);
    size += masked.length + 1;
  }
  return out.join('\n');
}
