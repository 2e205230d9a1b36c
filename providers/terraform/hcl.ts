import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { InputError } from './errors.js';
import { parseSuppression, pinnedAccount, providerOfType, referencedAddress, UNKNOWN, type TfObject, type TfResource, type TfValue } from './model.js';
import { displayPath } from './paths.js';

/**
 * Terraform HCL sources -> Terraform resources, with the line of every block.
 *
 * Parser: tree-sitter's HCL grammar (`@tree-sitter-grammars/tree-sitter-hcl`, its Terraform
 * WebAssembly build) run by `web-tree-sitter`: maintained, no native build, and it gives a
 * position for every node and every syntax error. Expressions are evaluated as far as literals,
 * variable defaults (and `*.tfvars`), locals, `jsonencode` and conditionals on known values go;
 * anything that needs another resource's attributes is UNKNOWN, with the reference kept for joins.
 */

let parserPromise: Promise<Parser> | undefined;

async function parser(): Promise<Parser> {
  parserPromise ??= (async () => {
    await Parser.init();
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
    const p = new Parser();
    p.setLanguage(await Language.load(new Uint8Array(wasm)));
    return p;
  })();
  return parserPromise;
}

interface ParsedFile {
  readonly path: string;
  readonly display: string;
  readonly lines: readonly string[];
  readonly body: Node | null;
}

/** Parse one HCL file; a syntax error is an InputError with file:line:col. */
export async function parseHclFile(path: string, text: string): Promise<ParsedFile> {
  const tree = (await parser()).parse(text);
  const display = displayPath(path);
  if (!tree) throw new InputError(`${display}:1:1: HCL could not be parsed`);
  const root = tree.rootNode;
  if (root.hasError) {
    const bad = firstError(root) ?? root;
    const { row, column } = bad.startPosition;
    const what = bad.isMissing ? `missing "${bad.type}"` : `unexpected ${JSON.stringify(bad.text.split('\n')[0]?.slice(0, 30) ?? '')}`;
    throw new InputError(`${display}:${row + 1}:${column + 1}: HCL syntax error: ${what}`);
  }
  const body = root.namedChildren.find((c) => c?.type === 'body') ?? null;
  return { path, display, lines: text.split('\n'), body };
}

function firstError(n: Node): Node | undefined {
  if (n.isError || n.isMissing) return n;
  for (const c of n.children) if (c && (c.hasError || c.isMissing || c.isError)) return firstError(c) ?? c;
  return undefined;
}

// ---- Expression evaluation ---------------------------------------------------------------------

interface Scope {
  readonly modulePath: string;
  readonly vars: ReadonlyMap<string, { value: TfValue; refs: readonly string[] }>;
  readonly locals: Map<string, { node: Node; scope: Scope } | { value: TfValue; refs: readonly string[] } | 'evaluating'>;
  readonly instance?: { readonly count?: number; readonly key?: string; readonly value?: TfValue } | undefined;
  /** Resource blocks of the module (`type.name`), so `aws_s3_bucket.b.bucket` resolves to a literal set there. */
  readonly resources?: ReadonlyMap<string, { readonly body: Node | undefined; readonly cache: Map<string, TfValue | 'evaluating'> }>;
}

const named = (n: Node): Node[] => n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
const ident = (n: Node | undefined): string => (n ? n.text : '');

function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? e;
  });
}

function isKnown(v: TfValue): boolean {
  if (v === UNKNOWN) return false;
  if (Array.isArray(v)) return v.every(isKnown);
  if (v !== null && typeof v === 'object') return Object.values(v).every(isKnown);
  return true;
}

function getPath(v: TfValue, key: string | number): TfValue {
  if (v === UNKNOWN) return UNKNOWN;
  if (Array.isArray(v)) return typeof key === 'number' ? ((v as readonly TfValue[])[key] ?? UNKNOWN) : UNKNOWN;
  if (v !== null && typeof v === 'object') return (v as TfObject)[String(key)] ?? UNKNOWN;
  return UNKNOWN;
}

