import { InputError } from './errors.js';
import { EncodingError, formatBytes, utf8Chunks } from './decode.js';

/**
 * A streaming JSON reader for plans and CDKTF files too large to hold as one string (a 200 MB plan
 * came near V8's string limit; a 1M-resource plan is several hundred megabytes). A sink chooses,
 * value by value, what to walk into, what to hand whole to `JSON.parse` (each `resource_changes`
 * item of a plan, each resource of a CDKTF stack) and what to drop (a plan's `planned_values`,
 * `prior_state`, drift). Dropped and walked parts are checked byte by byte here (structure,
 * strings, escapes, numbers, literals); a parsed value is only skipped to its end here (brackets
 * and strings), since `JSON.parse` checks it. Nesting is limited everywhere, and nothing may follow
 * the document. Memory is one read chunk plus the value being parsed.
 *
 * Errors are InputErrors with `file:line:col` of the offending byte (or of the value a caller
 * refused), so a non-JSON file fails at 1:1 and a truncated one at its end. Measured (bench/iac.ts,
 * a 112 MB plan): about as fast as `JSON.parse` of the whole file, a hybrid a pure streaming parser
 * from npm (one JS event per token) could not match.
 */

export type PathKey = string | number;

/** How to read a value: walk into it (a container whose members the sink chooses), parse it whole, or only check it. */
export type Take = 'descend' | 'parse' | 'skip';
export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface JsonSink {
  /** Called for the root and for each member of a descended container, with its path from the root. */
  take(path: readonly PathKey[], kind: JsonKind): Take;
  /**
   * A value taken with 'parse', its source text, and the line of its key (object members) or of
   * its first byte (array items). `bytes`: where the text lies in the file, [start, end) in bytes,
   * when the file is UTF-8 (its bytes are the text); undefined for transcoded or in-memory text.
   */
  value(path: readonly PathKey[], value: unknown, line: number, text: string, bytes: ByteRange | undefined): void;
}

export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * What a sink throws for a value of the wrong shape (a message naming the value, see pathText);
 * the reader turns it into an InputError at the value, or at `key` inside it when the value's
 * text has that key.
 */
export class ShapeError extends Error {
  constructor(
    message: string,
    readonly key?: string,
  ) {
    super(message);
  }
}

/** Deepest nesting accepted (Terraform values nest a few dozen levels at most; the consumers recurse). */
export const MAX_JSON_DEPTH = 512;
/** Largest single value parsed (a whole resource change); V8 strings end at about 512 MiB. */
export const MAX_JSON_VALUE_BYTES = 256 * 1024 * 1024;

// What the next token may be.
const VALUE = 0;
const VALUE_OR_CLOSE = 1; // after [
const KEY_OR_CLOSE = 2; // after {
const KEY = 3;
const COLON = 4;
const COMMA_OR_CLOSE = 5;
const DONE = 6;

const OBJECT = 1;
const ARRAY = 2;
// Frame modes: members of a descended container are offered to the sink; others are only checked.
const DESCEND = 0;
const PASS = 1;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Bytes allowed after a backslash in a JSON string: " \ / b f n r t u. */
const ESCAPES = new Uint8Array(128);
for (const c of '"\\/bfnrtu') ESCAPES[c.charCodeAt(0)] = 1;
const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** Bytes that can continue a number token (validated separately). */
const isNumberByte = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x2b || c === 0x65 || c === 0x45;

const INCOMPLETE = -1;

