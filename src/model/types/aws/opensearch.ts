import type { PolicyDocument } from './common.js';
import { defineResourceType } from '../registry.js';

/** OpenSearch Service (or legacy Elasticsearch Service) domain (`DescribeDomain` `DomainStatus`). */
export interface OpenSearchDomainConfig {
  /** `OpenSearch_2.13`, `Elasticsearch_7.10`. */
  readonly engineVersion: string | undefined;
  /** `EncryptionAtRestOptions.Enabled`. */
  readonly encryptionAtRest: boolean | undefined;
  /** `EncryptionAtRestOptions.KmsKeyId`; null = the AWS managed key (or no encryption). */
  readonly kmsKeyId: string | null | undefined;
  /** `NodeToNodeEncryptionOptions.Enabled`. */
  readonly nodeToNodeEncryption: boolean | undefined;
  /** `DomainEndpointOptions.EnforceHTTPS`. */
  readonly enforceHttps: boolean | undefined;
  /** `DomainEndpointOptions.TLSSecurityPolicy`, e.g. `Policy-Min-TLS-1-2-2019-07`. */
  readonly tlsSecurityPolicy: string | undefined;
  /** `VPCOptions`; null = a public endpoint. */
  readonly vpc: { readonly vpcId: string | undefined; readonly subnetIds: readonly string[]; readonly securityGroupIds: readonly string[] } | null | undefined;
  /** `AccessPolicies`; null = none. */
  readonly accessPolicy: PolicyDocument | null | undefined;
  /** `LogPublishingOptions` types turned on: `INDEX_SLOW_LOGS`, `SEARCH_SLOW_LOGS`, `ES_APPLICATION_LOGS`, `AUDIT_LOGS`. */
  readonly enabledLogTypes: readonly string[] | undefined;
  /** Fine-grained access control (`AdvancedSecurityOptions.Enabled`). */
  readonly fineGrainedAccessControl: boolean | undefined;
}

export const OPENSEARCH_DOMAIN = defineResourceType({
  type: 'aws.opensearch.domain', provider: 'aws', title: 'OpenSearch domain', native: { awsConfig: 'AWS::OpenSearchService::Domain', terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'] },
  network: (c) => (c.vpc === undefined ? {} : c.vpc === null ? { publicAddress: true } : { networkId: c.vpc.vpcId, subnetIds: c.vpc.subnetIds, securityGroupIds: c.vpc.securityGroupIds, publicAddress: false }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.opensearch.domain': OpenSearchDomainConfig;
  }
}