function evaluate(n: Node | undefined, scope: Scope, refs: Set<string>): TfValue {
  if (!n) return null;
  switch (n.type) {
    case 'expression': {
      const [head, ...postfix] = named(n);
      if (!head) return UNKNOWN;
      if (head.type === 'variable_expr') return traversal(head, postfix, scope, refs);
      let v = evaluate(head, scope, refs);
      for (const p of postfix) {
        if (p.type === 'get_attr') v = getPath(v, ident(named(p)[0]));
        else if (p.type === 'index') {
          const k = evaluate(named(named(p)[0] ?? p)[0], scope, refs);
          v = typeof k === 'number' || typeof k === 'string' ? getPath(v, k) : UNKNOWN;
        } else v = UNKNOWN;
      }
      return v;
    }
    case 'literal_value':
      return evaluate(named(n)[0], scope, refs);
    case 'string_lit':
      return templateText(n, scope, refs);
    case 'numeric_lit':
      return Number(n.text);
    case 'bool_lit':
      return n.text === 'true';
    case 'null_lit':
      return null;
    case 'collection_value':
      return evaluate(named(n)[0], scope, refs);
    case 'tuple':
      return named(n).filter((c) => c.type === 'expression').map((c) => evaluate(c, scope, refs));
    case 'object': {
      const out: Record<string, TfValue> = {};
      for (const el of named(n).filter((c) => c.type === 'object_elem')) {
        const keyNode = el.childForFieldName('key');
        const valNode = el.childForFieldName('val');
        const keyHead = keyNode ? named(keyNode)[0] : undefined;
        const key = keyHead?.type === 'variable_expr' && named(keyNode as Node).length === 1 ? ident(named(keyHead)[0]) : evaluate(keyNode ?? undefined, scope, refs);
        const value = evaluate(valNode ?? undefined, scope, refs);
        if (typeof key === 'string' || typeof key === 'number') out[String(key)] = value;
        else return UNKNOWN;
      }
      return out;
    }
    case 'template_expr':
      return evaluate(named(n)[0], scope, refs);
    case 'quoted_template':
    case 'heredoc_template':
      return templateText(n, scope, refs);
    case 'function_call':
      return callFunction(n, scope, refs);
    case 'conditional': {
      const [cond, a, b] = named(n);
      const c = evaluate(cond, scope, refs);
      const va = evaluate(a, scope, refs);
      const vb = evaluate(b, scope, refs);
      return c === true ? va : c === false ? vb : UNKNOWN;
    }
    default:
      // operations, for expressions, splats: not evaluated, but their references still count.
      collectRefs(n, scope, refs);
      return UNKNOWN;
  }
}

const TEMPLATE_OPEN = new Set(['quoted_template_start', 'heredoc_start']);
const TEMPLATE_CLOSE = new Set(['quoted_template_end']);

/**
 * A string or heredoc template: its literal text (taken from the source between the parts, since
 * the grammar leaves spaces next to interpolations out of the literal nodes) with known
 * interpolations filled in; UNKNOWN when an interpolation or directive is not known.
 */
function templateText(n: Node, scope: Scope, refs: Set<string>): TfValue {
  const whole = n.text;
  const quoted = n.type !== 'heredoc_template';
  let cursor = 0;
  let out = '';
  let known = true;
  let seenHeredocId = false;
  for (const c of n.namedChildren) {
    if (!c) continue;
    const at = whole.indexOf(c.text, cursor);
    if (at < 0) continue;
    if (TEMPLATE_OPEN.has(c.type) || (c.type === 'heredoc_identifier' && !seenHeredocId)) {
      seenHeredocId ||= c.type === 'heredoc_identifier';
      cursor = at + c.text.length;
      if (c.type === 'heredoc_identifier') cursor = whole.indexOf('\n', cursor) + 1;
      continue;
    }
    const gap = whole.slice(cursor, at);
    if (TEMPLATE_CLOSE.has(c.type) || c.type === 'heredoc_identifier') {
      out += quoted ? unescape(gap) : gap.replace(/[ \t]*$/, '');
      cursor = whole.length;
      break;
    }
    out += quoted ? unescape(gap) : gap;
    if (c.type === 'template_literal') out += quoted ? unescape(c.text) : c.text;
    else if (c.type === 'template_interpolation') {
      const v = evaluate(named(c).find((x) => x.type === 'expression'), scope, refs);
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out += String(v);
      else known = false;
    } else if (c.type === 'template_directive') {
      collectRefs(c, scope, refs);
      known = false;
    } else if (c.type !== 'comment') out += c.text;
    cursor = at + c.text.length;
  }
  return known ? out : UNKNOWN;
}

