/**
 * Where phiscan writes and what it reads from the file system: output directories that cannot
 * hold a report (pseudo file systems, files, devices) fail fast; the report set is replaced as a
 * whole or not at all; no empty output directory is left behind; `init` never writes through a
 * symbolic link and its starter config scans nothing until edited.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { writeFilesAtomically } from '../../src/cli/write-atomic.js';
import { expectRefusal, fifo, runCli, snapshot, tmp, validReport, writeJson, writeText } from './harness.js';

describe('output targets that cannot hold a report fail fast with exit 2, before any work', () => {
  const TARGETS: readonly { name: string; make: (dir: string) => string; why: RegExp }[] = [
    { name: 'a directory under /proc', make: () => '/proc/self/phiscan-out', why: /pseudo file system/ },
    { name: '/proc itself', make: () => '/proc', why: /pseudo file system/ },
    { name: 'a directory under /sys', make: () => '/sys/kernel/phiscan-out', why: /pseudo file system|not writable/ },
    { name: 'a device (/dev/null)', make: () => '/dev/null', why: /exists and is not a directory/ },
    { name: 'a regular file', make: (dir) => writeText(dir, 'file', 'x'), why: /exists and is not a directory/ },
    { name: 'a path through a regular file', make: (dir) => join(writeText(dir, 'file', 'x'), 'sub'), why: /not a directory/ },
    { name: 'a FIFO', make: (dir) => fifo(dir, 'pipe'), why: /exists and is not a directory/ },
  ];
  for (const t of TARGETS) {
    it(t.name, async () => {
      const dir = tmp();
      const target = t.make(dir);
      const before = snapshot(dir);
      const r = await runCli(['report', '--from', writeJson(tmp(), 'r.json', validReport()), '-o', target], { cwd: dir });
      expectRefusal(r, EXIT.usage, t.why);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('the report set is replaced as a whole or not at all', () => {
  it('a target that is a directory (phiscan.html/) fails the write before anything is replaced', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const report = writeJson(dir, 'r.json', validReport(12));
    expect((await runCli(['report', '--from', report, '-o', out, '-f', 'json', '-f', 'sarif'], { cwd: dir })).code).toBe(0);
    mkdirSync(join(out, 'phiscan.html'));
    const before = snapshot(out);
    const r = await runCli(['report', '--from', writeJson(dir, 'r2.json', validReport(30)), '-o', out, '-f', 'json', '-f', 'sarif', '-f', 'html'], { cwd: dir });
    expectRefusal(r, EXIT.usage, /phiscan\.html exists and is a directory; nothing was replaced/);
    expect(snapshot(out)).toEqual(before);
  });

  it('an abort part-way through staging leaves the previous set and no staging directory', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'phiscan.json'), 'previous');
    const controller = new AbortController();
    const files = [{ name: 'phiscan.json', content: 'new' }, { name: 'phiscan.sarif', get content() { controller.abort(new Error('interrupted by SIGTERM')); return 'new'; } }];
    await expect(writeFilesAtomically(dir, files, controller.signal)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['phiscan.json']);
    expect(readFileSync(join(dir, 'phiscan.json'), 'utf8')).toBe('previous');
  });

  it('a failed write into a directory phiscan created removes it again (no empty output directory)', async () => {
    const dir = tmp();
    const out = join(dir, 'a', 'b', 'out');
    const controller = new AbortController();
    controller.abort(new Error('interrupted by SIGINT'));
    await expect(writeFilesAtomically(out, [{ name: 'phiscan.json', content: 'x' }], controller.signal)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a successful write replaces every file and leaves nothing else behind', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'phiscan.json'), 'previous');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await writeFilesAtomically(dir, [{ name: 'phiscan.json', content: 'new' }, { name: 'phiscan.sarif', content: 'new' }]);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'phiscan.json', 'phiscan.sarif']);
    expect(readFileSync(join(dir, 'phiscan.json'), 'utf8')).toBe('new');
  });
});

describe('phiscan init', () => {
  it('--force does not write through a phiscan.yaml symlink into its target', async () => {
    const dir = tmp();
    const target = writeText(tmp(), 'precious.txt', 'do not touch\n');
    symlinkSync(target, join(dir, 'phiscan.yaml'));
    const r = await runCli(['init', '--force'], { cwd: dir });
    expectRefusal(r, EXIT.usage, /phiscan\.yaml is a symbolic link .*does not write through links/);
    expect(readFileSync(target, 'utf8')).toBe('do not touch\n');
    expect(lstatSync(join(dir, 'phiscan.yaml')).isSymbolicLink()).toBe(true);
  });

  it('a dangling phiscan.yaml symlink is refused too (nothing is created at its target)', async () => {
    const dir = tmp();
    const target = join(tmp(), 'created-through-link.yaml');
    symlinkSync(target, join(dir, 'phiscan.yaml'));
    expectRefusal(await runCli(['init'], { cwd: dir }), EXIT.usage, /symbolic link/);
    expect(existsSync(target)).toBe(false);
  });

  it('the starter config scans nothing until edited: the next scan is exit 2, not a scan of a placeholder project', async () => {
    const dir = tmp();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['scan'], { cwd: dir });
    expectRefusal(r, EXIT.usage, /no input selected/);
    expect(existsSync(join(dir, 'phiscan-out'))).toBe(false);
  });
});