export class JsonScanner {
  private tail: Buffer | undefined;
  /** Absolute byte offset of the current buffer's first byte. */
  private base = 0;
  private line = 1;
  /** Absolute offset of the first byte of the current line. */
  private lineStart = 0;
  private expect = VALUE;
  private depth = 0;
  private readonly kinds = new Uint8Array(MAX_JSON_DEPTH + 2);
  private readonly modes = new Uint8Array(MAX_JSON_DEPTH + 2);
  private readonly indices: number[] = [];
  private readonly keys: (string | undefined)[] = [];
  private readonly keyLines: number[] = [];
  private readonly keyCols: number[] = [];
  private readonly path: PathKey[] = [];
  /** Depth of the container holding the value being captured for 'parse'; -1 when none. */
  private capturing = -1;
  private captureStart = 0;
  private captureLine = 0;
  private captureCol = 0;
  private captureBytes = 0;
  private captureKind: JsonKind = 'null';
  private pieces: Buffer[] = [];
  /** Where the captured value's first byte is (errors inside it are found again from there). */
  private valueLine = 0;
  private valueCol = 0;
  /**
   * Inside a captured container, only its end is looked for (JSON.parse checks the rest): the
   * nesting within it (0 when not in this mode) and whether a string or an escape is open.
   */
  private fastDepth = 0;
  private fastInString = false;
  private fastEscape = false;
  private seen = false;
  /** What the sink answered for the value begun last. */
  private lastTake: Take = 'skip';
  /** File offset of the stream's first byte when stream offsets are file offsets (UTF-8 after any BOM); else undefined. */
  fileOffset: number | undefined;

  constructor(
    private readonly display: string,
    private readonly sink: JsonSink,
  ) {}

  /** Bytes of an unfinished token held for the next chunk (a reader should then read at least this much more). */
  get pending(): number {
    return this.tail?.length ?? 0;
  }

  write(chunk: Buffer): void {
    this.run(chunk, false);
  }

  /** The input is complete: anything unfinished is an error. */
  end(): void {
    this.run(Buffer.alloc(0), true);
    if (this.expect !== DONE) {
      if (!this.seen) throw new InputError(`${this.display}:1:1: invalid JSON: the file is empty`);
      throw this.error(this.base + (this.tail?.length ?? 0), 'unexpected end of input (truncated?)');
    }
  }

  /** An error at an absolute offset on the current line. */
  private error(offset: number, message: string, buf?: Buffer): InputError {
    return new InputError(`${this.display}:${this.line}:${this.column(offset, buf)}: invalid JSON: ${message}`);
  }

  /** Column of an absolute offset on the current line: in characters while the line start is in `buf`, else in bytes. */
  private column(offset: number, buf?: Buffer): number {
    if (buf && this.lineStart >= this.base && offset - this.base <= buf.length) return buf.toString('utf8', this.lineStart - this.base, offset - this.base).length + 1;
    return offset - this.lineStart + 1;
  }

  /** Where the current line is, for errors raised by the stream (invalid UTF-8). */
  position(): { line: number; col: number } {
    return { line: this.line, col: this.base + (this.tail?.length ?? 0) - this.lineStart + 1 };
  }