function collectRefs(n: Node, scope: Scope, refs: Set<string>): void {
  for (const e of n.descendantsOfType('expression')) if (e && named(e)[0]?.type === 'variable_expr') traversal(named(e)[0] as Node, named(e).slice(1), scope, refs);
}

function traversal(head: Node, postfix: Node[], scope: Scope, refs: Set<string>): TfValue {
  const root = ident(named(head)[0]);
  const attrs: (string | number | undefined)[] = postfix.map((p) => {
    if (p.type === 'get_attr') return ident(named(p)[0]);
    if (p.type === 'index') {
      const k = evaluate(named(named(p)[0] ?? p)[0], scope, refs);
      return typeof k === 'string' || typeof k === 'number' ? k : undefined;
    }
    return undefined;
  });
  const rest = (v: TfValue, from: number): TfValue => {
    let out = v;
    for (const a of attrs.slice(from)) out = a === undefined ? UNKNOWN : getPath(out, a);
    return out;
  };
  if (root === 'var' && typeof attrs[0] === 'string') {
    const v = scope.vars.get(attrs[0]);
    for (const r of v?.refs ?? []) refs.add(r);
    return v ? rest(v.value, 1) : UNKNOWN;
  }
  if (root === 'local' && typeof attrs[0] === 'string') return rest(local(attrs[0], scope, refs), 1);
  if (root === 'count' && attrs[0] === 'index' && scope.instance?.count !== undefined) return scope.instance.count;
  if (root === 'each' && scope.instance?.key !== undefined) return attrs[0] === 'key' ? scope.instance.key : attrs[0] === 'value' ? rest(scope.instance.value ?? UNKNOWN, 1) : UNKNOWN;
  const text = [root, ...attrs.map((a) => (typeof a === 'string' ? a : '[]'))].join('.');
  const addr = referencedAddress(text, scope.modulePath);
  if (addr) refs.add(addr);
  // A literal attribute of another single-instance resource (a bucket's name) is known before apply, as in a plan.
  const target = typeof attrs[0] === 'string' ? scope.resources?.get(`${root}.${attrs[0]}`) : undefined;
  const attr = attrs[1];
  if (target && typeof attr === 'string') {
    const cached = target.cache.get(attr);
    if (cached === 'evaluating') return UNKNOWN;
    if (cached !== undefined) return rest(cached, 2);
    const expr = attributesIn(target.body).find((a) => a.name === attr)?.expr;
    if (!expr || attributesIn(target.body).some((a) => a.name === 'count' || a.name === 'for_each')) return UNKNOWN;
    target.cache.set(attr, 'evaluating');
    const value = evaluate(expr, { ...scope, instance: undefined }, new Set());
    target.cache.set(attr, value);
    return rest(value, 2);
  }
  return UNKNOWN;
}

function local(name: string, scope: Scope, refs: Set<string>): TfValue {
  const entry = scope.locals.get(name);
  if (!entry || entry === 'evaluating') return UNKNOWN;
  if ('value' in entry) {
    for (const r of entry.refs) refs.add(r);
    return entry.value;
  }
  scope.locals.set(name, 'evaluating');
  const own = new Set<string>();
  const value = evaluate(entry.node, entry.scope, own);
  scope.locals.set(name, { value, refs: [...own] });
  for (const r of own) refs.add(r);
  return value;
}

function callFunction(n: Node, scope: Scope, refs: Set<string>): TfValue {
  const name = ident(named(n).find((c) => c.type === 'identifier'));
  const argsNode = named(n).find((c) => c.type === 'function_arguments');
  const args = argsNode ? named(argsNode).filter((c) => c.type === 'expression').map((a) => evaluate(a, scope, refs)) : [];
  const [a] = args;
  switch (name) {
    case 'jsonencode':
      return a !== undefined && isKnown(a) ? JSON.stringify(a) : UNKNOWN;
    case 'tolist':
    case 'toset':
    case 'tomap':
    case 'tostring':
    case 'sensitive':
    case 'nonsensitive':
      return a ?? UNKNOWN;
    case 'tonumber':
      return typeof a === 'string' || typeof a === 'number' ? Number(a) : UNKNOWN;
    case 'tobool':
      return a === true || a === 'true' ? true : a === false || a === 'false' ? false : UNKNOWN;
    case 'lower':
    case 'upper':
      return typeof a === 'string' ? (name === 'lower' ? a.toLowerCase() : a.toUpperCase()) : UNKNOWN;
    case 'merge':
      return args.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)) ? (Object.assign({}, ...(args as TfObject[])) as TfObject) : UNKNOWN;
    case 'concat':
      return args.every((x) => Array.isArray(x)) ? (args as TfValue[][]).flat() : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

