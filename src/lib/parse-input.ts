import { LineCounter, parseDocument, type Document } from 'yaml';
import { UsageError } from '../cli/exit-codes.js';

/**
 * Parsing of user-named JSON and YAML inputs (config, suppressions, attestations, reports,
 * baselines). Every failure is one line, `<what> <file>:<line>:<col>: <why>`, exit 2; the position
 * is where the problem is (line 1 for a file that is not JSON at all), never the end of the file
 * unless the file really ends too early.
 */

/** 1-based line and column of a 0-based character offset. */
export function lineColOf(text: string, offset: number): string {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return `${line}:${end - (text.lastIndexOf('\n', end - 1) + 1) + 1}`;
}

const JSON_START = /^\s*[{["\d\-tfn]/;
/** V8 quotes up to 10 characters either side of an unexpected token: `Unexpected token 'x', ..."context"... is not valid JSON`. */
const V8_CONTEXT = 10;

/** Where V8's JSON.parse stopped, from its message; undefined when the message does not say. */
function jsonErrorOffset(text: string, message: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  // `Unexpected token 'x', "<context>" is not valid JSON`: the context is the text around the token.
  const ctx = /^Unexpected token .*?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!ctx) return undefined;
  const snippet = ctx[2] ?? '';
  if (ctx[1] && ctx[3]) {
    const start = text.indexOf(snippet);
    return start === -1 ? undefined : start + V8_CONTEXT;
  }
  if (ctx[1]) return text.length - snippet.length + V8_CONTEXT;
  if (ctx[3]) return snippet.length - V8_CONTEXT;
  // A short text is quoted whole: the first occurrence of the token is the best guess.
  const token = /^Unexpected token '([\s\S])'/.exec(message)?.[1];
  const guess = token === undefined ? -1 : text.indexOf(token);
  return guess === -1 ? undefined : guess;
}

/** JSON.parse with a `file:line:col` error. */
export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = (err as Error).message;
    if (text.trim() === '') throw new UsageError(`${what} ${file}:1:1: empty file (expected JSON)`);
    if (!JSON_START.test(text)) {
      const first = text.search(/\S/);
      throw new UsageError(`${what} ${file}:${lineColOf(text, first)}: not JSON (starts with ${JSON.stringify(text.slice(first, first + 12))})`);
    }
    const offset = jsonErrorOffset(text, message);
    const truncated = /end of JSON input|Unterminated string/.test(message);
    const where = lineColOf(text, truncated && offset === undefined ? text.length : (offset ?? 0));
    const why = truncated ? 'unexpected end of input (truncated?)' : message.replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '').replace(/ at position \d+[\s\S]*$/, '').replace(/ in JSON$/, '');
    throw new UsageError(`${what} ${file}:${where}: invalid JSON: ${why}`);
  }
}

export interface ParsedYaml {
  readonly data: unknown;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** Aliases a document may expand: enough for anchors reused by hand, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/**
 * One plain YAML document: syntax errors, duplicate keys, several documents, unknown tags
 * (`!!js/function` and the like: phiscan reads data, never code) and alias bombs are refused.
 */
export function parseYamlText(text: string, file: string, what: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    const why = (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/^Unresolved tag: tag:yaml\.org,2002:/, 'unsupported tag !!');
    throw new UsageError(`${what} ${file}:${line}:${col}: ${why}`);
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, doc, lines };
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) throw new UsageError(`${what} ${file}:1:1: too many alias expansions (more than ${MAX_ALIAS_COUNT}; a YAML alias bomb?)`);
    throw new UsageError(`${what} ${file}:1:1: ${(err as Error).message.split('\n')[0] ?? ''}`);
  }
}

/** `.json` files as JSON, anything else as YAML (config and suppressions accept both). */
export function parseJsonOrYaml(text: string, file: string, what: string): unknown {
  return file.endsWith('.json') ? parseJsonText(text, file, what) : parseYamlText(text, file, what).data;
}
