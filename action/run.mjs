// The scan step of the phiscan GitHub Action (action.yml): run phiscan with the action's inputs,
// append the Markdown summary to the job summary and expose the results as step outputs. It fails
// the step only when no report was written (exit 2 usage/input error, 4 internal error); the
// action's last step applies the exit code after SARIF has been uploaded.
// Inputs come as environment variables set by action.yml (never interpolated into a shell).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Buffer } from 'node:buffer';
import process from 'node:process';

/** GitHub's limit for one step's job summary (1 MiB). */
export const SUMMARY_LIMIT = 1024 * 1024;
/** Exit codes after which phiscan has written a complete report (README "Exit codes"). */
export const REPORTED = new Set([0, 1, 3]);

/** Split the `args` input on whitespace; single or double quotes keep spaces inside one argument. */
export function splitArgs(text) {
  const args = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(text)) !== null) args.push(m[1] ?? m[2] ?? m[3]);
  return args;
}

/** The phiscan command line for the inputs: the user's arguments, then the outputs the action needs. */
export function phiscanArgs(env) {
  const output = env.PHISCAN_OUTPUT || 'phiscan-out';
  const argv = [env.PHISCAN_COMMAND || 'scan', ...splitArgs(env.PHISCAN_ARGS ?? ''), '--output', output, '--format', 'json,sarif,markdown'];
  if (env.PHISCAN_FAIL_ON) argv.push('--fail-on', env.PHISCAN_FAIL_ON);
  return { argv, output };
}

/** The summary as GitHub accepts it: cut at the limit on a line boundary, with a note saying so. */
export function summaryText(markdown, limit = SUMMARY_LIMIT) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = '\n\n_Summary cut at GitHub\'s 1 MiB job-summary limit; the full report is in the uploaded artifacts and code scanning._\n';
  let cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note)).toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return cut + note;
}

export function main(env = process.env) {
  const { argv, output } = phiscanArgs(env);
  const bin = env.PHISCAN_BIN;
  if (!bin) {
    process.stderr.write('phiscan action: PHISCAN_BIN is not set (the install step did not run)\n');
    return 2;
  }
  const r = spawnSync(process.execPath, [bin, ...argv], { stdio: 'inherit', env });
  const code = r.status ?? 4;
  if (!REPORTED.has(code)) return code;
  const files = { json: join(output, 'phiscan.json'), sarif: join(output, 'phiscan.sarif'), summary: join(output, 'phiscan-summary.md') };
  if (env.GITHUB_STEP_SUMMARY && existsSync(files.summary)) appendFileSync(env.GITHUB_STEP_SUMMARY, summaryText(readFileSync(files.summary, 'utf8')));
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `exit-code=${code}\njson=${files.json}\nsarif=${files.sarif}\nsummary=${files.summary}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
