/**
 * Bad IaC input (not plan JSON, truncated, unsupported version, HCL syntax error). The CLI maps
 * the name `InputError` to exit 2 with this one-line message (src/cli/exit-codes.ts).
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** 1-based line and column of a 0-based character offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: end - lineStart + 1 };
}

/** Parse JSON or throw an InputError naming the file and the line:col where parsing stopped. */
export function parseJsonInput(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(msg);
    const offset = at ? Number(at[1]) : text.length;
    const { line, col } = lineCol(text, offset);
    // A truncated file ends inside a string or value: V8 then reports the end of the input (sometimes with a position there).
    const truncated = /end of JSON|Unterminated/i.test(msg) || offset >= text.trimEnd().length;
    const why = truncated ? 'unexpected end of input (truncated?)' : msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new InputError(`${file}:${line}:${col}: invalid JSON: ${why.split('\n')[0]}`);
  }
}
