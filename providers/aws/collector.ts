import { paginateSelectAggregateResourceConfig, paginateSelectResourceConfig } from '@aws-sdk/client-config-service';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { paginateListAccounts } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { setMaxListeners } from 'node:events';
import pLimit from 'p-limit';
import { selectShard } from '../../src/engine/shard.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import type { Resource, ResourceType } from '../../src/model/resource.js';
import { AWS_RESOURCE_TYPES } from '../../src/model/types/aws/index.js';
import type { CollectContext, CollectEvent, Collector } from '../types.js';
import { ClientPool, type Credentials } from './clients.js';
import { classify } from './errors.js';
import { AWS_RATE_LIMITS, type RateLimits } from './rate-limits.js';
import { collectAccessAnalyzer, collectAcm, collectSecretsManager, collectSsmDocuments } from './units/access-secrets.js';
import { collectAccountTrails, collectCloudTrail, collectConfigRecorder, collectElbv2, collectGuardDuty, collectIam, collectInspector2, readRecorder, recordsType, type RecorderState } from './units/account.js';
import { collectBackup, collectKms, collectRds, collectS3, KMS_CONFIG_TYPE } from './units/data-stores.js';
import { collectLogs, collectSecurityHub } from './units/logging.js';
import { collectEc2, EC2_CONFIG_TYPES } from './units/ec2.js';
import { collectCloudFront, collectDynamoDb, collectEfs } from './units/storage-edge.js';
import { collectApiGateway, collectEks, collectLambda, collectSageMaker } from './units/compute-apis.js';
import { collectElastiCache, collectOpenSearch, collectRedshift } from './units/data-services.js';
import { collectSns, collectSqs } from './units/messaging.js';
import { drain, makeUnitContext, type ConfigItems, type Unit, type UnitContext } from './unit.js';
import { NoIdentityError } from '../no-identity.js';
import { groupBy } from '../../src/lib/arrays.js';

/** What to scan. Credentials come from the SDK's default chain (env, profile, SSO, instance/container role). */
export interface AwsScope {
  readonly profile?: string;
  /** Regions to scan; the first is the home region for global services. Default: the profile's region, else us-east-1. */
  readonly regions?: readonly string[];
  /** Scan every region enabled in each account (EC2 DescribeRegions). */
  readonly allRegions?: boolean;
  /** List member accounts through AWS Organizations and assume `assumeRole` in each. */
  readonly org?: boolean;
  readonly assumeRole?: string;
  readonly externalId?: string;
  /** Read EC2 inventory through this AWS Config aggregator (in the caller's account, home region). */
  readonly configAggregator?: string;
}

export interface AwsCollectorOptions {
  /** Loopback simulator endpoint, for tests, benchmarks and the demo. */
  readonly endpoint?: string;
  /** Overrides the default credential chain (tests). */
  readonly credentials?: Credentials;
  /** Work units (a service in an account and region) in flight at once, interleaved across accounts. A bound on memory: the rate limits pace the calls. */
  readonly concurrency?: number;
  /** Per-item work (a key, a bucket...) in flight within one unit; a bound on memory, as above. */
  readonly perUnitConcurrency?: number;
  /** API rate limits to pace calls by; default the documented ones (`AWS_RATE_LIMITS`). */
  readonly rateLimits?: RateLimits;
  readonly requestTimeoutMs?: number;
  /** Attempts per call, the first included (adaptive retry mode). */
  readonly maxAttempts?: number;
  readonly maxSockets?: number;
  /** The run clock (backup vault lock grace). */
  readonly now?: Date;
}

/** Regional services, one unit each per account and region; `global` units run once per account. */
export const REGIONAL_SERVICES = [
  'access-analyzer', 'acm', 'backup', 'cloudtrail', 'config', 'dynamodb', 'ec2', 'elasticfilesystem', 'elasticloadbalancing', 'guardduty', 'inspector2', 'kms', 'rds', 'secretsmanager', 'ssm',
  'apigateway', 'eks', 'elasticache', 'es', 'lambda', 'redshift', 'sagemaker', 'sns', 'sqs', 'logs', 'securityhub',
] as const;
export const GLOBAL_SERVICES = ['cloudfront', 'cloudtrail', 'iam', 's3'] as const;

const ALL_TYPES: readonly ResourceType[] = AWS_RESOURCE_TYPES.map((d) => d.type);

