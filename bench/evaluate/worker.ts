/**
 * One measured phase in its own process, so peak RSS belongs to that phase alone.
 * argv: <inventory.ndjson> parse|evaluate [findings.ndjson]. Prints one JSON line.
 * parse: every line JSON.parse'd (the baseline). evaluate: the streaming engine over the same
 * file, every finding serialized to NDJSON (to the given file, or counted only).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { ALL_CHECKS } from '../../checks/index.js';
import { ndjsonSource } from '../../src/engine/ndjson-source.js';
import { evaluateStream } from '../../src/engine/stream.js';

const [file, phase, findingsFile] = process.argv.slice(2) as [string, 'parse' | 'evaluate', string | undefined];
const NOW = new Date('2026-01-01T00:00:00Z');

const started = performance.now();
const cpuStarted = process.cpuUsage();
let resources = 0;
let findings = 0;
let failing = 0;
if (phase === 'parse') {
  const all = ndjsonSource(file).all() as Iterable<unknown>;
  for (const parsed of all) if (parsed) resources++;
} else {
  const out = findingsFile ? bufferedWriter(findingsFile) : undefined;
  const result = await evaluateStream(ndjsonSource(file), [], ALL_CHECKS, { now: NOW }, (f) => {
    if (f.status === 'fail') failing++;
    out?.write(`${JSON.stringify(f)}\n`);
  });
  out?.close();
  resources = result.resources;
  findings = result.findings;
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(`${JSON.stringify({ phase, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), resources, findings, failing })}\n`);

function bufferedWriter(path: string): { write(s: string): void; close(): void } {
  const fd = openSync(path, 'w');
  const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  let used = 0;
  const flush = (): void => {
    if (used > 0) writeSync(fd, buf, 0, used);
    used = 0;
  };
  return {
    write(s) {
      if (used + Buffer.byteLength(s) > buf.length) flush();
      if (Buffer.byteLength(s) > buf.length) writeSync(fd, s);
      else used += buf.write(s, used);
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