  private run(chunk: Buffer, final: boolean): void {
    const buf = this.tail ? (chunk.length > 0 ? Buffer.concat([this.tail, chunk]) : this.tail) : chunk;
    this.tail = undefined;
    const n = buf.length;
    const kinds = this.kinds;
    const modes = this.modes;
    let i = 0;
    let expect = this.expect;
    let depth = this.depth;
    try {
      if (this.fastDepth > 0) {
        i = this.fastScan(buf, 0);
        if (this.fastDepth === 0) expect = this.valueEnd(buf, i);
      }
      while (i < n) {
        const c = buf[i] as number;
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
          if (c === 0x0a) {
            this.line++;
            this.lineStart = this.base + i + 1;
          }
          i++;
          continue;
        }
        this.seen = true;
        switch (expect) {
          case COMMA_OR_CLOSE:
            if (c === 0x2c) {
              expect = kinds[depth] === OBJECT ? KEY : VALUE;
              i++;
              continue;
            }
            if ((c === 0x7d && kinds[depth] === OBJECT) || (c === 0x5d && kinds[depth] === ARRAY)) {
              i++;
              depth--;
              this.depth = depth;
              expect = this.valueEnd(buf, i);
              continue;
            }
            throw this.error(this.base + i, kinds[depth] === OBJECT ? `expected "," or "}" but found ${show(c)}` : `expected "," or "]" but found ${show(c)}`, buf);
          case COLON:
            if (c !== 0x3a) throw this.error(this.base + i, `expected ":" but found ${show(c)}`, buf);
            expect = VALUE;
            i++;
            continue;
          case KEY_OR_CLOSE:
          case KEY: {
            if (c === 0x7d && expect === KEY_OR_CLOSE) {
              i++;
              depth--;
              this.depth = depth;
              expect = this.valueEnd(buf, i);
              continue;
            }
            if (c !== QUOTE) throw this.error(this.base + i, `expected a property name in double quotes but found ${show(c)}`, buf);
            const end = this.stringEnd(buf, i, final);
            if (end === INCOMPLETE) break;
            if (modes[depth] === DESCEND) {
              this.keys[depth] = decodeString(buf, i, end);
              this.keyLines[depth] = this.line;
              this.keyCols[depth] = this.base + i - this.lineStart + 1;
            }
            expect = COLON;
            i = end;
            continue;
          }
          case VALUE_OR_CLOSE:
            if (c === 0x5d) {
              i++;
              depth--;
              this.depth = depth;
              expect = this.valueEnd(buf, i);
            } else expect = VALUE; // the same byte again, as a value
            continue;
          case VALUE: {
            if (c === 0x7b || c === 0x5b) {
              this.begin(buf, i, c === 0x7b ? 'object' : 'array');
              if (depth >= MAX_JSON_DEPTH) throw this.error(this.base + i, `nesting deeper than ${MAX_JSON_DEPTH} levels`, buf);
              const parentMode = depth === 0 ? DESCEND : modes[depth];
              const take = this.lastTake;
              if (take === 'parse') {
                i = this.fastScan(buf, i);
                if (this.fastDepth > 0) break; // continues in the next chunk
                expect = this.valueEnd(buf, i);
                continue;
              }
              depth++;
              this.depth = depth;
              kinds[depth] = c === 0x7b ? OBJECT : ARRAY;
              modes[depth] = parentMode === DESCEND && take === 'descend' ? DESCEND : PASS;
              this.indices[depth] = 0;
              expect = c === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
              i++;
              continue;
            }
            let end: number;
            let kind: JsonKind;
            if (c === QUOTE) {
              end = this.stringEnd(buf, i, final);
              kind = 'string';
            } else if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
              end = this.numberEnd(buf, i, final);
              kind = 'number';
            } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
              end = this.literalEnd(buf, i, c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL, final);
              kind = c === 0x6e ? 'null' : 'boolean';
            } else throw this.error(this.base + i, `unexpected ${show(c)}`, buf);
            if (end === INCOMPLETE) break;
            this.begin(buf, i, kind);
            i = end;
            expect = this.valueEnd(buf, i);
            continue;
          }
          case DONE:
            throw this.error(this.base + i, `unexpected ${show(c)} after the end of the JSON document`, buf);
        }
        break; // an incomplete token: keep it for the next chunk
      }
    } finally {
      this.expect = expect;
      this.depth = depth;
    }
    if (i < n && this.fastDepth === 0) {
      if (final) throw this.error(this.base + i, 'unexpected end of input (truncated?)', buf);
      this.tail = buf.subarray(i);
    }
    if (this.fastDepth > 0) i = n;
    if (this.capturing >= 0) {
      const from = Math.max(this.captureStart - this.base, 0);
      if (i > from) this.capture(buf.subarray(from, i));
    }
    this.base += i;
  }

  /** A value starts at buf[i]: ask the sink how to read it when its container is descended, and start capturing for 'parse'. */
  private begin(buf: Buffer, i: number, kind: JsonKind): void {
    const depth = this.depth;
    if (depth > 0 && this.modes[depth] !== DESCEND) {
      this.lastTake = 'skip';
      return;
    }
    if (depth > 0) this.path.push(this.kinds[depth] === OBJECT ? (this.keys[depth] ?? '') : (this.indices[depth] = (this.indices[depth] ?? 0) + 1) - 1);
    let take: Take;
    try {
      take = this.sink.take(this.path, kind);
    } catch (err) {
      throw this.shapeError(err, this.base + i, buf);
    }
    if (take === 'descend' && kind !== 'object' && kind !== 'array') take = 'skip';
    this.lastTake = take;
    if (take === 'parse') {
      this.capturing = depth;
      this.captureStart = this.base + i;
      const member = depth > 0 && this.kinds[depth] === OBJECT;
      this.captureLine = member ? (this.keyLines[depth] ?? this.line) : this.line;
      this.captureCol = member ? (this.keyCols[depth] ?? 1) : this.base + i - this.lineStart + 1;
      this.valueLine = this.line;
      this.valueCol = this.base + i - this.lineStart + 1;
      this.captureBytes = 0;
      this.captureKind = kind;
      if (this.pieces.length > 0) this.pieces = [];
    }
  }

  /** A value ended just before buf[i]: hand a captured value to the sink; returns what may follow. */
  private valueEnd(buf: Buffer, i: number): number {
    const depth = this.depth;
    if (this.capturing === depth) {
      const from = Math.max(this.captureStart - this.base, 0);
      this.captureBytes += i - from;
      if (this.captureBytes > MAX_JSON_VALUE_BYTES) this.capture(buf.subarray(from, i));
      // Most values lie in one chunk: decode them straight from it, without a Buffer per value.
      const text = this.pieces.length === 0 ? buf.toString('utf8', from, i) : Buffer.concat([...this.pieces, buf.subarray(from, i)]).toString('utf8');
      if (this.pieces.length > 0) this.pieces = [];
      this.capturing = -1;
      let value: unknown;
      try {
        value = this.captureKind === 'string' && !text.includes('\\') ? text.slice(1, -1) : this.captureKind === 'number' ? Number(text) : (JSON.parse(text) as unknown);
      } catch (err) {
        throw this.errorInside(text, err);
      }
      try {
        const at = this.fileOffset;
        this.sink.value(this.path, value, this.captureLine, text, at === undefined ? undefined : { start: at + this.captureStart, end: at + this.base + i });
      } catch (err) {
        throw this.shapeErrorIn(err, text);
      }
    }
    if (depth > 0 && this.modes[depth] === DESCEND) this.path.pop();
    return depth === 0 ? DONE : COMMA_OR_CLOSE;
  }

  /**
   * Skip a captured container from buf[i] (its opening bracket, or where the last chunk left it)
   * to just past its closing bracket, or to the end of the buffer with the state kept. Only
   * brackets, strings and line breaks count here: JSON.parse checks the rest of the value.
   */
  private fastScan(buf: Buffer, i: number): number {
    const n = buf.length;
    let d = this.fastDepth;
    let j = i;
    if (this.fastInString) {
      j = this.fastString(buf, j);
      if (this.fastInString) return n;
    }
    while (j < n) {
      const c = buf[j] as number;
      if (c === QUOTE) {
        j = this.fastString(buf, j + 1);
        if (this.fastInString) break;
        continue;
      }
      j++;
      if (c === 0x7b || c === 0x5b) {
        if (++d + this.depth > MAX_JSON_DEPTH) {
          this.fastDepth = 0;
          throw this.error(this.base + j - 1, `nesting deeper than ${MAX_JSON_DEPTH} levels`, buf);
        }
      } else if (c === 0x7d || c === 0x5d) {
        if (--d === 0) break;
      } else if (c === 0x0a) {
        this.line++;
        this.lineStart = this.base + j;
      }
    }
    this.fastDepth = d;
    return j;
  }

  /** Past the end of a string whose content starts at buf[j]; sets fastInString when the buffer ends first. */
  private fastString(buf: Buffer, j: number): number {
    const n = buf.length;
    if (this.fastEscape && j < n) {
      this.fastEscape = false;
      j++;
    }
    while (j < n) {
      const c = buf[j] as number;
      if (c === QUOTE) {
        this.fastInString = false;
        return j + 1;
      }
      if (c === BACKSLASH) {
        if (j + 1 >= n) {
          this.fastEscape = true;
          j = n;
          break;
        }
        j += 2;
      } else j++;
    }
    this.fastInString = true;
    return n;
  }

  /** JSON.parse refused a captured value: scan its text again with every check to say exactly where, relative to the file. */
  private errorInside(text: string, err: unknown): InputError {
    const fallback = err instanceof Error ? err.message.split('\n')[0] : String(err);
    let line = 1;
    let col = 1;
    let why = fallback ?? 'invalid value';
    try {
      scanJsonText('', text, { take: () => 'skip', value: () => {} });
    } catch (inner) {
      const m = inner instanceof Error ? /^:(\d+):(\d+): invalid JSON: (.*)$/.exec(inner.message) : null;
      if (m) {
        line = Number(m[1]);
        col = Number(m[2]);
        why = m[3] ?? why;
      }
    }
    return new InputError(`${this.display}:${this.valueLine + line - 1}:${line === 1 ? this.valueCol + col - 1 : col}: invalid JSON: ${why}`);
  }

  /** Keep the part of a captured value that lies in a chunk about to be dropped. */
  private capture(piece: Buffer): void {
    this.captureBytes += piece.length;
    if (this.captureBytes > MAX_JSON_VALUE_BYTES) {
      throw new InputError(`${this.display}:${this.captureLine}:${this.captureCol}: ${pathText(this.path)} is larger than ${formatBytes(MAX_JSON_VALUE_BYTES)}, phiscan's limit for one value`);
    }
    this.pieces.push(piece);
  }

  /** A sink's ShapeError about the value starting at `offset`: at its key when it is an object member. */
  private shapeError(err: unknown, offset: number, buf: Buffer): unknown {
    if (!(err instanceof ShapeError)) return err;
    const depth = this.depth;
    if (depth > 0 && this.kinds[depth] === OBJECT) return new InputError(`${this.display}:${this.keyLines[depth] ?? this.line}:${this.keyCols[depth] ?? 1}: ${err.message}`);
    return new InputError(`${this.display}:${this.line}:${this.column(offset, buf)}: ${err.message}`);
  }

  /** A sink's ShapeError about a parsed value, at the key it names when the value's text has it. */
  private shapeErrorIn(err: unknown, text: string): unknown {
    if (!(err instanceof ShapeError)) return err;
    let line = this.captureLine;
    let col = this.captureCol;
    const at = err.key === undefined ? -1 : text.search(new RegExp(`"${escapeRegExp(err.key)}"\\s*:`));
    if (at > 0) {
      const newlines = lineBreaks(text, at);
      line += newlines;
      col = newlines === 0 ? col + at : at - text.lastIndexOf('\n', at - 1);
    }
    return new InputError(`${this.display}:${line}:${col}: ${err.message}`);
  }

  /** Index just past the closing quote of the string opening at buf[i]; INCOMPLETE when the buffer ends first. */
  private stringEnd(buf: Buffer, i: number, final: boolean): number {
    const n = buf.length;
    let j = i + 1;
    for (;;) {
      if (j >= n) {
        if (final) throw this.error(this.base + i, 'unterminated string (truncated?)', buf);
        return INCOMPLETE;
      }
      const c = buf[j] as number;
      // Nearly every byte of a string is printable and neither a quote nor a backslash.
      if (c > QUOTE && c !== BACKSLASH) {
        j++;
        continue;
      }
      if (c === QUOTE) return j + 1;
      if (c === BACKSLASH) {
        if (j + 1 >= n) {
          if (final) throw this.error(this.base + i, 'unterminated string (truncated?)', buf);
          return INCOMPLETE;
        }
        const e = buf[j + 1] as number;
        if (e >= 128 || ESCAPES[e] !== 1) throw this.error(this.base + j, `invalid escape "\\${String.fromCharCode(e)}" in a string`, buf);
        if (e === 0x75) {
          if (j + 6 > n) {
            if (final) throw this.error(this.base + i, 'unterminated string (truncated?)', buf);
            return INCOMPLETE;
          }
          for (let k = j + 2; k < j + 6; k++) if (!isHex(buf[k] as number)) throw this.error(this.base + j, 'invalid \\u escape in a string', buf);
          j += 6;
        } else j += 2;
        continue;
      }
      if (c < 0x20) throw this.error(this.base + j, c === 0x0a ? 'a line break inside a string' : `a control character (0x${c.toString(16).padStart(2, '0')}) inside a string`, buf);
      j++;
    }
  }

  /** Index just past the literal (true, false, null) starting at buf[i]. */
  private literalEnd(buf: Buffer, i: number, word: Uint8Array, final: boolean): number {
    const n = buf.length;
    for (let k = 0; k < word.length; k++) {
      if (i + k >= n) {
        if (final) break;
        return INCOMPLETE;
      }
      if (buf[i + k] !== word[k]) break;
      if (k === word.length - 1) return i + word.length;
    }
    throw this.error(this.base + i, `unexpected ${show(buf[i] as number)}`, buf);
  }

  /** Index just past the number starting at buf[i], checked against JSON's number grammar. */
  private numberEnd(buf: Buffer, i: number, final: boolean): number {
    const n = buf.length;
    let j = i;
    while (j < n && isNumberByte(buf[j] as number)) j++;
    if (j === n && !final) return INCOMPLETE;
    if (!isJsonNumber(buf, i, j)) throw this.error(this.base + i, `invalid number ${JSON.stringify(buf.toString('latin1', i, j).slice(0, 30))}`, buf);
    return j;
  }
}

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;

