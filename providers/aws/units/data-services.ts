import { DescribeDomainsCommand, ListDomainNamesCommand, ListTagsCommand as ListOpenSearchTagsCommand } from '@aws-sdk/client-opensearch';
import { DescribeLoggingStatusCommand, paginateDescribeClusterParameters, paginateDescribeClusters } from '@aws-sdk/client-redshift';
import { ListTagsForResourceCommand as ListElastiCacheTagsCommand, paginateDescribeReplicationGroups } from '@aws-sdk/client-elasticache';
import { elastiCacheReplicationGroupConfig, openSearchDomainConfig, redshiftAuditLogging, redshiftClusterConfig, redshiftRequireSsl } from '../data-service-mappers.js';
import { str, tagsOf, type Raw } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';
import { chunk } from '../../../src/lib/arrays.js';

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/** DescribeDomains takes at most five names a call. */
const DOMAINS_PER_CALL = 5;

/**
 * OpenSearch (and legacy Elasticsearch) domains of a region: the name list, the domains five at
 * a time (DescribeDomains), and each domain's tags.
 */
export async function collectOpenSearch(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const os = u.client('opensearch');
  const hides = ['aws.opensearch.domain'] as const;
  const names = await u.call('es', 'ListDomainNames', hides, () => os.send(new ListDomainNamesCommand({})));
  const all = (names?.DomainNames ?? []).map((d) => d.DomainName ?? '').filter(Boolean);
  await Promise.all(chunk(all, DOMAINS_PER_CALL).map((DomainNames) => u.each(async () => {
    const out = await u.call('es', 'DescribeDomains', hides, () => os.send(new DescribeDomainsCommand({ DomainNames })));
    const described = new Map(raw(out?.DomainStatusList).map((d) => [str(d.DomainName) ?? '', d]));
    // A batch that could not be described still lists its domains, with nothing known of them.
    await Promise.all(DomainNames.map(async (name) => {
      const d = described.get(name);
      const arn = str(d?.ARN) ?? `arn:aws:es:${region}:${account}:domain/${name}`;
      const tags = d ? await u.call('es', 'ListTags', hides, () => os.send(new ListOpenSearchTagsCommand({ ARN: arn }))) : undefined;
      u.emit({ provider: 'aws', type: 'aws.opensearch.domain', id: arn, name, account, region, tags: tags ? tagsOf(tags.TagList) : undefined, config: openSearchDomainConfig(d), source: { kind: 'live', api: 'es:DescribeDomains' } });
    }));
  })));
}

/**
 * Redshift provisioned clusters of a region: the clusters (tags included), require_ssl of each
 * cluster parameter group (read once per group) and each cluster's logging status.
 */
export async function collectRedshift(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const rs = u.client('redshift');
  const hides = ['aws.redshift.cluster'] as const;
  const clusters = await u.call('redshift', 'DescribeClusters', hides, () => drain(paginateDescribeClusters({ client: rs, pageSize: 100 }, {}), (r) => raw(r.Clusters), u.signal));
  const groups = new Map<string, Promise<boolean | undefined>>();
  const requireSsl = (group: string): Promise<boolean | undefined> => {
    let pending = groups.get(group);
    if (!pending) {
      pending = u.each(async () => {
        const params = await u.call('redshift', 'DescribeClusterParameters', hides, () => drain(paginateDescribeClusterParameters({ client: rs, pageSize: 100 }, { ParameterGroupName: group }), (r) => raw(r.Parameters), u.signal));
        return redshiftRequireSsl(params ?? undefined);
      });
      groups.set(group, pending);
    }
    return pending;
  };
  await Promise.all((clusters ?? []).map((c) => u.each(async () => {
    const name = str(c.ClusterIdentifier) ?? '';
    const group = str((c.ClusterParameterGroups as Raw[] | undefined)?.[0]?.ParameterGroupName);
    const [ssl, logging] = await Promise.all([
      group ? requireSsl(group) : undefined,
      u.call('redshift', 'DescribeLoggingStatus', hides, () => rs.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: name }))),
    ]);
    const id = `arn:aws:redshift:${region}:${account}:cluster:${name}`;
    u.emit({ provider: 'aws', type: 'aws.redshift.cluster', id, name, account, region, tags: tagsOf(c.Tags), config: redshiftClusterConfig(c, ssl, redshiftAuditLogging(logging ? (logging as unknown as Raw) : undefined)), source: { kind: 'live', api: 'redshift:DescribeClusters' } });
  })));
}

/** ElastiCache replication groups of a region and their tags. */
export async function collectElastiCache(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const ec = u.client('elasticache');
  const hides = ['aws.elasticache.replication-group'] as const;
  const groups = await u.call('elasticache', 'DescribeReplicationGroups', hides, () => drain(paginateDescribeReplicationGroups({ client: ec, pageSize: 100 }, {}), (r) => raw(r.ReplicationGroups), u.signal));
  await Promise.all((groups ?? []).map((g) => u.each(async () => {
    const name = str(g.ReplicationGroupId) ?? '';
    const arn = str(g.ARN) ?? `arn:aws:elasticache:${region}:${account}:replicationgroup:${name}`;
    const tags = await u.call('elasticache', 'ListTagsForResource', hides, () => ec.send(new ListElastiCacheTagsCommand({ ResourceName: arn })));
    u.emit({ provider: 'aws', type: 'aws.elasticache.replication-group', id: arn, name, account, region, tags: tags ? tagsOf(tags.TagList) : undefined, config: elastiCacheReplicationGroupConfig(g), source: { kind: 'live', api: 'elasticache:DescribeReplicationGroups' } });
  })));
}