// ---- Blocks -----------------------------------------------------------------------------------

interface BlockNode {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Node | undefined;
  readonly node: Node;
}

function blocksIn(body: Node | null | undefined): BlockNode[] {
  if (!body) return [];
  return named(body)
    .filter((c) => c.type === 'block')
    .map((b) => {
      const kids = named(b);
      return { type: ident(kids[0]), labels: kids.filter((k) => k.type === 'string_lit').map((k) => unescape(named(k).filter((c) => c.type === 'template_literal').map((c) => c.text).join(''))), body: kids.find((k) => k.type === 'body'), node: b };
    });
}

function attributesIn(body: Node | undefined): { name: string; expr: Node | undefined; node: Node }[] {
  if (!body) return [];
  return named(body)
    .filter((c) => c.type === 'attribute')
    .map((a) => ({ name: ident(named(a)[0]), expr: named(a).find((c) => c.type === 'expression'), node: a }));
}

const META_ATTRS = new Set(['count', 'for_each', 'depends_on', 'provider']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);

/** A resource body as Terraform's JSON shows it: attributes, nested blocks as lists of objects, `dynamic` blocks unknown. */
function bodyValues(body: Node | undefined, scope: Scope, refs: Record<string, string[]>, prefix = ''): { values: TfObject; configured: Set<string> } {
  const values: Record<string, TfValue> = {};
  const configured = new Set<string>();
  for (const a of attributesIn(body)) {
    if (!prefix && META_ATTRS.has(a.name)) continue;
    const r = new Set<string>();
    values[a.name] = evaluate(a.expr, scope, r);
    configured.add(a.name);
    if (r.size > 0) refs[prefix + a.name] = [...r];
  }
  for (const b of blocksIn(body)) {
    if (!prefix && META_BLOCKS.has(b.type)) continue;
    if (b.type === 'dynamic') {
      const name = b.labels[0] ?? '';
      values[name] = UNKNOWN;
      configured.add(name);
      const r = new Set<string>();
      collectRefs(b.node, scope, r);
      if (r.size > 0) refs[prefix + name] = [...r];
      continue;
    }
    const nested = bodyValues(b.body, scope, refs, `${prefix}${b.type}.`).values;
    const list = (values[b.type] as TfValue[] | undefined) ?? [];
    values[b.type] = [...list, nested];
    configured.add(b.type);
  }
  return { values, configured };
}

