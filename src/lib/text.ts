/**
 * Untrusted text (resource names and ids, module sources, file paths, cloud API error messages,
 * fields of a report read back from disk) on its way to a terminal, a Markdown page or a
 * spreadsheet. One definition of "control character" for all three.
 */

/**
 * C0 controls (ESC starts ANSI CSI/OSC sequences; BEL, BS and CR rewrite what is shown), DEL, C1
 * controls (U+009B is a one-byte CSI, U+009D a one-byte OSC), the Arabic letter mark, zero-width
 * and bidi controls that hide or reorder text, line/paragraph separators and the BOM.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

const ANY_CONTROL = new RegExp(CONTROL.source);
const CONTROL_RUN = new RegExp(`${CONTROL.source}+`, 'g');

/** True when `s` holds a character `terminalText` would escape. */
export function hasControl(s: string): boolean {
  return ANY_CONTROL.test(s);
}

/**
 * Text for a terminal: every control character becomes a visible escape (`\x1b`, `\u202e`), so an
 * escape sequence in a resource name can neither move the cursor, set the window title, hide text
 * nor fake a new line; the reader still sees that something odd was there.
 */
export function terminalText(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Characters JSON.stringify leaves raw that a terminal may act on (it escapes U+0000-U+001F itself). */
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** JSON for a terminal (stdout of `--json` / `--format json`): the same data, every control character `\u`-escaped. */
export function terminalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** Control characters (runs of them) replaced by one space: for one-line cells in Markdown and CSV. */
export function withoutControls(s: string): string {
  return s.replace(CONTROL_RUN, ' ');
}

const MAX_MARKDOWN_CELL = 200;

/**
 * Untrusted text for GitHub-flavoured Markdown (job summaries, PR comments): one line, control
 * characters removed, HTML metacharacters as entities, Markdown punctuation (table pipes
 * included) backslash-escaped, long values cut, and `@name` broken with a zero-width space
 * (`@&#8203;name`, as Dependabot does) so a resource name cannot mention a user or a team.
 */
export function markdownText(s: string): string {
  let t = withoutControls(s).replace(/\s+/g, ' ').trim();
  if (t.length > MAX_MARKDOWN_CELL) t = `${t.slice(0, MAX_MARKDOWN_CELL - 1)}…`;
  return t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:"']/g, '\\$&')
    .replace(/@/g, '@&#8203;');
}

/**
 * Untrusted text as a Markdown code span (check and resource ids in a table): no control
 * characters or line breaks, no backtick to close the span early, table pipes escaped; HTML and
 * `@mentions` are inert inside a code span.
 */
export function markdownCode(s: string): string {
  let t = withoutControls(s).replace(/\s+/g, ' ').trim().replace(/`/g, "'");
  if (t === '') return '';
  if (t.length > MAX_MARKDOWN_CELL) t = `${t.slice(0, MAX_MARKDOWN_CELL - 1)}…`;
  return `\`${t.replace(/\|/g, '\\|')}\``;
}
