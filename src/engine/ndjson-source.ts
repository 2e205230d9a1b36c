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
      for (const line of lines(path)) yield JSON.parse(line.toString('utf8')) as Resource;
    },
    *ofTypes(types: ReadonlySet<ResourceType>) {
      // A list made once: spreading a set per line was a tenth of this pass.
      const wanted = [...types].map((t) => Buffer.from(t));
      for (const line of lines(path)) {
        const type = topLevelType(line);
        if (type === undefined || wanted.some((w) => w.equals(type))) yield JSON.parse(line.toString('utf8')) as Resource;
      }
    },
  };
}

const CHUNK = 16 * 1024 * 1024;

function* lines(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    // The unfinished last line of a read moves to the front of the buffer and the next read
    // lands behind it: no concatenation per chunk. A line longer than a chunk grows the buffer.
    let buf = Buffer.allocUnsafe(2 * CHUNK);
    let carry = 0;
    for (;;) {
      if (buf.length - carry < CHUNK) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, carry);
        buf = bigger;
      }
      const n = readSync(fd, buf, carry, buf.length - carry, null);
      const filled = carry + n;
      let start = 0;
      for (let end = buf.indexOf(10, start); end !== -1 && end < filled; start = end + 1, end = buf.indexOf(10, start)) {
        if (end > start) yield buf.subarray(start, end);
      }
      if (n === 0) {
        if (filled > start && buf.subarray(start, filled).some((b) => b !== 32 && b !== 13 && b !== 9)) yield buf.subarray(start, filled);
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
const COLON = 58;
const TYPE_KEY = Buffer.from('"type"');

/**
 * The raw bytes of the top-level `"type"` string value, or undefined when the scan cannot tell
 * (escapes, odd spacing): the caller then parses the line, so the filter is never wrong.
 */
export function topLevelType(line: Buffer): Buffer | undefined {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const b = line[i] as number;
    if (b === QUOTE) {
      if (depth === 1 && line.subarray(i, i + TYPE_KEY.length).equals(TYPE_KEY) && line[i + TYPE_KEY.length] === COLON && line[i + TYPE_KEY.length + 1] === QUOTE) {
        const from = i + TYPE_KEY.length + 2;
        const to = line.indexOf(QUOTE, from);
        if (to === -1 || line.subarray(from, to).includes(BACKSLASH)) return undefined;
        return line.subarray(from, to);
      }
      // Skip the string.
      for (i++; i < line.length && line[i] !== QUOTE; i++) if (line[i] === BACKSLASH) i++;
    } else if (b === 123 || b === 91) depth++;
    else if (b === 125 || b === 93) depth--;
  }
  return undefined;
}
