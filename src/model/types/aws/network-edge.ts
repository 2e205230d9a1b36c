import { defineResourceType } from '../registry.js';

export interface LoadBalancerListenerConfig {
  readonly loadBalancerArn: string | undefined;
  readonly loadBalancerScheme: 'internet-facing' | 'internal' | undefined;
  /** `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`. */
  readonly protocol: string | undefined;
  readonly port: number | undefined;
  readonly sslPolicy: string | null | undefined;
  /** The default action redirects to HTTPS. */
  readonly redirectsToHttps: boolean | undefined;
}

export interface CloudFrontDistributionConfig {
  /** Per cache behavior: `allow-all`, `redirect-to-https`, `https-only`. */
  readonly viewerProtocolPolicies: readonly string[] | undefined;
  readonly minimumProtocolVersion: string | null | undefined;
  /** Protocol towards custom origins: `http-only`, `match-viewer`, `https-only`. */
  readonly originProtocolPolicies: readonly string[] | undefined;
  /** Standard (legacy) access logging to S3 (`Logging`); null = off. */
  readonly logging: { readonly bucket: string; readonly prefix: string } | null | undefined;
  /** Standard logging v2: a CloudWatch Logs delivery from an ACCESS_LOGS delivery source of the distribution; undefined = not read. */
  readonly loggingV2: boolean | undefined;
}

/** An Application, Network or Gateway Load Balancer (`DescribeLoadBalancers`, `DescribeLoadBalancerAttributes`). */
export interface LoadBalancerConfig {
  readonly type: 'application' | 'network' | 'gateway' | undefined;
  readonly scheme: 'internet-facing' | 'internal' | undefined;
  /** `access_logs.s3.*` attributes; null = access logs off. */
  readonly accessLogs: { readonly bucket: string; readonly prefix: string } | null | undefined;
}

export const LB_LISTENER = defineResourceType({
  type: 'aws.elbv2.listener', provider: 'aws', title: 'Load balancer listener', native: { terraform: ['aws_lb_listener', 'aws_alb_listener'] },
  network: (c) => ({ publicAddress: c.loadBalancerScheme === undefined ? undefined : c.loadBalancerScheme === 'internet-facing' }),
});
export const LOAD_BALANCER = defineResourceType({
  type: 'aws.elbv2.load-balancer', provider: 'aws', title: 'Application/Network Load Balancer', native: { awsConfig: 'AWS::ElasticLoadBalancingV2::LoadBalancer', terraform: ['aws_lb', 'aws_alb'] },
  network: (c) => ({ publicAddress: c.scheme === undefined ? undefined : c.scheme === 'internet-facing' }),
});
export const CLOUDFRONT_DISTRIBUTION = defineResourceType({
  type: 'aws.cloudfront.distribution', provider: 'aws', title: 'CloudFront distribution', native: { awsConfig: 'AWS::CloudFront::Distribution', terraform: ['aws_cloudfront_distribution'] },
  // A distribution serves its *.cloudfront.net domain (and aliases) to the internet by design.
  network: () => ({ publicAddress: true }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.elbv2.listener': LoadBalancerListenerConfig;
    'aws.elbv2.load-balancer': LoadBalancerConfig;
    'aws.cloudfront.distribution': CloudFrontDistributionConfig;
  }
}
