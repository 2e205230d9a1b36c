import { createAwsCollector } from '../providers/aws/index.js';
import { Worker } from 'node:worker_threads';
import { DEFAULT_REGIONS } from '../src/simulator/aws/generate.js';
import type { AwsCallLogEntry, RateLimit } from '../src/simulator/aws/server.js';
import { accessKeyFor } from '../src/simulator/aws/world.js';

const ACCOUNTS = 2;
const PER_REGION = 500;
const BUCKETS = 40;
const LATENCY_MS = 50;

/** Token buckets per (account, region, operation), shaped like AWS's: generous for EC2 describes, tight for Config select, KMS and S3 per-bucket reads. */
const RATE_LIMITS: Readonly<Record<string, RateLimit>> = {
  '*': { capacity: 50, refillPerSecond: 20 },
  'config:SelectResourceConfig': { capacity: 2, refillPerSecond: 2 },
  'kms:*': { capacity: 10, refillPerSecond: 10 },
  's3:*': { capacity: 10, refillPerSecond: 20 },
  'iam:*': { capacity: 5, refillPerSecond: 5 },
};

/** Calls that must complete, one after another, before an operation can be issued (this collector's dependency chain). */
const DEPTH: Readonly<Record<string, number>> = {
  'kms:DescribeKey': 1, 'kms:GetKeyRotationStatus': 2, 'kms:GetKeyPolicy': 2, 'kms:ListResourceTags': 2,
  'config:SelectResourceConfig': 2, 'rds:DescribeDBParameters': 1, 'rds:DescribeDBSnapshotAttributes': 1, 'elasticloadbalancing:DescribeListeners': 1,
  'cloudtrail:GetTrailStatus': 1, 'cloudtrail:GetEventSelectors': 1, 'backup:GetBackupVaultAccessPolicy': 1, 'backup:GetBackupPlan': 1, 'backup:ListBackupSelections': 1,
  'backup:GetBackupSelection': 2, 'guardduty:GetDetector': 1, 'iam:GetCredentialReport': 1,
};
/** GetCallerIdentity, ListAccounts, then AssumeRole and GetCallerIdentity per member: before any unit starts. */
const DISCOVERY_CALLS = 4;
const THROTTLES = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'SlowDown', 'TooManyRequestsException']);

function limitFor(service: string, op: string): RateLimit | undefined {
  return RATE_LIMITS[`${service}:${op}`] ?? RATE_LIMITS[`${service}:*`] ?? RATE_LIMITS['*'];
}

/**
 * The fastest any collector issuing these same calls could finish: discovery latency, then for
 * each token bucket the calls it had to admit beyond its burst at its refill rate, after the
 * calls the operation depends on, plus the last call's latency; and each paginated listing's
 * pages one after another. The answer is the slowest of these.
 */
export function lowerBoundMs(calls: readonly AwsCallLogEntry[], latencyMs: number): { ms: number; bottleneck: string } {
  const served = new Map<string, { n: number; pages: number; service: string; op: string }>();
  for (const c of calls) {
    if (THROTTLES.has(c.code ?? '') || c.account === 'unknown' || c.service === 'sts' || c.service === 'organizations') continue;
    const key = `${c.account}/${c.region}/${c.service}:${c.operation}`;
    const b = served.get(key) ?? { n: 0, pages: 0, service: c.service, op: c.operation };
    b.n++;
    if (c.paged) b.pages++;
    served.set(key, b);
  }
  let best = { ms: 0, bottleneck: '' };
  for (const [key, b] of served) {
    const limit = limitFor(b.service, b.op);
    const depth = (DEPTH[`${b.service}:${b.op}`] ?? 0) * latencyMs;
    const rate = limit ? (Math.max(0, b.n - limit.capacity) / limit.refillPerSecond) * 1000 : 0;
    const chain = (b.pages + 1) * latencyMs;
    const ms = depth + Math.max(rate + latencyMs, chain);
    if (ms > best.ms) best = { ms, bottleneck: key };
  }
  return { ms: Math.round(DISCOVERY_CALLS * latencyMs + best.ms), bottleneck: best.bottleneck };
}

/**
 * AWS collection over the loopback simulator: an organization of 2 accounts x 17 regions x ~500
 * resources (+40 buckets per account), 50 ms latency per call and per-operation token buckets
 * answering with each service's real throttling error. Reports wall time, the lower bound the
 * limits and latency impose on the same call set, and their ratio (budget 1.3).
 */
export async function run(): Promise<Record<string, number | string>> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // The worker runs TypeScript through tsx like the main thread (registered in the worker: --import does not reach workers on Node 20).
  const boot = `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(new URL('./aws-sim-worker.ts', import.meta.url).href)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { accounts: ACCOUNTS, regions: [...DEFAULT_REGIONS], perRegion: PER_REGION, buckets: BUCKETS, latencyMs: LATENCY_MS, rateLimits: RATE_LIMITS } });
  const next = () => new Promise<WorkerMessage>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  try {
    const ready = await next();
    if (ready.kind !== 'ready') throw new Error('simulator worker did not start');
    const collector = createAwsCollector({ regions: [...DEFAULT_REGIONS], org: true, assumeRole: 'PhiscanReadOnly' }, { endpoint: ready.endpoint, credentials: { accessKeyId: accessKeyFor(ready.management), secretAccessKey: 'bench' } });
    const cpu = process.cpuUsage();
    const elu = performance.eventLoopUtilization();
    const started = performance.now();
    let resources = 0;
    let gaps = 0;
    for await (const e of collector.collect({ log: () => undefined })) {
      if (e.kind === 'resource') resources++;
      else if (e.gap.reason !== 'unsupported') gaps++;
    }
    const wall = Math.round(performance.now() - started);
    const used = process.cpuUsage(cpu);
    worker.postMessage({ kind: 'stop' });
    const done = await next();
    const calls = done.kind === 'calls' ? done.calls : [];
    const bound = lowerBoundMs(calls, LATENCY_MS);
    return {
      world: `${ACCOUNTS} accounts x ${DEFAULT_REGIONS.length} regions x ~${PER_REGION} resources + ${BUCKETS} buckets/account, ${LATENCY_MS} ms latency, per-operation token buckets`,
      wall_ms: wall,
      lower_bound_ms: bound.ms,
      bottleneck: bound.bottleneck,
      ratio: Math.round((wall / bound.ms) * 100) / 100,
      // Both threads: the collector (main) and the simulator (worker).
      process_cpu_ms: Math.round((used.user + used.system) / 1000),
      collector_event_loop_utilization: Math.round(performance.eventLoopUtilization(elu).utilization * 100) / 100,
      simulator_event_loop_utilization: done.kind === 'calls' ? Math.round(done.elu * 100) / 100 : 0,
      calls: calls.length,
      throttled_calls: calls.filter((c) => THROTTLES.has(c.code ?? '')).length,
      resources,
      gaps,
    };
  } finally {
    await worker.terminate();
  }
}

type WorkerMessage = { kind: 'ready'; endpoint: string; management: string } | { kind: 'calls'; calls: AwsCallLogEntry[]; elu: number };

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