/** Every work unit of a set of accounts and their regions, keyed `aws/<account>/<region>/<service>`. */
export function awsUnits(accounts: readonly { id: string; regions: readonly string[] }[]): Unit[] {
  const out: Unit[] = [];
  const unit = (account: string, region: string, service: string): Unit => ({ key: `aws/${account}/${region}/${service}`, account, region, service });
  for (const a of accounts) {
    for (const s of GLOBAL_SERVICES) out.push(unit(a.id, 'global', s));
    for (const r of a.regions) for (const s of REGIONAL_SERVICES) out.push(unit(a.id, r, s));
  }
  return out;
}

interface Account {
  readonly id: string;
  readonly credentials: Credentials;
  readonly regions: readonly string[];
}

const SELECT_FIELDS = 'resourceId, resourceType, resourceName, arn, awsRegion, accountId, configuration, supplementaryConfiguration, tags';

/** The SDK's default credential chain, in its order (for the "no identity" message). */
const AWS_CHAIN = 'the AWS SDK default credential chain: environment variables, SSO and shared config/credentials files, web identity token, process credentials, ECS container and EC2 instance metadata';

/** Error codes of a connection that failed or was never answered. */
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)$/;

export function createAwsCollector(scope: AwsScope, options: AwsCollectorOptions = {}): Collector {
  if (scope.org && !scope.assumeRole) throw new Error('--org needs --assume-role NAME (a read-only role in every member account)');
  const identities: string[] = [];
  // One credential provider per collector: authenticate() and collect() share what it resolved.
  const base: Credentials = options.credentials ?? fromNodeProviderChain(scope.profile ? { profile: scope.profile } : {});
  const newPool = (signal: AbortSignal | undefined, maxAttempts = options.maxAttempts ?? 10) =>
    new ClientPool({ endpoint: options.endpoint, maxAttempts, requestTimeoutMs: options.requestTimeoutMs ?? 30_000, maxSockets: options.maxSockets ?? 128, rateLimits: options.rateLimits ?? AWS_RATE_LIMITS, signal });
  let caller: Promise<CallerIdentity> | undefined;
  return {
    name: 'aws',
    async authenticate(signal?: AbortSignal): Promise<void> {
      // A few attempts: an unreachable STS should stop the run in seconds, not after the full retry budget.
      const pool = newPool(signal, Math.min(options.maxAttempts ?? 3, 3));
      try {
        caller = callerIdentity(pool, homeRegion(scope), base);
        await caller;
      } catch (err) {
        caller = undefined;
        if (signal?.aborted) throw err;
        const e = classify(err);
        // STS never answering is a network problem, not a credentials one: say which to fix.
        const unreachable = e.reason === 'timeout' || UNREACHABLE.test(e.code);
        throw new NoIdentityError('aws', `${AWS_CHAIN}${scope.profile ? ` (profile ${scope.profile})` : ''}`, `STS GetCallerIdentity failed: ${e.code}: ${e.message}`,
          unreachable
            ? `fix: STS did not answer: check that this machine reaches ${options.endpoint ? options.endpoint : 'it (network, proxy settings, an STS VPC endpoint)'}, then check credentials with \`aws sts get-caller-identity\``
            : 'fix: configure credentials (`aws configure`, `aws sso login`, AWS_PROFILE or an instance/container role), then check them with `aws sts get-caller-identity`');
      } finally {
        pool.destroy();
      }
    },
    async *collect(ctx: CollectContext): AsyncIterable<CollectEvent> {
      // Every in-flight call listens on the run's signal; hundreds in parallel are expected, not a leak.
      if (ctx.signal) setMaxListeners(0, ctx.signal);
      const pool = newPool(ctx.signal);
      const resources: Resource[] = [];
      const gaps: CoverageGap[] = [];
      try {
        await collectAll(scope, options, ctx, pool, resources, gaps, identities, base, caller);
      } finally {
        pool.destroy();
      }
      const byId = new Map(resources.map((r) => [r.id, r]));
      for (const id of [...byId.keys()].sort()) yield { kind: 'resource', resource: byId.get(id) as Resource };
      const key = (g: CoverageGap) => `${g.account ?? ''}|${g.region ?? ''}|${g.service}|${g.operation}|${g.errorCode ?? ''}|${g.message}`;
      for (const gap of gaps.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) yield { kind: 'gap', gap };
    },
    identities: () => [...identities].sort(),
  };
}

