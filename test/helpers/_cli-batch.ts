/**
 * Runs several `phiscan` command lines one after another in this one process (see
 * phiscanProcessBatch in cli.ts): `tsx _cli-batch.ts RUNS.json RESULTS.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../../src/cli/run-cli.js';
import { captureIo, type CliResult } from './cli.js';

const [runsFile, resultsFile] = process.argv.slice(2);
// A variable to remove arrives as null (JSON has no undefined).
const runs = JSON.parse(readFileSync(runsFile!, 'utf8')) as { args: string[]; opts: { cwd?: string; env?: Record<string, string | null> } }[];
const results: CliResult[] = [];
for (const { args, opts } of runs) {
  const io = captureIo();
  const env = opts.env && Object.fromEntries(Object.entries(opts.env).map(([k, v]) => [k, v ?? undefined]));
  const code = await runCli(args, { stdout: io.stdout, stderr: io.stderr, ...(opts.cwd ? { cwd: opts.cwd } : {}), ...(env ? { env } : {}) });
  results.push({ code, stdout: io.out(), stderr: io.err() });
}
writeFileSync(resultsFile!, JSON.stringify(results));
