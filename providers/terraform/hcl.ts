import { setOwn } from '../../src/lib/objects.js';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import { formatBytes, readText } from './decode.js';
import { InputError } from './errors.js';
import { blockSnippet, foreignSuppressions, maskHclLines, ownValue, SNIPPET_MAX_LINES, parseSuppression, pinnedAccount, providerOfType, referencedAddress, UNKNOWN, type TfObject, type TfResource, type TfValue } from './model.js';
import { displayPath, isInside } from './paths.js';

/**
 * Terraform HCL sources -> Terraform resources, with the line of every block.
 *
 * Parser: tree-sitter's HCL grammar (`@tree-sitter-grammars/tree-sitter-hcl`, its Terraform
 * WebAssembly build) run by `web-tree-sitter`: maintained, no native build, and it gives a
 * position for every node and every syntax error. Expressions are evaluated as far as literals,
 * variable defaults (and `*.tfvars`), locals, `jsonencode` and conditionals on known values go;
 * anything that needs another resource's attributes is UNKNOWN, with the reference kept for joins.
 */

/**
 * Limits that turn hostile or runaway input into a one-line error (exit 2) instead of a crash,
 * a hang or gigabytes of memory. The parser's tree takes about 100 bytes of WebAssembly memory
 * per byte of source (which never shrinks, and ends at 2 GiB), so source size is bounded per
 * module directory, whose trees are the only ones alive at a time.
 */
export const HCL_LIMITS = {
  /** One `.tf` or `.tfvars` file. */
  fileBytes: 4 * 1024 * 1024,
  /** All `.tf` files of one module directory (the root's `.tfvars` included). */
  moduleBytes: 8 * 1024 * 1024,
  /** Blocks within blocks plus expressions within expressions. */
  nesting: 256,
  /** Instances one `count` or `for_each` expands to (resources and modules). */
  instancesPerBlock: 10_000,
  /** Resource instances of one `--terraform-dir`, modules included. */
  resourceInstances: 100_000,
  /** Module instances of one `--terraform-dir` (calls times their count/for_each, at every level). */
  moduleInstances: 1_000,
  /** Modules calling modules. */
  moduleDepth: 20,
} as const;

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

/** A comment node: the only place a `phiscan:ignore` counts (never inside a string or heredoc). */
interface Comment {
  readonly row: number;
  readonly endRow: number;
  readonly text: string;
  /** Nothing but whitespace before it on its line. */
  readonly alone: boolean;
}

interface ParsedFile {
  readonly display: string;
  readonly body: Node | null;
  readonly comments: readonly Comment[];
  /** Its WebAssembly memory is freed with `tree.delete()` once the module is read. */
  readonly tree: Tree;
}

/** File shown in errors for nodes of each parsed tree. */
const treeFiles = new WeakMap<Tree, string>();

const hclError = (n: Node, message: string): InputError => new InputError(`${treeFiles.get(n.tree) ?? '?'}:${n.startPosition.row + 1}:${n.startPosition.column + 1}: ${message}`);

/** Parse one HCL file; a syntax error is an InputError with file:line:col. The caller deletes the tree. */
export async function parseHclFile(display: string, source: string): Promise<ParsedFile> {
  const p = await parser();
  let text = source;
  let tree = p.parse(text);
  if (!tree) throw new InputError(`${display}:1:1: HCL could not be parsed`);
  let shifts: readonly Shift[] = [];
  if (tree.rootNode.hasError) {
    const patched = patchExponents(text, tree.rootNode);
    if (patched) {
      tree.delete();
      ({ text, shifts } = patched);
      tree = p.parse(text);
      if (!tree) throw new InputError(`${display}:1:1: HCL could not be parsed`);
    }
  }
  const root = tree.rootNode;
  if (root.hasError) {
    const bad = firstError(root);
    const { row, column } = bad.startPosition;
    // Positions and text in the source as written, before any exponent patch.
    const col = column - shifts.filter((s) => s.row === row && s.column < column).length * 2;
    const start = bad.startIndex - shifts.filter((s) => s.index < bad.startIndex).length * 2;
    const what = bad.isMissing ? `missing "${bad.type}"` : `unexpected ${JSON.stringify(source.slice(start).split('\n')[0]?.slice(0, 30) ?? '')}`;
    tree.delete();
    throw new InputError(`${display}:${row + 1}:${col + 1}: HCL syntax error: ${what}`);
  }
  treeFiles.set(tree, display);
  const comments = root.descendantsOfType('comment').flatMap((c) => {
    if (!c) return [];
    const lineStart = text.lastIndexOf('\n', c.startIndex - 1) + 1;
    return [{ row: c.startPosition.row, endRow: c.endPosition.row, text: c.text, alone: text.slice(lineStart, c.startIndex).trim() === '' }];
  });
  return { display, body: root.namedChildren.find((c) => c?.type === 'body') ?? null, comments, tree };
}

