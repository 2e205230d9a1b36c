import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { ACMClient } from '@aws-sdk/client-acm';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { BackupClient } from '@aws-sdk/client-backup';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { EFSClient } from '@aws-sdk/client-efs';
import { EKSClient } from '@aws-sdk/client-eks';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { OpenSearchClient } from '@aws-sdk/client-opensearch';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { NODE_APP_ID_CONFIG_OPTIONS } from '@aws-sdk/core/client';
import { NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } from '@aws-sdk/core/httpAuthSchemes';
import { loadConfig, nodeDualstackConfigSelectors, nodeFipsConfigSelectors } from '@smithy/core/config';
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import { PriorityLimit } from './priority-limit.js';
import { ApiRateLimiter, type RateLimits } from './rate-limits.js';

/** Static credentials or a provider (the default chain, fromTemporaryCredentials). */
export type Credentials = NonNullable<EC2ClientConfig['credentials']>;

export interface ClientSettings {
  /** Loopback simulator endpoint (tests, benchmarks, demo); unset in production. */
  readonly endpoint: string | undefined;
  readonly maxAttempts: number;
  readonly requestTimeoutMs: number;
  readonly maxSockets: number;
  /** Rate limits the calls are paced by (per account, region and bucket). */
  readonly rateLimits: RateLimits;
  /** Aborts every in-flight call and every call waiting for a token. */
  readonly signal: AbortSignal | undefined;
}

const CONSTRUCTORS = {
  accessanalyzer: AccessAnalyzerClient, acm: ACMClient, backup: BackupClient, cloudfront: CloudFrontClient, cloudtrail: CloudTrailClient, config: ConfigServiceClient, dynamodb: DynamoDBClient, ec2: EC2Client, ecr: ECRClient, efs: EFSClient,
  elbv2: ElasticLoadBalancingV2Client, guardduty: GuardDutyClient,
  iam: IAMClient, inspector2: Inspector2Client, kms: KMSClient, lambda: LambdaClient, organizations: OrganizationsClient, rds: RDSClient, s3: S3Client, s3control: S3ControlClient, secretsmanager: SecretsManagerClient, ssm: SSMClient, sts: STSClient,
  apigateway: APIGatewayClient, apigatewayv2: ApiGatewayV2Client, eks: EKSClient, elasticache: ElastiCacheClient, opensearch: OpenSearchClient, redshift: RedshiftClient, sagemaker: SageMakerClient, sns: SNSClient, sqs: SQSClient,
  cloudwatch: CloudWatchClient, logs: CloudWatchLogsClient, securityhub: SecurityHubClient,
} as const;

export type ClientName = keyof typeof CONSTRUCTORS;
export type ClientOf<N extends ClientName> = InstanceType<(typeof CONSTRUCTORS)[N]>;

/** A client's service as the call log and the rate-limit table name it, where the two differ. */
const SERVICE_NAMES: Readonly<Partial<Record<ClientName, string>>> = { accessanalyzer: 'access-analyzer', elbv2: 'elasticloadbalancing', efs: 'elasticfilesystem', s3control: 's3-control', opensearch: 'es' };

/** The HTTP handler with the run's abort signal on every request, so calls need no per-call send options. */
class AbortableHttpHandler extends NodeHttpHandler {
  constructor(options: NodeHttpHandlerOptions, private readonly signal: AbortSignal | undefined) {
    super(options);
  }

  override handle(...[request, options = {}]: Parameters<NodeHttpHandler['handle']>): ReturnType<NodeHttpHandler['handle']> {
    return super.handle(request, this.signal && !options.abortSignal ? { ...options, abortSignal: this.signal } : options);
  }
}

/**
 * Clients per (account, region, service), created on first use and sharing one HTTP handler
 * (bounded keep-alive sockets, per-request timeout). Each client:
 * - resolves its middleware stack once per command type (`cacheMiddleware`; calls pass no send
 *   options, the abort signal rides on the handler), instead of once per call;
 * - paces every attempt through the run's rate limiter (the documented limit of its account,
 *   region and operation) and a cap on requests in flight, before the request is signed; requests
 *   waiting for the cap go by the client's priority (that of the first-started unit using it),
 *   paced ones (that waited for their token) first;
 * - retries throttling and transient errors in the SDK's adaptive mode, the safety net for
 *   limits the table does not know.
 */