/** buf[from, to) is `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. */
function isJsonNumber(buf: Buffer, from: number, to: number): boolean {
  let j = from;
  if (buf[j] === 0x2d) j++;
  if (buf[j] === 0x30) j++;
  else if (isDigit(buf[j])) while (j < to && isDigit(buf[j])) j++;
  else return false;
  if (j < to && buf[j] === 0x2e) {
    j++;
    if (!(j < to && isDigit(buf[j]))) return false;
    while (j < to && isDigit(buf[j])) j++;
  }
  if (j < to && (buf[j] === 0x65 || buf[j] === 0x45)) {
    j++;
    if (j < to && (buf[j] === 0x2b || buf[j] === 0x2d)) j++;
    if (!(j < to && isDigit(buf[j]))) return false;
    while (j < to && isDigit(buf[j])) j++;
  }
  return j === to;
}

function decodeString(buf: Buffer, start: number, end: number): string {
  const raw = buf.toString('utf8', start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(buf.toString('utf8', start, end)) as string) : raw;
}

const show = (c: number): string => (c >= 0x20 && c < 0x7f ? JSON.stringify(String.fromCharCode(c)) : `byte 0x${c.toString(16).padStart(2, '0')}`);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A parsed JSON object (not null, not a list). */
export const isJsonObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A JSON kind as a message names it: `an object`, `a list`, `null`, `a string`. */
export function describeKind(kind: JsonKind): string {
  return kind === 'object' ? 'an object' : kind === 'array' ? 'a list' : kind === 'null' ? 'null' : `a ${kind}`;
}

