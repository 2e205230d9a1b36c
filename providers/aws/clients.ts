import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { BackupClient } from '@aws-sdk/client-backup';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { EFSClient } from '@aws-sdk/client-efs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** Static credentials or a provider (the default chain, fromTemporaryCredentials). */
export type Credentials = NonNullable<EC2ClientConfig['credentials']>;

export interface ClientSettings {
  /** Loopback simulator endpoint (tests, benchmarks, demo); unset in production. */
  readonly endpoint: string | undefined;
  readonly maxAttempts: number;
  readonly requestTimeoutMs: number;
  readonly maxSockets: number;
}

const CONSTRUCTORS = {
  backup: BackupClient, cloudfront: CloudFrontClient, cloudtrail: CloudTrailClient, config: ConfigServiceClient, dynamodb: DynamoDBClient, ec2: EC2Client, ecr: ECRClient, efs: EFSClient,
  elbv2: ElasticLoadBalancingV2Client, guardduty: GuardDutyClient,
  iam: IAMClient, inspector2: Inspector2Client, kms: KMSClient, lambda: LambdaClient, organizations: OrganizationsClient, rds: RDSClient, s3: S3Client, s3control: S3ControlClient, ssm: SSMClient, sts: STSClient,
} as const;

export type ClientName = keyof typeof CONSTRUCTORS;
export type ClientOf<N extends ClientName> = InstanceType<(typeof CONSTRUCTORS)[N]>;

/**
 * Clients per (credentials, region, service), created on first use and sharing one HTTP handler
 * (bounded keep-alive sockets, per-request timeout). Adaptive retry mode: the SDK retries
 * throttling and transient errors with backoff and a client-side rate limiter per client.
 */
export class ClientPool {
  private readonly handler: NodeHttpHandler;
  private readonly clients = new Map<string, { destroy(): void }>();

  constructor(private readonly settings: ClientSettings) {
    const agent = { keepAlive: true, maxSockets: settings.maxSockets };
    this.handler = new NodeHttpHandler({ requestTimeout: settings.requestTimeoutMs, connectionTimeout: Math.min(settings.requestTimeoutMs, 10_000), httpAgent: new HttpAgent(agent), httpsAgent: new HttpsAgent(agent) });
  }

  get<N extends ClientName>(name: N, account: string, region: string, credentials: Credentials): ClientOf<N> {
    const key = `${account}/${region}/${name}`;
    const existing = this.clients.get(key);
    if (existing) return existing as ClientOf<N>;
    const { endpoint } = this.settings;
    const config: Record<string, unknown> = { region, credentials, retryMode: 'adaptive', maxAttempts: this.settings.maxAttempts, requestHandler: this.handler };
    if (endpoint) {
      config.endpoint = endpoint;
      // Path-style addressing on the loopback endpoint; S3 Control would prefix the account id to the host.
      if (name === 's3') config.forcePathStyle = true;
      if (name === 's3control') config.endpointProvider = () => ({ url: new URL(endpoint) });
    }
    const Ctor = CONSTRUCTORS[name] as unknown as new (c: Record<string, unknown>) => ClientOf<N>;
    const client = new Ctor(config);
    this.clients.set(key, client);
    return client;
  }

  destroy(): void {
    this.clients.clear();
    this.handler.destroy();
  }
}
