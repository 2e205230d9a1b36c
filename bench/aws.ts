import { execFile, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createAwsCollector, type AwsScope } from '../providers/aws/index.js';
import { AWS_RATE_LIMITS, limitFor, type RateLimit, type RateLimits } from '../providers/aws/rate-limits.js';
import type { Collector } from '../providers/types.js';
import { DEFAULT_REGIONS } from '../src/simulator/aws/generate.js';
import type { AwsCallLogEntry } from '../src/simulator/aws/server.js';
import { accessKeyFor } from '../src/simulator/aws/world.js';

const ACCOUNTS = 2;
const PER_REGION = 500;
const BUCKETS = 40;
const LATENCY_MS = 50;

/**
 * Calls that must complete, one after another, before an operation can be issued (this
 * collector's dependency chains; where an operation sits on two chains, the shorter one).
 */
const DEPTH: Readonly<Record<string, number>> = {
  'kms:DescribeKey': 1, 'kms:GetKeyRotationStatus': 2, 'kms:ListResourceTags': 2, 'config:SelectResourceConfig': 1,
  's3:GetBucketEncryption': 1, 's3:GetBucketPolicy': 1, 's3:GetBucketVersioning': 1, 's3:GetObjectLockConfiguration': 1, 's3:GetPublicAccessBlock': 1, 's3:GetBucketTagging': 1,
  'rds:DescribeDBParameters': 1, 'rds:DescribeDBSnapshotAttributes': 1, 'elasticloadbalancing:DescribeListeners': 1,
  'cloudtrail:GetTrailStatus': 1, 'cloudtrail:GetEventSelectors': 1, 'backup:GetBackupVaultAccessPolicy': 1, 'backup:GetBackupPlan': 1, 'backup:ListBackupSelections': 1,
  'backup:GetBackupSelection': 2, 'guardduty:GetDetector': 1, 'iam:GetCredentialReport': 1,
};
/** Discovery before any unit starts: GetCallerIdentity, then (organizations) ListAccounts, AssumeRole and GetCallerIdentity per member. */
const discoveryCalls = (calls: readonly AwsCallLogEntry[]) => (calls.some((c) => c.service === 'organizations') ? 4 : 1);
const THROTTLES = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'SlowDown', 'TooManyRequestsException']);

/**
 * The fastest any collector issuing these same calls could finish under the same limits:
 * discovery latency, then for each token bucket (the documented limits, per account, region and
 * operation or service) the calls it had to admit beyond its burst at its refill rate, after the
 * calls the operation depends on, plus the last call's latency; and each paginated listing's
 * pages one after another. The answer is the slowest of these.
 */
export function lowerBoundMs(calls: readonly AwsCallLogEntry[], latencyMs: number, limits: RateLimits): { ms: number; bottleneck: string } {
  const served = new Map<string, { n: number; pages: number; depth: number; limit: RateLimit | undefined }>();
  for (const c of calls) {
    if (THROTTLES.has(c.code ?? '') || c.account === 'unknown' || c.service === 'sts' || c.service === 'organizations') continue;
    const found = limitFor(limits, c.service, c.operation);
    const key = `${c.account}/${c.region}/${found?.bucket ?? `${c.service}:${c.operation}`}`;
    const b = served.get(key) ?? { n: 0, pages: 0, depth: 0, limit: found?.limit };
    b.n++;
    if (c.paged) b.pages++;
    b.depth = Math.max(b.depth, DEPTH[`${c.service}:${c.operation}`] ?? 0);
    served.set(key, b);
  }
  let best = { ms: 0, bottleneck: '' };
  for (const [key, b] of served) {
    const rate = b.limit ? (Math.max(0, b.n - b.limit.capacity) / b.limit.refillPerSecond) * 1000 : 0;
    const ms = b.depth * latencyMs + Math.max(rate + latencyMs, (b.pages + 1) * latencyMs);
    if (ms > best.ms) best = { ms, bottleneck: key };
  }
  return { ms: Math.round(discoveryCalls(calls) * latencyMs + best.ms), bottleneck: best.bottleneck };
}

/**
 * AWS collection over the loopback simulator: an organization of 2 accounts x 17 regions x ~500
 * resources (+40 buckets per account), then one such account alone (the world issue 21 ran
 * CloudSploit against), 50 ms latency per call and token buckets sized by AWS's
 * documented API rate limits (the table the collector paces itself by), answering with each
 * service's real throttling error. Reports wall time, the lower bound the limits and latency
 * impose on the same call set, their ratio (goal 2), and the CPU time of each side: the
 * collector (this process) and the simulator (a child process), which share the machine.
 */
