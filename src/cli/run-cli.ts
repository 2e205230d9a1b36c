import { main } from './program.js';

/** Where a run's output goes, and the environment and working directory it runs in. */
export interface CliIo {
  /** Receives everything written to stdout during the run (default: process.stdout). */
  readonly stdout?: { write(chunk: string | Uint8Array): unknown };
  /** Receives everything written to stderr during the run (default: process.stderr). */
  readonly stderr?: { write(chunk: string | Uint8Array): unknown };
  /** Variables set for the run only; `undefined` removes one (default: the process environment as it is). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Working directory for the run only (default: the current one). */
  readonly cwd?: string;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let running: Promise<unknown> = Promise.resolve();

/**
 * `phiscan ARGV`, returning the exit code: what bin/main.ts runs, and what tests run in-process.
 * The CLI writes to the process's streams and reads its environment and working directory, so
 * the overrides in `io` are applied to the process for the run and everything is put back
 * afterwards: the streams, the variables, the directory, process.exitCode and any SIGINT/SIGTERM
 * listener the run left. Runs are therefore serialized; with no overrides nothing is swapped.
 */
export function runCli(argv: readonly string[], io: CliIo = {}): Promise<number> {
  const run = running.then(() => isolated(argv, io));
  running = run.catch(() => undefined);
  return run;
}

async function isolated(argv: readonly string[], io: CliIo): Promise<number> {
  const saved = {
    // Put back as the same property values, never called detached.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    stdout: process.stdout.write,
    // eslint-disable-next-line @typescript-eslint/unbound-method
    stderr: process.stderr.write,
    env: Object.fromEntries(Object.keys(io.env ?? {}).map((k) => [k, process.env[k]])),
    cwd: process.cwd(),
    exitCode: process.exitCode,
    listeners: SIGNALS.map((s) => new Set(process.listeners(s))),
  };
  const redirect = (to: { write(chunk: string | Uint8Array): unknown }) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      to.write(chunk);
      // The callback form (`write(chunk, cb)` or `write(chunk, encoding, cb)`) still gets its call.
      const cb = rest.find((r): r is () => void => typeof r === 'function');
      if (cb) queueMicrotask(cb);
      return true;
    }) as typeof process.stdout.write;
  try {
    for (const [k, v] of Object.entries(io.env ?? {})) setEnv(k, v);
    if (io.cwd !== undefined) process.chdir(io.cwd);
    if (io.stdout) process.stdout.write = redirect(io.stdout);
    if (io.stderr) process.stderr.write = redirect(io.stderr);
    process.exitCode = undefined;
    return await main(argv);
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    for (const [k, v] of Object.entries(saved.env)) setEnv(k, v);
    if (process.cwd() !== saved.cwd) process.chdir(saved.cwd);
    process.exitCode = saved.exitCode;
    SIGNALS.forEach((s, i) => {
      for (const l of process.listeners(s)) if (!saved.listeners[i]?.has(l)) process.off(s, l);
    });
  }
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, key);
  else process.env[key] = value;
}
