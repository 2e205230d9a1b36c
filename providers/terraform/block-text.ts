import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { DeferredText } from '../../src/model/resource.js';
import { blockSnippet, SNIPPET_MAX_LINES } from './model.js';

/**
 * A CDKTF resource's snippet, read back from its cdk.tf.json when a report asks for it
 * (`toJSON`), so a 1M-resource stack does not hold a million snippet strings for the whole scan
 * (about 150 bytes each; this object holds a file, two offsets and two shared strings). The text
 * is the same as the eager snippet: `blockSnippet` of `"name": <value text>`, secrets redacted,
 * 20 lines and 2 KB at most. If the file changed since it was read (size, mtime or inode differ)
 * or cannot be read, there is no snippet: a report must never show text that is not the block,
 * nor fail because the input moved.
 */
export class BlockText implements DeferredText {
  constructor(
    private readonly file: SourceFile,
    /** The value's bytes in the file, [start, end). */
    private readonly start: number,
    private readonly end: number,
    private readonly name: string,
    private readonly type: string,
  ) {}

  toJSON(): string | undefined {
    const text = this.file.lines(this.start, this.end, SNIPPET_MAX_LINES);
    if (text === undefined) return undefined;
    return cdktfSnippet(this.name, text, this.type) || undefined;
  }
}

/** A CDKTF resource's snippet from its value's text: `"name": {...}`, as the block reads in cdk.tf.json. */
export function cdktfSnippet(name: string, text: string, type: string): string {
  const lines = `${JSON.stringify(name)}: ${text}`.split('\n');
  return blockSnippet(lines, 1, lines.length, type);
}

/** Bytes read at a time; most resources fit in one read. */
const READ_BYTES = 16 * 1024;

/**
 * A file as it was when it was scanned. Its descriptor is opened by the first read and closed once
 * the current synchronous run ends (setImmediate), so a report writing a million snippets opens
 * the file once per batch, not once per snippet, and the file is checked again on each opening.
 */
export class SourceFile {
  private fd: number | undefined;
  /** Set once the file is found changed or unreadable: every later read would fail the same way. */
  private gone = false;
  private readonly size: number;
  private readonly mtimeMs: number;
  private readonly ino: number;

  constructor(
    readonly path: string,
    scanned: Stats,
  ) {
    this.size = scanned.size;
    this.mtimeMs = scanned.mtimeMs;
    this.ino = scanned.ino;
  }

  /** The text of bytes [start, end) up to the end of its `maxLines`-th line; undefined when the file changed or cannot be read. */
  lines(start: number, end: number, maxLines: number): string | undefined {
    const fd = this.open();
    if (fd === undefined) return undefined;
    const pieces: Buffer[] = [];
    let lines = 0;
    try {
      for (let at = start; at < end && lines < maxLines; ) {
        const piece = Buffer.allocUnsafe(Math.min(READ_BYTES, end - at));
        const n = readSync(fd, piece, 0, piece.length, at);
        if (n !== piece.length) return undefined;
        let cut = piece.length;
        for (let nl = piece.indexOf(0x0a); nl !== -1; nl = piece.indexOf(0x0a, nl + 1)) {
          if (++lines === maxLines) {
            cut = nl;
            break;
          }
        }
        pieces.push(cut === piece.length ? piece : piece.subarray(0, cut));
        at += piece.length;
      }
    } catch {
      return undefined;
    }
    // The value is an object (the reader refused anything else): a block that does not open with `{` is not the block read.
    return pieces[0]?.[0] === 0x7b ? Buffer.concat(pieces).toString('utf8') : undefined;
  }

  private open(): number | undefined {
    if (this.fd !== undefined || this.gone) return this.fd;
    let fd: number | undefined;
    try {
      fd = openSync(this.path, 'r');
      const st = fstatSync(fd);
      if (st.size !== this.size || st.mtimeMs !== this.mtimeMs || st.ino !== this.ino) throw new Error('changed');
    } catch {
      if (fd !== undefined) closeSync(fd);
      this.gone = true;
      return undefined;
    }
    this.fd = fd;
    setImmediate(() => {
      this.fd = undefined;
      closeSync(fd);
    }).unref();
    return fd;
  }
}