interface CallerIdentity {
  readonly account: string;
  readonly arn: string | undefined;
}

const homeRegion = (scope: AwsScope): string => scope.regions?.[0] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';

/** The pool's signal aborts the call. */
async function callerIdentity(pool: ClientPool, home: string, credentials: Credentials): Promise<CallerIdentity> {
  const id = await pool.get('sts', 'caller', home, credentials).send(new GetCallerIdentityCommand({}));
  return { account: id.Account ?? '', arn: id.Arn };
}

async function collectAll(
  scope: AwsScope, options: AwsCollectorOptions, ctx: CollectContext, pool: ClientPool, resources: Resource[], gaps: CoverageGap[], identities: string[], base: Credentials,
  authenticated: Promise<CallerIdentity> | undefined,
): Promise<void> {
  const home = homeRegion(scope);
  // Discovery gaps belong to no unit: only the first shard reports them, so merged shards count them once.
  const discovery = !ctx.shard || ctx.shard.index === 1;
  const gap = (service: string, operation: string, account: string | undefined, err: unknown, types: readonly ResourceType[] = ALL_TYPES): void => {
    const e = classify(err);
    ctx.log(`aws: ${service}:${operation}${account ? ` ${account}` : ''} failed: ${e.code}`);
    if (discovery) gaps.push({ provider: 'aws', service, operation, account, region: undefined, resourceTypes: [...types], reason: e.reason, errorCode: e.code, message: e.message });
  };

  let me: string;
  try {
    // The identity authenticate() resolved, else (library use without it) resolve it now.
    const id = await (authenticated ?? callerIdentity(pool, home, base));
    me = id.account;
    if (id.arn && !identities.includes(id.arn)) identities.push(id.arn);
  } catch (err) {
    gap('sts', 'GetCallerIdentity', undefined, err);
    return;
  }

  const candidates: { id: string; credentials: Credentials }[] = [{ id: me, credentials: base }];
  if (scope.org) {
    try {
      const org = pool.get('organizations', me, home, base);
      const list = await drain(paginateListAccounts({ client: org, pageSize: 20 }, {}), (p) => p.Accounts ?? [], ctx.signal);
      for (const a of list) {
        if (!a.Id || a.Id === me || (a.State ?? a.Status) !== 'ACTIVE') continue;
        const credentials = shareCredentials(fromTemporaryCredentials({
          params: { RoleArn: `arn:aws:iam::${a.Id}:role/${scope.assumeRole ?? ''}`, RoleSessionName: 'phiscan', ...(scope.externalId ? { ExternalId: scope.externalId } : {}) },
          masterCredentials: base,
          clientConfig: { region: home, retryMode: 'adaptive', maxAttempts: options.maxAttempts ?? 10, ...(options.endpoint ? { endpoint: options.endpoint } : {}) },
        }));
        candidates.push({ id: a.Id, credentials });
      }
    } catch (err) {
      gap('organizations', 'ListAccounts', me, err);
    }
  }

  // Verify each member account's role once: a failure is one gap for the whole account, not hundreds.
  const accounts: Account[] = [];
  await Promise.all(candidates.map(async (c) => {
    if (c.id !== me) {
      try {
        await pool.get('sts', c.id, home, c.credentials).send(new GetCallerIdentityCommand({}));
      } catch (err) {
        gap('sts', 'AssumeRole', c.id, err);
        return;
      }
    }
    let regions = scope.regions?.length ? [...scope.regions] : [home];
    if (scope.allRegions) {
      try {
        const r = await pool.get('ec2', c.id, home, c.credentials).send(new DescribeRegionsCommand({}));
        regions = (r.Regions ?? []).map((x) => x.RegionName ?? '').filter(Boolean).sort();
      } catch (err) {
        gap('ec2', 'DescribeRegions', c.id, err);
      }
    }
    accounts.push({ ...c, regions: [...new Set(regions)] });
  }));

  const byAccount = new Map(accounts.map((a) => [a.id, a]));
  // A shard owns whole accounts: checks join resources across services and regions of an account
  // (bucket and KMS key, resources and backup plans, recorders of every region), so splitting an
  // account would turn those joins into not-assessed findings that the unsharded scan does not have.
  const owned = selectShard(accounts, (a) => `aws/${a.id}`, ctx.shard);
  const units = awsUnits(owned.map((a) => ({ id: a.id, regions: a.regions })));
  ctx.log(`aws: ${accounts.length} account(s), ${units.length} work unit(s)${ctx.shard ? ` in shard ${ctx.shard.index}/${ctx.shard.count}` : ''}`);

  const recorders = new Map<string, Promise<RecorderState | undefined>>();
  const recorderOf = (u: UnitContext): Promise<RecorderState | undefined> => {
    const key = `${u.unit.account}/${u.region}`;
    let p = recorders.get(key);
    if (!p) recorders.set(key, (p = readRecorder(u)));
    return p;
  };
  let aggregate: Promise<Map<string, ConfigItem[]> | undefined> | undefined;
  const aggregated = (): Promise<Map<string, ConfigItem[]> | undefined> => {
    aggregate ??= (async () => {
      const cfg = pool.get('config', me, home, base);
      try {
        const rows = await drain(paginateSelectAggregateResourceConfig({ client: cfg, pageSize: 100 }, { ConfigurationAggregatorName: scope.configAggregator, Expression: selectExpression(CONFIG_TYPES) }), (p) => p.Results ?? [], ctx.signal);
        return groupBy(rows.map((r) => JSON.parse(r) as ConfigItem), (i) => `${String(i.accountId)}/${String(i.awsRegion)}`);
      } catch (err) {
        ctx.log(`aws: config:SelectAggregateResourceConfig ${scope.configAggregator ?? ''} failed (${classify(err).code}); reading each region instead`);
        return undefined;
      }
    })();
    return aggregate;
  };
  // One query per account and region for every type its recorder records (EC2 inventory, KMS keys), shared by the units.
  const regionItems = new Map<string, Promise<Map<string, ConfigItem[]> | undefined>>();
  const selectRegion = async (u: UnitContext, types: readonly string[]): Promise<Map<string, ConfigItem[]> | undefined> => {
    if (scope.configAggregator) {
      const agg = await aggregated();
      if (agg) return groupBy((agg.get(`${u.unit.account}/${u.region}`) ?? []).filter((i) => types.includes(String(i.resourceType))), (i) => String(i.resourceType));
    }
    try {
      const rows = await drain(paginateSelectResourceConfig({ client: u.client('config'), pageSize: 100 }, { Expression: selectExpression(types) }), (p) => p.Results ?? [], u.signal);
      return groupBy(rows.map((r) => JSON.parse(r) as ConfigItem), (i) => String(i.resourceType));
    } catch (err) {
      // The services' own APIs take over, so nothing is hidden: log, no gap.
      ctx.log(`aws: config:SelectResourceConfig ${u.unit.account}/${u.region} failed (${classify(err).code}); using the services' APIs`);
      return undefined;
    }
  };
  const configItemsFor = async (u: UnitContext, type: string): Promise<ConfigItems | undefined> => {
    const rec = await recorderOf(u);
    // Only a running recorder that records the type can stand in for the service's own APIs.
    if (!recordsType(rec, type)) return undefined;
    const key = `${u.unit.account}/${u.region}`;
    let items = regionItems.get(key);
    if (!items) regionItems.set(key, (items = selectRegion(u, CONFIG_TYPES.filter((t) => recordsType(rec, t)))));
    const byType = await items;
    return byType ? (byType.get(type) ?? []) : undefined;
  };

  // Every unit of every account at once (up to `concurrency`), interleaved across accounts: each
  // account, region and service has its own rate-limit buckets, so spreading the work over them
  // is what keeps every bucket busy; the pool's rate limiter paces the calls themselves. Units
  // start in chain order, and each unit's place is its requests' priority in the pool's queue.
  const unitLimit = pLimit(options.concurrency ?? 512);
  const now = options.now ?? new Date();
  await Promise.all(interleave(chainOrder(units), (u) => u.account).map((unit, priority) => unitLimit(async () => {
    if (ctx.signal?.aborted) return;
    const acct = byAccount.get(unit.account);
    if (!acct) return;
    const region = unit.region === 'global' ? (acct.regions[0] ?? home) : unit.region;
    const u: UnitContext = makeUnitContext({
      unit, priority, region, regions: acct.regions, now, signal: ctx.signal, each: pLimit(options.perUnitConcurrency ?? 64), pool, credentials: acct.credentials, resources, gaps,
      configItems: (type) => configItemsFor(u, type), log: ctx.log,
    });
    await runUnit(u, () => recorderOf(u));
  })));
}

