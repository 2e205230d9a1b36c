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
