/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = "ConsoleLogin") && ($.errorMessage = "Failed authentication") }`),
 * parsed and evaluated against JSON events, so a check can ask "would this filter count this
 * CloudTrail event?" instead of matching the pattern's text: whitespace, quoting, term order and
 * parentheses then do not matter, and wildcards mean what CloudWatch makes them mean.
 *
 * Supported: `&&`, `||`, parentheses; `$.a.b`, `$.a[0].b` selectors; `=`, `!=` with strings
 * (quoted or not, `*` wildcard) and numbers; `<`, `>`, `<=`, `>=` with numbers; `IS NULL`,
 * `NOT EXISTS`, `IS TRUE`, `IS FALSE`. Anything else (text or space-delimited patterns, regular
 * expressions `%...%`, `IN` lists) is not understood: `parseFilterPattern` returns undefined.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html
 */

type Expr =
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'cmp'; readonly path: readonly (string | number)[]; readonly op: '=' | '!=' | '<' | '>' | '<=' | '>='; readonly value: string; readonly quoted: boolean }
  | { readonly kind: 'test'; readonly path: readonly (string | number)[]; readonly test: 'null' | 'not-exists' | 'true' | 'false' };

export interface FilterPattern {
  /** Whether CloudWatch Logs would count this JSON event. */
  matches(event: unknown): boolean;
}

const TOKEN = /\s*(\(|\)|&&|\|\||!=|<=|>=|=|<|>|"(?:[^"\\]|\\.)*"|\$\.[A-Za-z0-9_$.[\]-]+|[^\s()&|=!<>"]+)/y;

function tokenize(s: string): string[] | undefined {
  const out: string[] = [];
  let at = 0;
  while (s.slice(at).trim() !== '') {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(s);
    if (!m) return undefined;
    out.push(m[1] ?? '');
    at = TOKEN.lastIndex;
  }
  return out;
}

function parsePath(sel: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  for (const part of sel.slice(2).split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    if (m[1]) out.push(m[1]);
    for (const i of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out.length > 0 ? out : undefined;
}

class Parser {
  private i = 0;
  constructor(private readonly t: readonly string[]) {}

  parse(): Expr | undefined {
    const e = this.or();
    return e && this.i === this.t.length ? e : undefined;
  }

  private or(): Expr | undefined {
    let left = this.and();
    while (left && this.t[this.i] === '||') {
      this.i++;
      const right = this.and();
      left = right ? { kind: 'or', left, right } : undefined;
    }
    return left;
  }

  private and(): Expr | undefined {
    let left = this.term();
    while (left && this.t[this.i] === '&&') {
      this.i++;
      const right = this.term();
      left = right ? { kind: 'and', left, right } : undefined;
    }
    return left;
  }

  private term(): Expr | undefined {
    const tok = this.t[this.i++];
    if (tok === '(') {
      const e = this.or();
      return e && this.t[this.i++] === ')' ? e : undefined;
    }
    if (!tok?.startsWith('$.')) return undefined;
    const path = parsePath(tok);
    if (!path) return undefined;
    const op = this.t[this.i++];
    if (op === 'IS' || op === 'NOT') {
      const word = this.t[this.i++];
      const test = op === 'NOT' ? (word === 'EXISTS' ? 'not-exists' : undefined) : word === 'NULL' ? 'null' : word === 'TRUE' ? 'true' : word === 'FALSE' ? 'false' : undefined;
      return test ? { kind: 'test', path, test } : undefined;
    }
    if (op !== '=' && op !== '!=' && op !== '<' && op !== '>' && op !== '<=' && op !== '>=') return undefined;
    const v = this.t[this.i++];
    if (v === undefined || ['(', ')', '&&', '||'].includes(v) || v.startsWith('%')) return undefined;
    const quoted = v.startsWith('"');
    return { kind: 'cmp', path, op, value: quoted ? v.slice(1, -1).replace(/\\(.)/g, '$1') : v, quoted };
  }
}

const MISSING = Symbol('missing');

function lookup(event: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = event;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || !(k in (cur as Record<string | number, unknown>))) return MISSING;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
}

function evaluate(e: Expr, event: unknown): boolean {
  switch (e.kind) {
    case 'and': return evaluate(e.left, event) && evaluate(e.right, event);
    case 'or': return evaluate(e.left, event) || evaluate(e.right, event);
    case 'test': {
      const v = lookup(event, e.path);
      return e.test === 'not-exists' ? v === MISSING : e.test === 'null' ? v === null : v === (e.test === 'true');
    }
    case 'cmp': {
      const v = lookup(event, e.path);
      // A missing or structured value never compares (CloudWatch matches scalar properties only).
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return false;
      const n = Number(e.value);
      if (e.op !== '=' && e.op !== '!=') return typeof v === 'number' && Number.isFinite(n) && (e.op === '<' ? v < n : e.op === '>' ? v > n : e.op === '<=' ? v <= n : v >= n);
      const equal = typeof v === 'number' && !e.quoted && Number.isFinite(n) ? v === n : wildcard(e.value).test(String(v));
      return e.op === '=' ? equal : !equal;
    }
  }
}

/** The pattern parsed, or undefined when it is not a JSON filter pattern this evaluator understands. */
export function parseFilterPattern(pattern: string): FilterPattern | undefined {
  const s = pattern.trim();
  if (!s.startsWith('{') || !s.endsWith('}')) return undefined;
  const tokens = tokenize(s.slice(1, -1));
  const expr = tokens && tokens.length > 0 ? new Parser(tokens).parse() : undefined;
  return expr ? { matches: (event) => evaluate(expr, event) } : undefined;
}
