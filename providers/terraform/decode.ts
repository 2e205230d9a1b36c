import { isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import { InputError, lineCol } from './errors.js';

/**
 * The one text decoder of the IaC readers (plans, `.tf`, `.tfvars`, `cdk.tf.json`, CDKTF
 * manifests): UTF-8 with or without a byte-order mark, and UTF-16LE/BE with one (PowerShell's
 * `>` writes UTF-16LE with a BOM). Anything else is refused with one line naming what was found,
 * never decoded into replacement characters that would read as different values.
 */

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes sniffed before deciding (a BOM, a zip header, the NUL pattern of BOM-less UTF-16). */
const SNIFF_BYTES = 4096;

/** Encoding and byte-order-mark length from a file's first bytes; throws InputError for what is not text phiscan reads. */
function sniff(display: string, head: Uint8Array): { encoding: Encoding; bom: number } {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    throw new InputError(`${display}:1:1: UTF-32 text (byte-order mark ${a === 0 ? '00 00 FE FF' : 'FF FE 00 00'}) is not read; save the file as UTF-8`);
  }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) {
    throw new InputError(`${display}:1:1: a zip archive, not text (a binary plan file from \`terraform plan -out\`? convert it with \`terraform show -json PLANFILE > plan.json\`)`);
  }
  const nul = head.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a BOM: ASCII text has every other byte NUL (odd offsets little-endian, even offsets big-endian).
    let odd = 0;
    let even = 0;
    for (let i = 0; i < head.length; i++) {
      if (head[i] !== 0) continue;
      if (i % 2 === 1) odd++;
      else even++;
    }
    const half = head.length / 2;
    if (odd > half * 0.6 && even < odd / 10) throw new InputError(`${display}:1:1: UTF-16LE text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)`);
    if (even > half * 0.6 && odd < even / 10) throw new InputError(`${display}:1:1: UTF-16BE text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)`);
    const { line, col } = lineCol(Buffer.from(head.subarray(0, nul)).toString('latin1'), nul);
    throw new InputError(`${display}:${line}:${col}: binary data (a NUL byte at byte offset ${nul}), not UTF-8 or UTF-16 text`);
  }
  return { encoding: 'utf-8', bom: 0 };
}

/** Byte offset of the first invalid UTF-8 sequence in `bytes` (called only once isUtf8 said there is one). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i] ?? 0;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    // Continuation bytes, plus the overlong/surrogate/range rules of the second byte.
    const c1 = bytes[i + 1] ?? 0;
    if (len >= 2 && (c1 & 0xc0) !== 0x80) return i;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 2; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence the next chunk completes (0-3). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const c = bytes[n - back] ?? 0;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}

const invalidUtf8 = (display: string, where: string, offset: number) =>
  new InputError(`${display}:${where}: invalid UTF-8 at byte offset ${offset} (the file is neither UTF-8 nor UTF-16 with a byte-order mark; save it as UTF-8)`);

/** A whole file as text; refuses files over `maxBytes` before reading them. */
export async function readText(path: string, display: string, maxBytes: number, what: string): Promise<string> {
  const st = await stat(path);
  if (st.size > maxBytes) throw new InputError(`${display}: ${what} of ${formatBytes(st.size)} is over phiscan's limit of ${formatBytes(maxBytes)}`);
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (bytes.length > maxBytes) throw new InputError(`${display}: ${what} is over phiscan's limit of ${formatBytes(maxBytes)}`);
  return decodeBytes(display, bytes);
}

/** Bytes already in memory as text (see readText). */
export function decodeBytes(display: string, bytes: Buffer): string {
  const { encoding, bom } = sniff(display, bytes.subarray(0, SNIFF_BYTES));
  const body = bytes.subarray(bom);
  if (encoding === 'utf-8') {
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body);
      const { line, col } = lineCol(body.subarray(0, at).toString('utf8'), Number.MAX_SAFE_INTEGER);
      throw invalidUtf8(display, `${line}:${col}`, at + bom);
    }
    return body.toString('utf8');
  }
  return utf16(display, encoding, bom).decode(body, true);
}

interface Utf16Decoder {
  decode(bytes: Buffer, last: boolean): string;
}

