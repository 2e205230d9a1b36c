import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { DeferredText } from '../../src/model/resource.js';
import { blockSnippet, maskJsonLine, SNIPPET_MAX_LINES } from './model.js';

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

/** A CDKTF resource's snippet from its value's text: `"name": {...}`, as the block reads in cdk.tf.json, secrets redacted on compact lines too. */
export function cdktfSnippet(name: string, text: string, type: string): string {
  const lines = `${JSON.stringify(name)}: ${text}`.split('\n', SNIPPET_MAX_LINES).map((line) => maskJsonLine(line, type));
  return blockSnippet(lines, 1, lines.length, type);
}

/** Bytes read at a time: most blocks fit, and the next few in the file are often written next. */
const READ_BYTES = 4 * 1024;

/**
 * A file as it was when it was scanned. Its descriptor and the block read last are kept until the
 * current synchronous run ends (setImmediate), so a report writing a million snippets opens the
 * file once per batch and serves several snippets from each 4 KB read (measured, reading 1M
 * snippets of a 140 MB stack: 3.9 s with a read per snippet, about 3 s with 4 KB reads in file or
 * address order, 6.3 s in address order with 64 KB reads). The file is checked again on each opening.
 */
export class SourceFile {
  private fd: number | undefined;
  /** The block read last, bytes [blockStart, blockStart + blockLength) of the file (none while the file is closed). */
  private readonly block = Buffer.allocUnsafe(READ_BYTES);
  private blockStart = 0;
  private blockLength = 0;
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
    // The value is an object (the reader refused anything else): a block that does not open with `{` is not the block read.
    const isBlock = (first: number | undefined) => first === 0x7b;
    const pieces: Buffer[] = [];
    let lines = 0;
    try {
      for (let at = start; ; ) {
        const block = this.read(fd, at);
        const from = at - this.blockStart;
        const to = Math.min(end - this.blockStart, this.blockLength);
        let cut = to;
        for (let nl = block.indexOf(0x0a, from); nl !== -1 && nl < to; nl = block.indexOf(0x0a, nl + 1)) {
          if (++lines === maxLines) {
            cut = nl;
            break;
          }
        }
        const done = cut < to || this.blockStart + to === end;
        // Most values lie in one block: decoded straight from it.
        if (done && pieces.length === 0) return isBlock(block[from]) ? block.toString('utf8', from, cut) : undefined;
        pieces.push(Buffer.from(block.subarray(from, cut))); // a copy: the block is read over next
        if (done) break;
        at = this.blockStart + to;
      }
    } catch {
      return undefined;
    }
    return isBlock(pieces[0]?.[0]) ? Buffer.concat(pieces).toString('utf8') : undefined;
  }

  /** The block holding byte `at`, read unless it is the one read last. */
  private read(fd: number, at: number): Buffer {
    if (at < this.blockStart || at >= this.blockStart + this.blockLength) {
      const length = Math.min(READ_BYTES, this.size - at);
      this.blockLength = 0;
      if (length <= 0 || readSync(fd, this.block, 0, length, at) !== length) throw new Error('short read');
      this.blockStart = at;
      this.blockLength = length;
    }
    return this.block;
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
      this.blockLength = 0;
      closeSync(fd);
    }).unref();
    return fd;
  }
}