/** Where `.0` was inserted: index in the patched text's terms of the original, and row/column. */
interface Shift {
  readonly index: number;
  readonly row: number;
  readonly column: number;
}

/**
 * The grammar reads a number's exponent only after a fraction (`1.5e3`), so the valid HCL literal
 * `1e3` is a syntax error to it. Each integer literal directly followed by an exponent gets a
 * `.0` (rows unchanged; the inserted columns are taken off again in error positions) and the text
 * is parsed again. Only numeric_lit nodes are patched: `"1e3"` in a string or comment is untouched.
 */
function patchExponents(text: string, root: Node): { text: string; shifts: Shift[] } | undefined {
  const at: { index: number; shift: Shift }[] = [];
  for (const n of root.descendantsOfType('numeric_lit')) {
    if (!n || n.text.includes('.') || !/^[eE][+-]?[0-9]/.test(text.slice(n.endIndex, n.endIndex + 3))) continue;
    at.push({ index: n.endIndex, shift: { index: n.endIndex, row: n.endPosition.row, column: n.endPosition.column } });
  }
  if (at.length === 0) return undefined;
  at.sort((a, b) => a.index - b.index);
  let out = '';
  let from = 0;
  for (const { index } of at) {
    out += `${text.slice(from, index)}.0`;
    from = index;
  }
  return { text: out + text.slice(from), shifts: at.map((a) => a.shift) };
}

/** The first error or missing node, walked down without recursion (a broken file can nest 100k deep). */
function firstError(root: Node): Node {
  let n = root;
  for (;;) {
    if (n.isError || n.isMissing) return n;
    const next = n.children.find((c) => c !== null && (c.hasError || c.isMissing || c.isError));
    if (!next) return n;
    n = next;
  }
}

// ---- Expression evaluation ---------------------------------------------------------------------

type Instance = { readonly count?: number; readonly key?: string; readonly value?: TfValue };

interface Scope {
  readonly modulePath: string;
  readonly vars: ReadonlyMap<string, { value: TfValue; refs: readonly string[] }>;
  readonly locals: Map<string, { node: Node; scope: Scope } | { value: TfValue; refs: readonly string[] } | 'evaluating'>;
  readonly instance?: Instance | undefined;
  /** Iterators of the `dynamic` blocks being expanded (`ingress.key`, `ingress.value`). */
  readonly iterators?: ReadonlyMap<string, { readonly key: TfValue; readonly value: TfValue }> | undefined;
  /** Resource blocks of the module (`type.name`), so `aws_s3_bucket.b.bucket` resolves to a literal set there. */
  readonly resources?: ReadonlyMap<string, { readonly body: Node | undefined; readonly cache: Map<string, TfValue | 'evaluating'> }>;
}

const named = (n: Node): Node[] => n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
const ident = (n: Node | undefined): string => (n ? n.text : '');

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** HCL string escapes; an escape naming no Unicode character is an error at `where`. */
function unescape(s: string, where: Node): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') {
      const cp = parseInt(e.slice(1), 16);
      if (cp > 0x10ffff) throw hclError(where, `HCL syntax error: invalid escape \\${e} (past U+10FFFF)`);
      return String.fromCodePoint(cp);
    }
    return ownValue(ESCAPES, e) ?? e;
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
  if (v !== null && typeof v === 'object') return ownValue(v as TfObject, String(key)) ?? UNKNOWN;
  return UNKNOWN;
}

/** Nesting of the expression or block being read (one evaluation runs at a time: reading is synchronous). */
let nesting = 0;