type ConfigItem = Record<string, unknown>;

/** Resource types read from AWS Config where the region's recorder records them. */
const CONFIG_TYPES: readonly string[] = [...EC2_CONFIG_TYPES, KMS_CONFIG_TYPE];

function selectExpression(types: readonly string[]): string {
  return `SELECT ${SELECT_FIELDS} WHERE resourceType IN (${types.map((t) => `'${t}'`).join(', ')})`;
}

/**
 * Services whose calls wait on earlier calls, longest chain first: Config (recorder, then the
 * query's pages, which KMS and EC2 wait for), KMS (keys, then each key's rotation and tags),
 * Backup (plans, selections), IAM (credential report), S3 (buckets, then each bucket's
 * settings), ... Their units start first and their requests go first, so the chains run while
 * the single-call services fill the pipeline, instead of every chain's next call waiting behind
 * every unit's first.
 */
const CHAIN_FIRST: readonly string[] = ['config', 'kms', 'backup', 'iam', 's3', 'ec2', 'elasticloadbalancing', 'ssm', 'rds', 'guardduty', 'cloudtrail', 'logs'];

/** Units of chained services first (in CHAIN_FIRST's order), the rest after, each kept in its own order. */
function chainOrder(units: readonly Unit[]): Unit[] {
  const rank = (u: Unit) => {
    const i = CHAIN_FIRST.indexOf(u.service);
    return i < 0 ? CHAIN_FIRST.length : i;
  };
  return [...units].sort((a, b) => rank(a) - rank(b));
}