/** A streaming UTF-16 decoder that refuses unpaired surrogates and odd lengths with the byte offset. */
function utf16(display: string, encoding: 'utf-16le' | 'utf-16be', bom: number): Utf16Decoder {
  // Big-endian is byte-swapped to little-endian first: TextDecoder's utf-16be needs full ICU.
  const decoder = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
  let offset = bom;
  let odd: Buffer | undefined;
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  return {
    decode(bytes, last) {
      let data = odd ? Buffer.concat([odd, bytes]) : bytes;
      odd = undefined;
      if (data.length % 2 === 1) {
        if (last) throw new InputError(`${display}: invalid ${name}: an odd number of bytes (${offset + data.length} with the byte-order mark)`);
        odd = Buffer.from(data.subarray(data.length - 1));
        data = data.subarray(0, data.length - 1);
      }
      if (encoding === 'utf-16be') data = Buffer.from(data).swap16();
      try {
        const text = decoder.decode(data, { stream: !last });
        offset += data.length;
        return text;
      } catch {
        throw new InputError(`${display}: invalid ${name} (an unpaired surrogate) within bytes ${offset}-${offset + data.length}`);
      }
    },
  };
}

/** Chunk size of streamed reads. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * A file as a stream of UTF-8 chunks (UTF-16 transcoded, a BOM dropped), for readers that must not
 * hold a whole plan in one string. `next(min)` asks for at least `min` more bytes when the consumer
 * holds an unfinished token, so a huge string is not rescanned once per chunk. An invalid UTF-8
 * sequence ends the stream with an InputError naming its byte offset, after the valid bytes before
 * it are handed out (so the consumer can say on which line it is). `sniffed` learns, before the
 * first chunk, the file offset of the stream's first byte when the stream is the file's own bytes
 * (UTF-8, after any BOM), or undefined when it is transcoded (UTF-16).
 */
export async function* utf8Chunks(path: string, display: string, sniffed?: (fileOffset: number | undefined) => void): AsyncGenerator<Buffer, void, number | undefined> {
  const handle = await open(path, 'r');
  try {
    let position = 0;
    const read = async (size: number): Promise<Buffer> => {
      const buf = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(buf, 0, size, position);
      position += bytesRead;
      return bytesRead === size ? buf : buf.subarray(0, bytesRead);
    };
    let chunk = await read(CHUNK_BYTES);
    const { encoding, bom } = sniff(display, chunk.subarray(0, SNIFF_BYTES));
    chunk = chunk.subarray(bom);
    const decoder = encoding === 'utf-8' ? undefined : utf16(display, encoding, bom);
    sniffed?.(decoder ? undefined : bom);
    let carry: Buffer | undefined; // an incomplete UTF-8 sequence at the end of the last chunk
    let consumed = bom; // file offset of chunk[0] (UTF-8 input only)
    for (;;) {
      const last = chunk.length === 0;
      let out: Buffer;
      if (decoder) out = Buffer.from(decoder.decode(chunk, last), 'utf8');
      else {
        const data = carry ? Buffer.concat([carry, chunk]) : chunk;
        const start = consumed - (carry?.length ?? 0);
        const keep = last ? 0 : incompleteUtf8Tail(data);
        carry = keep > 0 ? Buffer.from(data.subarray(data.length - keep)) : undefined;
        out = keep > 0 ? data.subarray(0, data.length - keep) : data;
        consumed += chunk.length;
        if (!isUtf8(out)) {
          const at = firstInvalidUtf8(out);
          if (at > 0) yield out.subarray(0, at);
          throw new EncodingError(display, start + at);
        }
      }
      if (last) {
        if (out.length > 0) yield out;
        return;
      }
      // Read the next chunk while the consumer scans this one.
      const next = read(CHUNK_BYTES);
      next.catch(() => {}); // awaited below; this only keeps an abandoned read from being an unhandled rejection
      const want = (out.length > 0 ? yield out : undefined) ?? 0;
      chunk = await next;
      if (want > CHUNK_BYTES && chunk.length === CHUNK_BYTES) chunk = Buffer.concat([chunk, await read(want - CHUNK_BYTES)]);
    }
  } finally {
    await handle.close();
  }
}

/** Invalid UTF-8 in a streamed file; the consumer adds the line and column it had reached. */
export class EncodingError extends Error {
  override readonly name = 'EncodingError';
  constructor(
    readonly display: string,
    readonly offset: number,
  ) {
    super(`invalid UTF-8 at byte offset ${offset}`);
  }
  at(line: number, col: number): InputError {
    return invalidUtf8(this.display, `${line}:${col}`, this.offset);
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;
}
