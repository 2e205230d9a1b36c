import { closeSync, openSync, readSync } from 'node:fs';
import type { Resource, ResourceType } from '../model/resource.js';
import type { ResourceSource } from './stream.js';

/**
 * A normalized inventory stored as NDJSON (one `Resource` per line), read in chunks: such files
 * outgrow V8's maximum string length long before they outgrow the disk. `ofTypes` parses only
 * the lines whose top-level `type` matches, found by a byte scan instead of a full parse.
 */
export function ndjsonSource(path: string): ResourceSource {
  return {
    *all() {
      for (const line of lines(path)) yield JSON.parse(line.buf.toString('utf8', line.start, line.end)) as Resource;
    },
    *ofTypes(types: ReadonlySet<ResourceType>) {
      const wanted: ReadonlySet<string> = types;
      for (const { buf, start, end } of lines(path)) {
        const type = topLevelType(buf, start, end);
        if (type === undefined || wanted.has(type)) yield JSON.parse(buf.toString('utf8', start, end)) as Resource;
      }
    },
  };
}

const CHUNK = 16 * 1024 * 1024;

/** One line: bytes [start, end) of buf, valid until the next is read. */
interface Line {
  buf: Buffer;
  start: number;
  end: number;
}

/** Lines as offsets into the read buffer (one object, reused): no Buffer view per line. */
function* lines(path: string): Generator<Line> {
  const fd = openSync(path, 'r');
  try {
    // The unfinished last line of a read moves to the front of the buffer and the next read
    // lands behind it: no concatenation per chunk. A line longer than a chunk grows the buffer.
    let buf = Buffer.allocUnsafe(2 * CHUNK);
    const line: Line = { buf, start: 0, end: 0 };
    let carry = 0;
    for (;;) {
      if (buf.length - carry < CHUNK) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        line.buf = buf = bigger;
      }
      const n = readSync(fd, buf, carry, buf.length - carry, null);
      const filled = carry + n;
      let start = 0;
      for (let end = buf.indexOf(10, start); end !== -1 && end < filled; start = end + 1, end = buf.indexOf(10, start)) {
        if (end > start) {
          line.start = start;
          line.end = end;
          yield line;
        }
      }
      if (n === 0) {
        if (filled > start && buf.subarray(start, filled).some((b) => b !== 32 && b !== 13 && b !== 9)) {
          line.start = start;
          line.end = filled;
          yield line;
        }
        return;
      }
      buf.copy(buf, 0, start, filled);
      carry = filled - start;
    }
  } finally {
    closeSync(fd);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
/** `"type":"`, the bytes before a top-level type's value. */
const TYPE_KEY = [...Buffer.from('"type":"')];

/**
 * The top-level `"type"` string value of the JSON object in bytes [start, end) of `line`, or
 * undefined when the scan cannot tell (escapes, odd spacing): the caller then parses the line,
 * so the filter is never wrong. Bytes are compared in place: no Buffer view per candidate.
 */
export function topLevelType(line: Buffer, start = 0, end = line.length): string | undefined {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const b = line[i] as number;
    if (b === QUOTE) {
      if (depth === 1 && startsWith(line, i, end, TYPE_KEY)) {
        const from = i + TYPE_KEY.length;
        const to = line.indexOf(QUOTE, from);
        if (to === -1 || to >= end) return undefined;
        for (let k = from; k < to; k++) if (line[k] === BACKSLASH) return undefined;
        return line.toString('utf8', from, to);
      }
      // Skip the string.
      for (i++; i < end && line[i] !== QUOTE; i++) if (line[i] === BACKSLASH) i++;
    } else if (b === 123 || b === 91) depth++;
    else if (b === 125 || b === 93) depth--;
  }
  return undefined;
}

function startsWith(line: Buffer, at: number, end: number, bytes: readonly number[]): boolean {
  if (at + bytes.length > end) return false;
  for (let k = 0; k < bytes.length; k++) if (line[at + k] !== bytes[k]) return false;
  return true;
}