/** The first item of each group, then the second of each, ...: groups keep their own order. */
function interleave<T>(items: readonly T[], group: (t: T) => string): T[] {
  const groups = [...groupBy(items, group).values()];
  const out: T[] = [];
  for (let i = 0; out.length < items.length; i++) for (const g of groups) if (i < g.length) out.push(g[i] as T);
  return out;
}

type Identity = Awaited<ReturnType<Extract<Credentials, (...args: never[]) => unknown>>>;

/**
 * One AssumeRole per account, shared by every client of that account, refreshed five minutes
 * before expiry (each client would otherwise assume the role on its own and trip STS limits).
 * A failed refresh is retried on the next call, so credentials that fail mid-scan become gaps of
 * the calls that needed them.
 */
function shareCredentials(provider: () => Promise<Identity>): () => Promise<Identity> {
  let current: Promise<Identity> | undefined;
  return async () => {
    if (current) {
      const c = await current.catch(() => undefined);
      if (c && (!c.expiration || c.expiration.getTime() - Date.now() > 5 * 60_000)) return c;
    }
    current = provider();
    return current;
  };
}

async function runUnit(u: UnitContext, recorder: () => Promise<RecorderState | undefined>): Promise<void> {
  const { region, service } = u.unit;
  if (region === 'global') {
    switch (service) {
      case 'iam': return collectIam(u);
      case 's3': return collectS3(u);
      case 'cloudtrail': return collectAccountTrails(u);
      case 'cloudfront': return collectCloudFront(u);
    }
    return;
  }
  switch (service) {
    case 'ec2': return collectEc2(u);
    case 'kms': return collectKms(u);
    case 'rds': return collectRds(u);
    case 'elasticloadbalancing': return collectElbv2(u);
    case 'cloudtrail': return collectCloudTrail(u);
    case 'backup': return collectBackup(u);
    case 'dynamodb': return collectDynamoDb(u);
    case 'elasticfilesystem': return collectEfs(u);
    case 'guardduty': return collectGuardDuty(u);
    case 'inspector2': return collectInspector2(u);
    case 'config': return collectConfigRecorder(u, recorder());
    case 'access-analyzer': return collectAccessAnalyzer(u);
    case 'acm': return collectAcm(u);
    case 'secretsmanager': return collectSecretsManager(u);
    case 'ssm': return collectSsmDocuments(u);
    case 'apigateway': return collectApiGateway(u);
    case 'eks': return collectEks(u);
    case 'elasticache': return collectElastiCache(u);
    case 'es': return collectOpenSearch(u);
    case 'lambda': return collectLambda(u);
    case 'redshift': return collectRedshift(u);
    case 'sagemaker': return collectSageMaker(u);
    case 'sns': return collectSns(u);
    case 'sqs': return collectSqs(u);
    case 'logs': return collectLogs(u);
    case 'securityhub': return collectSecurityHub(u);
  }
}