/** A parsed value as a message names it: `null`, `a list`, `an object`, `a string`, `number 42`, `missing`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** `resource_changes[3]`, `resource.aws_s3_bucket.b`: a path as a message names it. */
export function pathText(path: readonly PathKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out === '' ? k : /^[A-Za-z_][\w-]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
  return out || '(document)';
}

/** Line breaks in `text` before index `end` (all of them by default): lines a value's text spans past its first. */
export function lineBreaks(text: string, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Scan a whole text (tests, small files already in memory). */
export function scanJsonText(display: string, text: string, sink: JsonSink): void {
  const scanner = new JsonScanner(display, sink);
  scanner.write(Buffer.from(text, 'utf8'));
  scanner.end();
}

/** Scan a file as it is read, in bounded memory (see utf8Chunks for the encodings read). */
export async function scanJsonFile(path: string, display: string, sink: JsonSink): Promise<void> {
  const scanner = new JsonScanner(display, sink);
  const chunks = utf8Chunks(path, display, (fileOffset) => (scanner.fileOffset = fileOffset));
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next(scanner.pending * 2)) scanner.write(r.value);
  } catch (err) {
    if (err instanceof EncodingError) {
      const { line, col } = scanner.position();
      throw err.at(line, col);
    }
    throw err;
  } finally {
    await chunks.return();
  }
  scanner.end();
}
