import { defineResourceType } from '../registry.js';

/** EKS cluster (`DescribeCluster` `cluster`). */
export interface EksClusterConfig {
  /** Kubernetes version (`version`). */
  readonly version: string | undefined;
  /** `resourcesVpcConfig.vpcId`. */
  readonly vpcId: string | null | undefined;
  readonly subnetIds: readonly string[] | undefined;
  /** Additional control plane security groups (`resourcesVpcConfig.securityGroupIds`). */
  readonly securityGroupIds: readonly string[] | undefined;
  /** `resourcesVpcConfig.endpointPublicAccess` (API default true). */
  readonly endpointPublicAccess: boolean | undefined;
  /** `resourcesVpcConfig.endpointPrivateAccess` (API default false). */
  readonly endpointPrivateAccess: boolean | undefined;
  /** CIDRs allowed to reach the public endpoint (`resourcesVpcConfig.publicAccessCidrs`; API default `0.0.0.0/0`). */
  readonly publicAccessCidrs: readonly string[] | undefined;
  /** KMS key for envelope encryption of Kubernetes secrets (`encryptionConfig[]` with `secrets`: `provider.keyArn`); null = not configured. */
  readonly secretsEncryptionKeyArn: string | null | undefined;
  /** Control plane log types turned on (`logging.clusterLogging[enabled=true].types`): api, audit, authenticator, controllerManager, scheduler. */
  readonly enabledLogTypes: readonly string[] | undefined;
}

export const EKS_CLUSTER = defineResourceType({
  type: 'aws.eks.cluster', provider: 'aws', title: 'EKS cluster', native: { awsConfig: 'AWS::EKS::Cluster', terraform: ['aws_eks_cluster'] },
  network: (c) => ({ networkId: c.vpcId ?? undefined, subnetIds: c.subnetIds, securityGroupIds: c.securityGroupIds, publicAddress: c.endpointPublicAccess }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.eks.cluster': EksClusterConfig;
  }
}
