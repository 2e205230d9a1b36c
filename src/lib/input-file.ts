import { constants as bufferConstants, isUtf8 } from 'node:buffer';
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { UsageError } from '../cli/exit-codes.js';

const MiB = 1024 * 1024;

/** Config, suppressions and attestations files: hand-written, far below this. */
export const MAX_SMALL_INPUT_BYTES = 64 * MiB;
/** Reports and baselines: as large as one JavaScript string can hold (~512 MiB on 64-bit V8). */
export const MAX_REPORT_INPUT_BYTES = bufferConstants.MAX_STRING_LENGTH;

/**
 * Read a user-named input file as UTF-8 text, refusing what is not a regular file before reading a
 * byte: a FIFO or a terminal would block the run forever, /dev/zero would never end. The open is
 * non-blocking (a FIFO swapped in after a check cannot block it either) and the kind is checked on
 * the open handle. Errors are one line naming `what` and the path; exit 2.
 */
export async function readInputFile(path: string, what: string, maxBytes: number = MAX_SMALL_INPUT_BYTES): Promise<string> {
  let fh: FileHandle;
  try {
    fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new UsageError(`${what} ${path} is ${kindOf(st)}, not a regular file`);
    return decodeText(await readAtMost(fh, path, what, maxBytes, st.size), path, what);
  } finally {
    await fh.close();
  }
}

async function readAtMost(fh: FileHandle, path: string, what: string, maxBytes: number, statSize: number): Promise<Buffer> {
  const tooLarge = () => new UsageError(`${what} ${path} is larger than the ${Math.floor(maxBytes / MiB)} MiB phiscan reads`);
  if (statSize > maxBytes) throw tooLarge();
  // The size from stat is a hint only (files under /proc say 0): read to the end, never past the limit.
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(statSize - total, 64 * 1024), 16 * MiB, maxBytes - total + 1));
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw tooLarge();
    chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * Bytes to text, or a one-line `file:line:col` error: a UTF-8 byte order mark is dropped; UTF-16,
 * NUL bytes (binary data, or UTF-16 without a byte order mark) and invalid UTF-8 are refused at the
 * first offending byte, so the error points where the problem is, not at the end of the file.
 */
export function decodeText(bytes: Buffer, file: string, what: string): string {
  const at = (where: string, detail: string) => new UsageError(`${what} ${file}:${where}: ${detail}`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw at('1:1', 'UTF-16 text (little-endian byte order mark); save it as UTF-8');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw at('1:1', 'UTF-16 text (big-endian byte order mark); save it as UTF-8');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) throw at(position(body, nul), 'NUL byte: binary data, or UTF-16 without a byte order mark? (expected UTF-8 text)');
  if (!isUtf8(body)) throw at(position(body, firstInvalidUtf8(body)), 'not UTF-8 text (invalid byte sequence)');
  return body.toString('utf8');
}

/** `line:col` (1-based; the column counts bytes) of a byte offset. */
function position(bytes: Buffer, offset: number): string {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return `${line}:${offset - lineStart + 1}`;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Buffer): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i] as number;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms, UTF-16 surrogates, and code points past U+10FFFF.
    const c1 = b[i + 1] as number;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    i += len;
  }
  return b.length;
}