function suppressionsFor(file: ParsedFile, node: Node): { checkId: string; reason: string }[] {
  const out: { checkId: string; reason: string }[] = [];
  const start = node.startPosition.row;
  for (let row = start; row <= node.endPosition.row; row++) {
    const s = parseSuppression(commentOf(file.lines[row] ?? ''));
    if (s) out.push(s);
  }
  for (let row = start - 1; row >= 0; row--) {
    const line = (file.lines[row] ?? '').trim();
    if (!/^(#|\/\/|\/\*|\*)/.test(line)) break;
    const s = parseSuppression(line);
    if (s) out.push(s);
  }
  return out;
}

const commentOf = (line: string): string => {
  const m = /(#|\/\/).*$/.exec(line);
  return m ? m[0] : '';
};

// ---- Modules ----------------------------------------------------------------------------------

export interface HclLoadOptions {
  readonly warn: (message: string) => void;
}

interface ModuleContext {
  readonly dir: string;
  readonly modulePath: string;
  /** The module instance's address, with instance keys (`module.a["x"].module.b`): resource addresses start with it. */
  readonly instancePath: string;
  readonly vars: Map<string, { value: TfValue; refs: readonly string[] }>;
  /** The `module` blocks that instantiate this module, from the root module's down to its own; [] for the root. */
  readonly moduleCalls: readonly { readonly file: string; readonly line: number }[];
  readonly region: string | undefined;
  readonly project: string | undefined;
  /** Pinned account per provider name (`aws`, `azurerm`). */
  readonly accounts: Readonly<Record<string, string>>;
  readonly depth: number;
}

async function tfFiles(dir: string, ext: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && ext(e.name)).map((e) => join(dir, e.name)).sort();
}

/** Read every `.tf` file of DIR (and the local modules it calls) into Terraform resources. */
export async function loadHclDir(dir: string, options: HclLoadOptions): Promise<TfResource[]> {
  const abs = resolve(dir);
  const st = await stat(abs).catch(() => undefined);
  if (!st?.isDirectory()) throw new InputError(`${dir}: not a directory (--terraform-dir expects a directory of .tf files)`);
  const files = await tfFiles(abs, (n) => n.endsWith('.tf'));
  if (files.length === 0) throw new InputError(`${dir}: no .tf files found`);
  const vars = new Map<string, { value: TfValue; refs: readonly string[] }>();
  // Root-module variable values: terraform.tfvars and *.auto.tfvars, as Terraform reads them.
  for (const f of await tfFiles(abs, (n) => n === 'terraform.tfvars' || n.endsWith('.auto.tfvars'))) {
    const parsed = await parseHclFile(f, await readFile(f, 'utf8'));
    const empty: Scope = { modulePath: '', vars: new Map(), locals: new Map() };
    for (const a of attributesIn(parsed.body ?? undefined)) vars.set(a.name, { value: evaluate(a.expr, empty, new Set()), refs: [] });
  }
  return loadModule({ dir: abs, modulePath: '', instancePath: '', vars, moduleCalls: [], region: undefined, project: undefined, accounts: {}, depth: 0 }, options);
}

async function loadModule(mod: ModuleContext, options: HclLoadOptions): Promise<TfResource[]> {
  const files: ParsedFile[] = [];
  for (const f of await tfFiles(mod.dir, (n) => n.endsWith('.tf'))) files.push(await parseHclFile(f, await readFile(f, 'utf8')));
  const blocks = files.flatMap((file) => blocksIn(file.body).map((b) => ({ file, b })));

  const vars = new Map(mod.vars);
  const empty: Scope = { modulePath: mod.modulePath, vars: new Map(), locals: new Map() };
  for (const { b } of blocks.filter((x) => x.b.type === 'variable')) {
    const name = b.labels[0];
    if (!name || vars.has(name)) continue;
    const dflt = attributesIn(b.body).find((a) => a.name === 'default');
    vars.set(name, { value: dflt ? evaluate(dflt.expr, empty, new Set()) : UNKNOWN, refs: [] });
  }
  const resources = new Map(blocks.filter((x) => x.b.type === 'resource' && x.b.labels.length === 2).map((x) => [`${x.b.labels[0]}.${x.b.labels[1]}`, { body: x.b.body, cache: new Map<string, TfValue | 'evaluating'>() }]));
  const scope: Scope = { modulePath: mod.modulePath, vars, locals: new Map(), resources };
  for (const { b } of blocks.filter((x) => x.b.type === 'locals')) for (const a of attributesIn(b.body)) if (a.expr) scope.locals.set(a.name, { node: a.expr, scope });

  let region = mod.region;
  let project = mod.project;
  let accounts = mod.accounts;
  for (const { b } of blocks.filter((x) => x.b.type === 'provider')) {
    const attrs = attributesIn(b.body);
    if (attrs.some((a) => a.name === 'alias')) continue;
    const value = (k: string) => evaluate(attrs.find((a) => a.name === k)?.expr, scope, new Set());
    const get = (k: string) => {
      const v = value(k);
      return typeof v === 'string' ? v : undefined;
    };
    const account = pinnedAccount(b.labels[0] ?? '', value);
    if (account) accounts = { ...accounts, [b.labels[0] ?? '']: account };
    if (b.labels[0] === 'aws') region = get('region') ?? region;
    if (b.labels[0] === 'google') {
      project = get('project') ?? project;
      region = region ?? get('region');
    }
  }

  const out: TfResource[] = [];
  for (const { file, b } of blocks) {
    if (b.type === 'resource' && b.labels.length === 2) out.push(...resourceInstances(file, b, scope, mod, region, project, accounts));
    if (b.type === 'module' && b.labels[0]) {
      const name = b.labels[0];
      const attrs = attributesIn(b.body);
      const source = evaluate(attrs.find((a) => a.name === 'source')?.expr, scope, new Set());
      const call = { file: file.display, line: b.node.startPosition.row + 1 };
      if (typeof source !== 'string' || !/^\.\.?\//.test(source)) {
        options.warn(`${file.display}:${call.line}: module "${name}" (${typeof source === 'string' ? source : 'unknown source'}) is not a local path; its resources are not read (scan the plan with --terraform-plan to include them)`);
        continue;
      }
      if (mod.depth > 20) throw new InputError(`${file.display}:${call.line}: module nesting deeper than 20 (a module calls itself?)`);
      const childDir = resolve(mod.dir, source);
      const exists = await stat(childDir).catch(() => undefined);
      if (!exists?.isDirectory()) throw new InputError(`${file.display}:${call.line}:1: module "${name}" source ${source} is not a directory`);
      // One module instance per count/for_each key, as Terraform addresses them (`module.a["x"]`), each with its own inputs.
      for (const { key, instance } of instancesOf(attrs, scope)) {
        const inputs = new Map<string, { value: TfValue; refs: readonly string[] }>();
        for (const a of attrs) {
          if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(a.name)) continue;
          const r = new Set<string>();
          inputs.set(a.name, { value: evaluate(a.expr, { ...scope, instance }, r), refs: [...r] });
        }
        const child = `module.${name}`;
        out.push(...(await loadModule({ dir: childDir, modulePath: dotted(mod.modulePath, child), instancePath: dotted(mod.instancePath, child + key), vars: inputs, moduleCalls: [...mod.moduleCalls, call], region, project, accounts, depth: mod.depth + 1 }, options)));
      }
    }
  }
  return out;
}

const dotted = (prefix: string, part: string) => (prefix ? `${prefix}.${part}` : part);

/** The instances `count` / `for_each` make when their values are known (with the address key `[0]`, `["k"]`); otherwise one at the unkeyed address. */
function instancesOf(attrs: readonly { name: string; expr: Node | undefined }[], scope: Scope): { index: string | number | undefined; key: string; instance?: Scope['instance'] }[] {
  const countExpr = attrs.find((a) => a.name === 'count');
  const eachExpr = attrs.find((a) => a.name === 'for_each');
  const count = countExpr ? evaluate(countExpr.expr, scope, new Set()) : undefined;
  const each = eachExpr ? evaluate(eachExpr.expr, scope, new Set()) : undefined;
  const keyed = (index: string | number, instance: Scope['instance']) => ({ index, key: typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`, instance });
  if (typeof count === 'number') return Array.from({ length: count }, (_, i) => keyed(i, { count: i }));
  if (Array.isArray(each) && each.every((x) => typeof x === 'string')) return each.map((k) => keyed(k, { key: k, value: k }));
  if (each && typeof each === 'object' && !Array.isArray(each)) return Object.entries(each as TfObject).map(([k, v]) => keyed(k, { key: k, value: v }));
  return [{ index: undefined, key: '' }];
}

/** Expand `count` / `for_each` when their values are known; otherwise one instance at the unkeyed address. */
function resourceInstances(file: ParsedFile, b: BlockNode, scope: Scope, mod: ModuleContext, region: string | undefined, project: string | undefined, accounts: Readonly<Record<string, string>>): TfResource[] {
  const [type = '', name = ''] = b.labels;
  const configAddress = dotted(mod.modulePath, `${type}.${name}`);
  const suppressions = suppressionsFor(file, b.node);
  const calls = mod.moduleCalls;
  return instancesOf(attributesIn(b.body), scope).map(({ index, key, instance }) => {
    const refs: Record<string, string[]> = {};
    const { values, configured } = bodyValues(b.body, { ...scope, instance }, refs);
    return {
      format: 'terraform-hcl' as const,
      address: dotted(mod.instancePath, `${type}.${name}${key}`),
      configAddress,
      index,
      type,
      name,
      modulePath: mod.modulePath,
      values,
      refs,
      configured,
      file: file.display,
      line: b.node.startPosition.row + 1,
      moduleCall: calls[calls.length - 1],
      moduleCalls: calls.length > 1 ? calls : undefined,
      suppressions,
      region: typeof values.region === 'string' ? values.region : region,
      project: typeof values.project === 'string' ? values.project : project,
      account: accounts[providerOfType(type)],
      stack: '',
    };
  });
}
