import type { OutputChunk, OutputContent, OutputFile, WholeOutputFile } from './types.js';

/** Chunks are gathered to about this many characters before they are handed on (one write each). */
const BATCH = 1 << 20;

/** A file's content as chunks in order, whatever form the reporter gave it in. */
export async function* chunksOf(content: OutputContent): AsyncIterable<OutputChunk> {
  if (typeof content === 'string' || content instanceof Uint8Array) yield content;
  else yield* content;
}

/** The whole content as one string or byte array (the library API and tests; the CLI writes chunks as they come). */
export async function materialize(content: OutputContent): Promise<OutputChunk> {
  if (typeof content === 'string' || content instanceof Uint8Array) return content;
  const parts: OutputChunk[] = [];
  for await (const c of content) parts.push(c);
  if (parts.every((p) => typeof p === 'string')) return parts.join('');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** Every file of a render, each materialized. */
export async function materializeAll(files: readonly OutputFile[]): Promise<WholeOutputFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, content: await materialize(f.content) })));
}

/** A long string in pieces of about `size` characters, never splitting a surrogate pair (each piece is encoded to UTF-8 on its own). */
export function* textSlices(text: string, size = BATCH): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
    yield text.slice(at, end);
    at = end;
  }
}

/** Small strings gathered into chunks of about BATCH characters. */
export function* batched(parts: Iterable<string>): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const p of parts) {
    buf.push(p);
    size += p.length;
    if (size >= BATCH) {
      yield buf.join('');
      buf = [];
      size = 0;
    }
  }
  if (buf.length > 0) yield buf.join('');
}

/** Arrays longer than this are written element by element; shorter values in one piece. */
const STREAM_ARRAY_OVER = 256;

/**
 * `JSON.stringify(value, null, 2)` as a sequence of strings, byte for byte: a long array is
 * serialized one element at a time, so no document needs to exist as one string (V8 caps a
 * string at 512 MiB, and a report of a million resources is larger). Plain data only: objects,
 * arrays and primitives, as the reports are (no toJSON, no replacer), and lists (FindingList).
 */
export function* prettyJsonParts(value: unknown, indent = ''): Generator<string> {
  if (isLongList(value)) {
    const inner = `${indent}  `;
    let i = 0;
    for (const el of value as Iterable<unknown>) {
      yield `${i++ === 0 ? '[' : ','}\n${inner}`;
      // JSON.stringify writes an array's undefined, function and symbol elements as null.
      yield* isSkipped(el) ? ['null'] : prettyJsonParts(el, inner);
    }
    yield i === 0 ? '[]' : `\n${indent}]`;
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).some(isLongList)) {
    const inner = `${indent}  `;
    let first = true;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (isSkipped(v)) continue;
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
      yield* prettyJsonParts(v, inner);
      first = false;
    }
    yield first ? '{}' : `\n${indent}}`;
    return;
  }
  // Structural line breaks are the only raw ones: JSON escapes those inside strings.
  const text = JSON.stringify(value, null, 2);
  yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/**
 * Written element by element: a long array, or a list that is not an array at all (findings
 * spilled to disk, src/engine/finding-store.ts), which is written as the array it stands for.
 */
const isLongList = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > STREAM_ARRAY_OVER : typeof v === 'object' && v !== null && Symbol.iterator in v && typeof (v as { length?: unknown }).length === 'number';

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const isSkipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';