export class ClientPool {
  private readonly handler: NodeHttpHandler;
  private readonly clients = new Map<string, { client: { destroy(): void }; priority: { value: number } }>();
  private readonly limiter: ApiRateLimiter;
  private readonly inFlight: PriorityLimit;
  /**
   * Settings each client would otherwise look up on its own, on its first call, in the
   * environment and the shared config files (every lookup that falls through builds an error
   * with a stack): the SDK's own loaders, run once for the whole pool.
   */
  private readonly shared = {
    // Off unless set, as the clients themselves default them.
    useFipsEndpoint: loadConfig({ ...nodeFipsConfigSelectors, default: false }),
    useDualstackEndpoint: loadConfig({ ...nodeDualstackConfigSelectors, default: false }),
    userAgentAppId: loadConfig(NODE_APP_ID_CONFIG_OPTIONS),
    authSchemePreference: loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS),
  };

  constructor(private readonly settings: ClientSettings) {
    const agent = { keepAlive: true, maxSockets: settings.maxSockets };
    // throwOnRequestTimeout: without it the handler only logs a warning at the timeout and an
    // endpoint that accepts the connection but never answers holds the run forever.
    this.handler = new AbortableHttpHandler({ requestTimeout: settings.requestTimeoutMs, throwOnRequestTimeout: true, connectionTimeout: Math.min(settings.requestTimeoutMs, 10_000), httpAgent: new HttpAgent(agent), httpsAgent: new HttpsAgent(agent) }, settings.signal);
    this.limiter = new ApiRateLimiter(settings.rateLimits, undefined, settings.signal);
    this.inFlight = new PriorityLimit(settings.maxSockets);
  }

  /** The client of a service in an account and region; `priority` orders its queued requests (lower first; the lowest asked for wins). */
  get<N extends ClientName>(name: N, account: string, region: string, credentials: Credentials, priority = 0): ClientOf<N> {
    const key = `${account}/${region}/${name}`;
    const existing = this.clients.get(key);
    if (existing) {
      existing.priority.value = Math.min(existing.priority.value, priority);
      return existing.client as ClientOf<N>;
    }
    const { endpoint } = this.settings;
    const config: Record<string, unknown> = { ...this.shared, region, credentials, retryMode: 'adaptive', maxAttempts: this.settings.maxAttempts, requestHandler: this.handler, cacheMiddleware: true };
    if (endpoint) {
      config.endpoint = endpoint;
      // Path-style addressing on the loopback endpoint; S3 Control would prefix the account id to the host.
      if (name === 's3') config.forcePathStyle = true;
      if (name === 's3control') config.endpointProvider = () => ({ url: new URL(endpoint) });
    }
    const Ctor = CONSTRUCTORS[name] as unknown as new (c: Record<string, unknown>) => ClientOf<N>;
    const client = new Ctor(config);
    const service = SERVICE_NAMES[name] ?? name;
    const { limiter, inFlight } = this;
    const order = { value: priority };
    (client as unknown as PacedClient).middlewareStack.addRelativeTo(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
        const paced = await limiter.acquire(account, region, service, (context.commandName ?? '').replace(/Command$/, ''));
        // A call that waited for its token goes the moment a slot frees: held back in the queue,
        // paced calls of one bucket would leave together and exceed the rate they were paced to.
        return inFlight.run(paced ? -1 : order.value, () => next(args));
      },
      { name: 'phiscanRateLimit', relation: 'before', toMiddleware: 'httpSigningMiddleware' },
    );
    this.clients.set(key, { client, priority: order });
    return client;
  }

  destroy(): void {
    this.clients.clear();
    this.handler.destroy();
  }
}

/** The part of a client's middleware stack the pacing uses (the SDK's own types are per client). */
interface PacedClient {
  readonly middlewareStack: {
    addRelativeTo(
      mw: (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => Promise<unknown>,
      options: { name: string; relation: 'before' | 'after'; toMiddleware: string },
    ): void;
  };
}
