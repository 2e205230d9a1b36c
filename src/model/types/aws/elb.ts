import { defineResourceType } from '../registry.js';

/** One listener of a Classic Load Balancer (`DescribeLoadBalancers` `ListenerDescriptions[]`). */
export interface ClassicLoadBalancerListener {
  /** Front-end protocol: `HTTP`, `HTTPS`, `TCP` or `SSL`. */
  readonly protocol: string;
  readonly port: number;
  readonly instanceProtocol: string;
  readonly instancePort: number;
  /** Certificate of an HTTPS or SSL listener (`SSLCertificateId`); null for HTTP and TCP. */
  readonly sslCertificateId: string | null;
  /**
   * The predefined security policy of the listener's SSL negotiation policy (`Reference-Security-Policy`
   * from `DescribeLoadBalancerPolicies`, e.g. `ELBSecurityPolicy-TLS-1-2-2017-01`), or the custom
   * policy's name; null for HTTP and TCP.
   */
  readonly sslPolicy: string | null;
}

/** Classic Load Balancer (Elastic Load Balancing 2012-06-01 `DescribeLoadBalancers`, `DescribeLoadBalancerAttributes`). */
export interface ClassicLoadBalancerConfig {
  /** `Scheme`. */
  readonly scheme: 'internet-facing' | 'internal' | undefined;
  readonly vpcId: string | null | undefined;
  readonly subnetIds: readonly string[] | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
  readonly listeners: readonly ClassicLoadBalancerListener[] | undefined;
  /** `AccessLog` attribute; null = access logs off. */
  readonly accessLog: { readonly s3BucketName: string; readonly s3BucketPrefix: string | null } | null | undefined;
}

export const ELB_LOAD_BALANCER = defineResourceType({
  type: 'aws.elb.load-balancer', provider: 'aws', title: 'Classic Load Balancer', native: { awsConfig: 'AWS::ElasticLoadBalancing::LoadBalancer', terraform: ['aws_elb'] },
  network: (c) => ({ networkId: c.vpcId ?? undefined, subnetIds: c.subnetIds, securityGroupIds: c.securityGroupIds, publicAddress: c.scheme === undefined ? undefined : c.scheme === 'internet-facing' }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.elb.load-balancer': ClassicLoadBalancerConfig;
  }
}