export async function run(): Promise<Record<string, number | string>> {
  // The machine is shared: its load says how far the wall times stand above the CPU times.
  const load = loadavg()[0] ?? 0;
  const org = await measure(ACCOUNTS, { regions: [...DEFAULT_REGIONS], org: true, assumeRole: 'PhiscanReadOnly' });
  // The world issue 21 ran CloudSploit's HIPAA plugins against (4.6–6.8 s, 1,050 calls there): one account, 17 regions,
  // in a fresh process like a CLI run (in this one the SDK's code is already compiled and warm: about a third less CPU).
  const single = await measureSingleInFreshProcess();
  return {
    world: `${ACCOUNTS} accounts x ${DEFAULT_REGIONS.length} regions x ~${PER_REGION} resources + ${BUCKETS} buckets/account, ${LATENCY_MS} ms latency, documented AWS rate limits`,
    load_average_at_start: Math.round(load * 10) / 10,
    wall_ms: org.wallMs,
    lower_bound_ms: org.bound.ms,
    bottleneck: org.bound.bottleneck,
    ratio: Math.round((org.wallMs / org.bound.ms) * 100) / 100,
    // CPU time of each process: the collector's (this one; of it, in the kernel) and the simulator's (a child process), which share the machine.
    collector_cpu_ms: org.cpuMs,
    collector_system_cpu_ms: org.systemMs,
    collector_cpu_per_call_ms: Math.round((org.cpuMs / Math.max(1, org.calls.length)) * 100) / 100,
    collector_event_loop_busy_pct: org.busyPct,
    simulator_cpu_ms: org.simulatorCpuMs,
    calls: org.calls.length,
    calls_by_service: countBy(org.calls, (c) => c.service),
    throttled_calls: org.calls.filter((c) => THROTTLES.has(c.code ?? '')).length,
    resources: org.resources,
    gaps: org.gaps,
    single_account_wall_ms: single.wallMs,
    single_account_lower_bound_ms: single.bound.ms,
    single_account_collector_cpu_ms: single.cpuMs,
    single_account_event_loop_busy_pct: single.busyPct,
    single_account_calls: single.calls,
    single_account_resources: single.resources,
    single_account_gaps: single.gaps,
  };
}

/** One scan of a generated world of `accounts` accounts over the simulator in its own process. */
async function measure(accounts: number, scope: AwsScope): Promise<Awaited<ReturnType<typeof collectOnce>> & { calls: AwsCallLogEntry[]; simulatorCpuMs: number; bound: { ms: number; bottleneck: string } }> {
  const sim = await startSimulatorProcess({ accounts, regions: [...DEFAULT_REGIONS], perRegion: PER_REGION, buckets: BUCKETS, latencyMs: LATENCY_MS, rateLimits: AWS_RATE_LIMITS });
  try {
    const collector = createAwsCollector(scope, { endpoint: sim.endpoint, credentials: { accessKeyId: accessKeyFor(sim.management), secretAccessKey: 'bench' } });
    const run = await collectOnce(collector);
    const { calls, cpuMs } = await sim.stop();
    return { ...run, calls, simulatorCpuMs: Math.round(cpuMs), bound: lowerBoundMs(calls, LATENCY_MS, AWS_RATE_LIMITS) };
  } finally {
    sim.kill();
  }
}

/** The 1-account world measured by this file run on its own (`--single-account`), so nothing is warm from the organization run. */
async function measureSingleInFreshProcess(): Promise<Awaited<ReturnType<typeof measureSingle>>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--single-account'], { maxBuffer: 64 * 2 ** 20 });
  return JSON.parse(stdout) as Awaited<ReturnType<typeof measureSingle>>;
}

async function measureSingle() {
  const m = await measure(1, { regions: [...DEFAULT_REGIONS] });
  return { wallMs: m.wallMs, cpuMs: m.cpuMs, busyPct: m.busyPct, resources: m.resources, gaps: m.gaps, calls: m.calls.length, bound: m.bound };
}

function countBy<T>(items: readonly T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}

export interface SimulatorProcess {
  readonly endpoint: string;
  /** The organization's management account (its access key starts the scan). */
  readonly management: string;
  /** Stop serving; the call log and the simulator's CPU time. */
  stop(): Promise<{ calls: AwsCallLogEntry[]; cpuMs: number }>;
  kill(): void;
}

/** The simulator over a generated world, in a child process (TypeScript through tsx, like this one). */
export async function startSimulatorProcess(options: { accounts: number; regions: string[]; perRegion: number; buckets: number; latencyMs: number; rateLimits: RateLimits }): Promise<SimulatorProcess> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // SIM_EXEC_ARGV adds Node flags to the simulator alone (say `--cpu-prof --cpu-prof-dir=DIR` to profile it).
  const simFlags = process.env.SIM_EXEC_ARGV?.split(' ').filter(Boolean) ?? [];
  const child = fork(fileURLToPath(new URL('./aws-sim-process.ts', import.meta.url)), { execArgv: ['--import', 'tsx', ...simFlags], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T>() => new Promise<T>((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`simulator process exited (${String(code)})`)));
  });
  child.send(options);
  const ready = await next<{ endpoint: string; management: string }>();
  return {
    endpoint: ready.endpoint,
    management: ready.management,
    stop: () => {
      const done = next<{ calls: AwsCallLogEntry[]; cpuMs: number }>();
      child.send({ kind: 'stop' });
      return done;
    },
    kill: () => child.kill(),
  };
}

/**
 * One collection: wall time, this process's CPU time (of which in the kernel: socket writes,
 * loopback delivery), the share of the wall time its event loop was busy (near 100%: the wall
 * time is the collector's CPU, not waiting on latency, limits or its own queue), resources and gaps.
 */
export async function collectOnce(collector: Collector): Promise<{ wallMs: number; cpuMs: number; systemMs: number; busyPct: number; resources: number; gaps: number }> {
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  const started = performance.now();
  let resources = 0;
  let gaps = 0;
  for await (const e of collector.collect({ log: () => undefined })) {
    if (e.kind === 'resource') resources++;
    else if (e.gap.reason !== 'unsupported') gaps++;
  }
  const wallMs = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  const busyPct = Math.round(performance.eventLoopUtilization(loop).utilization * 100);
  return { wallMs, cpuMs: Math.round((used.user + used.system) / 1000), systemMs: Math.round(used.system / 1000), busyPct, resources, gaps };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(JSON.stringify(process.argv.includes('--single-account') ? await measureSingle() : await run(), null, 2));
}