/** One level deeper; the caller leaves it in a `finally` (every level does, so the count is 0 again after an error too). */
function enter(n: Node): void {
  if (++nesting > HCL_LIMITS.nesting) {
    nesting--;
    throw hclError(n, `nested more than ${HCL_LIMITS.nesting} levels deep (blocks and expressions), phiscan's limit`);
  }
}

function evaluate(n: Node | undefined, scope: Scope, refs: Set<string>): TfValue {
  if (!n) return null;
  if (n.type !== 'expression') return evaluateNode(n, scope, refs);
  enter(n);
  try {
    return evaluateNode(n, scope, refs);
  } finally {
    nesting--;
  }
}

function evaluateNode(n: Node, scope: Scope, refs: Set<string>): TfValue {
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
      return named(n)
        .filter((c) => c.type === 'expression')
        .map((c) => evaluate(c, scope, refs));
    case 'object': {
      const out: Record<string, TfValue> = {};
      for (const el of named(n).filter((c) => c.type === 'object_elem')) {
        const keyNode = el.childForFieldName('key');
        const valNode = el.childForFieldName('val');
        const keyHead = keyNode ? named(keyNode)[0] : undefined;
        const key = keyHead?.type === 'variable_expr' && named(keyNode as Node).length === 1 ? ident(named(keyHead)[0]) : evaluate(keyNode ?? undefined, scope, refs);
        const value = evaluate(valNode ?? undefined, scope, refs);
        if (typeof key === 'string' || typeof key === 'number') setOwn(out, String(key), value);
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
      out += quoted ? unescape(gap, n) : gap.replace(/[ \t]*$/, '');
      cursor = whole.length;
      break;
    }
    out += quoted ? unescape(gap, n) : gap;
    if (c.type === 'template_literal') out += quoted ? unescape(c.text, c) : c.text;
    else if (c.type === 'template_interpolation') {
      const v = evaluate(
        named(c).find((x) => x.type === 'expression'),
        scope,
        refs,
      );
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
  const iterator = scope.iterators?.get(root);
  if (iterator) return attrs[0] === 'key' ? rest(iterator.key, 1) : attrs[0] === 'value' ? rest(iterator.value, 1) : UNKNOWN;
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
    const value = evaluate(expr, { ...scope, instance: undefined, iterators: undefined }, new Set());
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
  const args = argsNode
    ? named(argsNode)
        .filter((c) => c.type === 'expression')
        .map((a) => evaluate(a, scope, refs))
    : [];
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
    case 'merge': {
      if (!args.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) return UNKNOWN;
      const out: Record<string, TfValue> = {};
      for (const x of args as TfObject[]) for (const [k, v] of Object.entries(x)) setOwn(out, k, v);
      return out;
    }
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
      const labels = kids
        .filter((k) => k.type === 'string_lit')
        .map((k) =>
          unescape(
            named(k)
              .filter((c) => c.type === 'template_literal')
              .map((c) => c.text)
              .join(''),
            k,
          ),
        );
      return { type: ident(kids[0]), labels, body: kids.find((k) => k.type === 'body'), node: b };
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

/**
 * A resource body as Terraform's JSON shows it: attributes, nested blocks as lists of objects.
 * A `dynamic` block whose `for_each` is known is expanded into such blocks (its `content` read
 * once per element, with `<name>.key`/`.value` or the `iterator` name); one whose `for_each` is
 * unknown makes the list unknown: the whole value is UNKNOWN when nothing else is known about it,
 * else the known blocks are followed by an UNKNOWN element. Never an empty or absent list.
 */
function bodyValues(body: Node | undefined, scope: Scope, refs: Record<string, string[]>, prefix = ''): { values: TfObject; configured: Set<string> } {
  const values: Record<string, TfValue> = {};
  const configured = new Set<string>();
  const lists = new Map<string, TfValue[]>();
  const listOf = (name: string): TfValue[] => {
    let list = lists.get(name);
    if (!list) lists.set(name, (list = []));
    return list;
  };
  for (const a of attributesIn(body)) {
    if (!prefix && META_ATTRS.has(a.name)) continue;
    const r = new Set<string>();
    setOwn(values, a.name, evaluate(a.expr, scope, r));
    configured.add(a.name);
    if (r.size > 0) setOwn(refs, prefix + a.name, [...r]);
  }
  for (const b of blocksIn(body)) {
    if (!prefix && META_BLOCKS.has(b.type)) continue;
    enter(b.node);
    try {
      if (b.type === 'dynamic') {
        const name = b.labels[0] ?? '';
        configured.add(name);
        const list = listOf(name);
        for (const item of dynamicBlocks(b, name, scope, refs, `${prefix}${name}.`)) list.push(item);
        continue;
      }
      listOf(b.type).push(bodyValues(b.body, scope, refs, `${prefix}${b.type}.`).values);
      configured.add(b.type);
    } finally {
      nesting--;
    }
  }
  for (const [name, list] of lists) setOwn(values, name, list.length === 1 && list[0] === UNKNOWN ? UNKNOWN : list);
  return { values, configured };
}

/** The blocks a `dynamic` block stands for; [UNKNOWN] when its `for_each` is not known. */
function dynamicBlocks(b: BlockNode, name: string, scope: Scope, refs: Record<string, string[]>, prefix: string): TfValue[] {
  const attrs = attributesIn(b.body);
  const forEach = attrs.find((a) => a.name === 'for_each');
  const r = new Set<string>();
  const each = forEach ? evaluate(forEach.expr, scope, r) : UNKNOWN;
  if (r.size > 0) setOwn(refs, prefix.slice(0, -1), [...new Set([...(ownValue(refs, prefix.slice(0, -1)) ?? []), ...r])]);
  const content = blocksIn(b.body).find((x) => x.type === 'content');
  const iteratorExpr = attrs.find((a) => a.name === 'iterator')?.expr;
  const iterator = iteratorExpr ? iteratorExpr.text.trim() : name;
  const entries = forEach ? knownEntries(each, forEach.node) : undefined;
  if (!entries) {
    // Unknown items: their references still count for joins.
    if (content) {
      const cr = new Set<string>();
      collectRefs(content.node, scope, cr);
      if (cr.size > 0) setOwn(refs, prefix.slice(0, -1), [...new Set([...(ownValue(refs, prefix.slice(0, -1)) ?? []), ...cr])]);
    }
    return [UNKNOWN];
  }
  if (!content) return [];
  return entries.map(([key, value]) => {
    const iterators = new Map(scope.iterators ?? []);
    iterators.set(iterator, { key, value });
    return bodyValues(content.body, { ...scope, iterators }, refs, prefix).values;
  });
}

/** The (key, value) pairs of a known collection (a list: index keys; a map or object: its keys); undefined when unknown. */
function knownEntries(v: TfValue, where: Node): [TfValue, TfValue][] | undefined {
  if (v === UNKNOWN || v === null || typeof v !== 'object') return undefined;
  const entries: [TfValue, TfValue][] = Array.isArray(v) ? (v as readonly TfValue[]).map((x, i) => [i, x]) : Object.entries(v as TfObject);
  if (entries.length > HCL_LIMITS.instancesPerBlock) throw hclError(where, `for_each has ${entries.length} elements, more than phiscan's limit of ${HCL_LIMITS.instancesPerBlock} per block`);
  return entries;
}

/** `# phiscan:ignore ...` comments on the lines directly above the node (only comments there) or on its lines. */
function suppressionsFor(file: ParsedFile, node: Node): { checkId: string; reason: string }[] {
  const out: { checkId: string; reason: string }[] = [];
  const start = node.startPosition.row;
  const end = node.endPosition.row;
  const inside = file.comments.filter((c) => c.row >= start && c.row <= end);
  for (const c of inside) out.push(...suppressionsIn(c.text));
  // Comments directly above: each line up from the block is covered by a comment that is alone on it.
  let row = start - 1;
  for (let i = file.comments.length - 1; i >= 0 && row >= 0; i--) {
    const c = file.comments[i] as Comment;
    if (c.row > row) continue;
    if (c.endRow !== row || !c.alone) break;
    out.push(...suppressionsIn(c.text));
    row = c.row - 1;
  }
  return out;
}

/** Suppressions in one comment's text, line by line (`#`, `//` and `/* ... *\/` comments); also Checkov's, tfsec's and Trivy's. */
function suppressionsIn(comment: string): { checkId: string; reason: string }[] {
  const out: { checkId: string; reason: string }[] = [];
  for (const line of comment.split('\n')) {
    const body = line.trim().replace(/^(?:#|\/\/|\/\*+|\*+)\s*/, '').replace(/\s*\*\/\s*$/, '');
    const s = parseSuppression(`# ${body}`);
    if (s && body.startsWith('phiscan:ignore')) out.push(s);
    else out.push(...foreignSuppressions(body));
  }
  return out;
}

// ---- Modules ----------------------------------------------------------------------------------

export interface HclLoadOptions {
  readonly warn: (message: string) => void;
}

/** What one `loadHclDir` has spent of its limits, and where symlinks may lead. */
interface LoadState {
  readonly options: HclLoadOptions;
  /** Real path symlinked files must stay within (besides their own module directory). */
  readonly root: string;
  resourceInstances: number;
  moduleInstances: number;
}

interface ModuleContext {
  readonly dir: string;
  /** Module path without instance keys ('' for the root), as references name it. */
  readonly modulePath: string;
  /** Module path with instance keys: `module.app["eu"].module.db[0]`. */
  readonly moduleAddress: string;
  readonly vars: Map<string, { value: TfValue; refs: readonly string[] }>;
  /** The `module` blocks that instantiate this module, from the root module's down to its own; [] for the root. */
  readonly moduleCalls: readonly { readonly file: string; readonly line: number }[];
  readonly region: string | undefined;
  readonly project: string | undefined;
  /** Pinned account per provider name (`aws`, `azurerm`). */
  readonly accounts: Readonly<Record<string, string>>;
  readonly depth: number;
}

/**
 * Regular files of `dir` whose names pass `want`, sorted. A symlink is followed when it resolves
 * inside the scanned tree (or its own directory); one leaving it, a broken one and anything that
 * is not a regular file (a FIFO would block the read) are left out with a warning.
 */
async function sourceFiles(dir: string, want: (name: string) => boolean, state: LoadState): Promise<{ path: string; size: number }[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => want(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: { path: string; size: number }[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) continue;
    if (e.isSymbolicLink()) {
      const target = await realpath(path).catch(() => undefined);
      if (!target) {
        state.options.warn(`${displayPath(path)}: broken symlink; not read`);
        continue;
      }
      if (!isInside(target, state.root) && !isInside(target, await realpath(dir))) {
        state.options.warn(`${displayPath(path)}: symlink to ${target}, outside the scanned tree ${state.root}; not read`);
        continue;
      }
    }
    const st = await stat(path);
    if (st.isDirectory()) continue;
    if (!st.isFile()) {
      state.options.warn(`${displayPath(path)}: not a regular file; not read`);
      continue;
    }
    out.push({ path, size: st.size });
  }
  return out;
}

/** Parse the files of one module directory within the size limits; the caller deletes their trees. */
async function parseFiles(files: readonly { path: string; size: number }[]): Promise<ParsedFile[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  const parsed: ParsedFile[] = [];
  try {
    if (total > HCL_LIMITS.moduleBytes) {
      throw new InputError(`${displayPath(files[0]?.path ?? '.')}: the module directory's HCL files add up to ${formatBytes(total)}, over phiscan's limit of ${formatBytes(HCL_LIMITS.moduleBytes)} (scan the plan with --terraform-plan instead)`);
    }
    for (const f of files) {
      const display = displayPath(f.path);
      parsed.push(await parseHclFile(display, await readText(f.path, display, HCL_LIMITS.fileBytes, 'an HCL file')));
    }
  } catch (err) {
    for (const p of parsed) p.tree.delete();
    throw err;
  }
  return parsed;
}

/** Read every `.tf` file of DIR (and the local modules it calls) into Terraform resources. */
export async function loadHclDir(dir: string, options: HclLoadOptions): Promise<TfResource[]> {
  const abs = resolve(dir);
  const st = await stat(abs).catch(() => undefined);
  if (!st?.isDirectory()) throw new InputError(`${dir}: not a directory (--terraform-dir expects a directory of .tf files)`);
  const real = await realpath(abs);
  const cwd = await realpath(process.cwd()).catch(() => real);
  // The scanned tree: the working directory (the repository in CI) when DIR is in it, else DIR.
  const state: LoadState = { options, root: isInside(real, cwd) ? cwd : real, resourceInstances: 0, moduleInstances: 0 };
  const rootFiles = await sourceFiles(abs, (n) => n.endsWith('.tf'), state);
  if (rootFiles.length === 0) throw new InputError(`${dir}: no .tf files found`);
  const vars = new Map<string, { value: TfValue; refs: readonly string[] }>();
  // Root-module variable values: terraform.tfvars and *.auto.tfvars, as Terraform reads them.
  const tfvars = await parseFiles(await sourceFiles(abs, (n) => n === 'terraform.tfvars' || n.endsWith('.auto.tfvars'), state));
  try {
    const empty: Scope = { modulePath: '', vars: new Map(), locals: new Map() };
    for (const parsed of tfvars) for (const a of attributesIn(parsed.body ?? undefined)) vars.set(a.name, { value: evaluate(a.expr, empty, new Set()), refs: [] });
  } finally {
    for (const p of tfvars) p.tree.delete();
  }
  const out: TfResource[] = [];
  await loadModule({ dir: abs, modulePath: '', moduleAddress: '', vars, moduleCalls: [], region: undefined, project: undefined, accounts: {}, depth: 0 }, state, out, rootFiles);
  return out;
}

/**
 * Read one module instance into `out`: its own resources first, then (its trees freed) the
 * modules it calls, so only one module's trees are in memory at a time.
 */
async function loadModule(mod: ModuleContext, state: LoadState, out: TfResource[], listed?: readonly { path: string; size: number }[]): Promise<void> {
  const files = await parseFiles(listed ?? (await sourceFiles(mod.dir, (n) => n.endsWith('.tf'), state)));
  const children: ModuleContext[] = [];
  try {
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

    for (const { file, b } of blocks) {
      if (b.type === 'resource' && b.labels.length === 2) {
        for (const r of resourceInstances(file, b, scope, mod, region, project, accounts, state)) out.push(r);
      }
      if (b.type === 'module' && b.labels[0]) {
        const child = moduleCall(file, b, b.labels[0], scope, mod, state);
        if (!child) continue;
        for (const instance of child.instances) {
          const inputs = new Map<string, { value: TfValue; refs: readonly string[] }>();
          const instanceScope = { ...scope, instance: instance.instance };
          for (const a of child.inputs) {
            const r = new Set<string>();
            inputs.set(a.name, { value: evaluate(a.expr, instanceScope, r), refs: [...r] });
          }
          children.push({ dir: child.dir, modulePath: child.modulePath, moduleAddress: `${mod.moduleAddress ? `${mod.moduleAddress}.` : ''}module.${b.labels[0]}${instanceKey(instance.index)}`, vars: inputs, moduleCalls: [...mod.moduleCalls, child.call], region, project, accounts, depth: mod.depth + 1 });
        }
      }
    }
  } finally {
    for (const f of files) f.tree.delete();
  }
  for (const child of children) {
    const exists = await stat(child.dir).catch(() => undefined);
    const call = child.moduleCalls[child.moduleCalls.length - 1];
    if (!exists?.isDirectory()) throw new InputError(`${call?.file ?? '?'}:${call?.line ?? 1}:1: module source ${displayPath(child.dir)} is not a directory`);
    await loadModule(child, state, out);
  }
}

/** A `module` block calling a local module: its directory, inputs and instances; undefined (with a warning) for other sources. */
function moduleCall(file: ParsedFile, b: BlockNode, name: string, scope: Scope, mod: ModuleContext, state: LoadState) {
  const attrs = attributesIn(b.body);
  const source = evaluate(
    attrs.find((a) => a.name === 'source')?.expr,
    scope,
    new Set(),
  );
  const call = { file: file.display, line: b.node.startPosition.row + 1 };
  if (typeof source !== 'string' || !/^\.\.?\//.test(source)) {
    state.options.warn(`${file.display}:${call.line}: module "${name}" (${typeof source === 'string' ? source : 'unknown source'}) is not a local path; its resources are not read (scan the plan with --terraform-plan to include them)`);
    return undefined;
  }
  if (mod.depth >= HCL_LIMITS.moduleDepth) throw new InputError(`${file.display}:${call.line}: modules nested deeper than ${HCL_LIMITS.moduleDepth} (a module calls itself?)`);
  const instances = expand(attrs, scope, `module "${name}"`);
  state.moduleInstances += instances.length;
  if (state.moduleInstances > HCL_LIMITS.moduleInstances) throw new InputError(`${file.display}:${call.line}: more than ${HCL_LIMITS.moduleInstances} module instances in all (module calls times their count or for_each), phiscan's limit; scan the plan with --terraform-plan instead`);
  return {
    dir: resolve(mod.dir, source),
    modulePath: `${mod.modulePath ? `${mod.modulePath}.` : ''}module.${name}`,
    call,
    instances,
    inputs: attrs.filter((a) => !['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(a.name)),
  };
}

const instanceKey = (index: string | number | undefined): string => (index === undefined ? '' : typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`);

/**
 * The instances `count` or `for_each` make, when their values are known: `[0]`, `["key"]` as in
 * Terraform's addresses; otherwise one instance at the unkeyed address. Out-of-range values are
 * errors, as they are for Terraform.
 */
function expand(attrs: ReturnType<typeof attributesIn>, scope: Scope, what: string): { index: string | number | undefined; instance?: Instance }[] {
  const countAttr = attrs.find((a) => a.name === 'count');
  const eachAttr = attrs.find((a) => a.name === 'for_each');
  if (countAttr) {
    const raw = evaluate(countAttr.expr, scope, new Set());
    const count = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof count !== 'number') return [{ index: undefined }];
    if (!Number.isInteger(count) || count < 0) throw hclError(countAttr.node, `${what}: count = ${count} is not a whole number >= 0`);
    if (count > HCL_LIMITS.instancesPerBlock) throw hclError(countAttr.node, `${what}: count = ${count} is more than phiscan's limit of ${HCL_LIMITS.instancesPerBlock} instances per block (scan the plan with --terraform-plan instead)`);
    return Array.from({ length: count }, (_, i) => ({ index: i, instance: { count: i } }));
  }
  if (eachAttr) {
    const each = evaluate(eachAttr.expr, scope, new Set());
    if (Array.isArray(each) && !each.every((x) => typeof x === 'string')) return [{ index: undefined }];
    const entries = knownEntries(each, eachAttr.node);
    if (!entries) return [{ index: undefined }];
    // A set of strings: the value is the key.
    return entries.map(([k, v]) => {
      const key = Array.isArray(each) ? (v as string) : (k as string);
      return { index: key, instance: { key, value: v } };
    });
  }
  return [{ index: undefined }];
}

/** Expand `count` / `for_each` when their values are known; otherwise one instance at the unkeyed address. */
function resourceInstances(file: ParsedFile, b: BlockNode, scope: Scope, mod: ModuleContext, region: string | undefined, project: string | undefined, accounts: Readonly<Record<string, string>>, state: LoadState): TfResource[] {
  const [type = '', name = ''] = b.labels;
  const instances = expand(attributesIn(b.body), scope, `resource "${type}" "${name}"`);
  state.resourceInstances += instances.length;
  if (state.resourceInstances > HCL_LIMITS.resourceInstances) throw hclError(b.node, `more than ${HCL_LIMITS.resourceInstances} resource instances in all, phiscan's limit for a --terraform-dir; scan the plan with --terraform-plan instead`);
  const configAddress = `${mod.modulePath ? `${mod.modulePath}.` : ''}${type}.${name}`;
  const address = `${mod.moduleAddress ? `${mod.moduleAddress}.` : ''}${type}.${name}`;
  const suppressions = suppressionsFor(file, b.node);
  const calls = mod.moduleCalls;
  const blockLines = b.node.text.split('\n', SNIPPET_MAX_LINES);
  const snippet = blockSnippet(maskHclLines(blockLines, type), 1, blockLines.length, type);
  return instances.map(({ index, instance }) => {
    const refs: Record<string, string[]> = {};
    const { values, configured } = bodyValues(b.body, { ...scope, instance }, refs);
    const region_ = ownValue(values, 'region');
    const project_ = ownValue(values, 'project');
    return {
      format: 'terraform-hcl' as const,
      address: `${address}${instanceKey(index)}`,
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
      endLine: b.node.endPosition.row + 1,
      snippet,
      moduleCall: calls[calls.length - 1],
      moduleCalls: calls.length > 1 ? calls : undefined,
      suppressions,
      region: typeof region_ === 'string' ? region_ : region,
      project: typeof project_ === 'string' ? project_ : project,
      account: ownValue(accounts, providerOfType(type)),
      stack: '',
    };
  });
}
