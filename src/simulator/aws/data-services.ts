import { page } from './paging.js';
import { SimError, type CallContext } from './services.js';
import type { DataServicesRegion } from './world-data-services.js';
import type { Item } from './world.js';

/**
 * Handlers of the data services: OpenSearch (rest-json), Redshift, ElastiCache and SNS (query),
 * SQS (JSON 1.0), SageMaker (JSON 1.1), EKS, API Gateway v1 and v2 (rest-json) and the Lambda
 * function reads. Each answers from the region's `DataServicesRegion` part of the world, pages
 * where the API pages, and raises the service's own error for a resource it does not have.
 */

type Handler = (c: CallContext) => Item;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const region = (c: CallContext): DataServicesRegion => c.account.regions[c.region] ?? {};
const listing = (c: CallContext, name: string) => `${c.account.id}/${c.region}/${name}`;
/** The item without the world's own annotations (lower-case members that are not API members). */
const apiShape = (item: Item, ...keys: string[]): Item => Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k)));

function domain(c: CallContext, arn: string | undefined) {
  const d = (region(c).opensearch?.domains ?? []).find((x) => x.ARN === arn);
  if (!d) throw new SimError(409, 'ResourceNotFoundException', `Domain not found: ${arn ?? ''}`);
  return d;
}

export const OPENSEARCH: Record<string, Handler> = {
  ListDomainNames: (c) => ({ DomainNames: (region(c).opensearch?.domains ?? []).map((d) => ({ DomainName: d.DomainName, EngineType: str(d.EngineVersion)?.startsWith('Elasticsearch') ? 'Elasticsearch' : 'OpenSearch' })) }),
  DescribeDomains: (c) => {
    const names = Array.isArray(c.input.DomainNames) ? (c.input.DomainNames as unknown[]).map(String) : [];
    if (names.length > 5) throw new SimError(400, 'ValidationException', 'Please provide a maximum of 5 domain names to describe.');
    return { DomainStatusList: (region(c).opensearch?.domains ?? []).filter((d) => names.includes(d.DomainName)).map((d) => apiShape(d, 'tags')) };
  },
  ListTags: (c) => ({ TagList: domain(c, str(c.input.arn)).tags ?? [] }),
};

const redshift = (c: CallContext) => region(c).redshift ?? {};

export const REDSHIFT: Record<string, Handler> = {
  DescribeClusters: (c) => {
    const p = page(redshift(c).clusters ?? [], listing(c, 'redshift'), str(c.input.Marker), num(c.input.MaxRecords), c.pageSize(100));
    return { Clusters: p.items.map((x) => apiShape(x, 'logging')), Marker: p.next };
  },
  DescribeClusterParameters: (c) => {
    const name = str(c.input.ParameterGroupName) ?? '';
    const params = redshift(c).parameterGroups?.[name];
    if (!params) throw new SimError(404, 'ClusterParameterGroupNotFound', `Parameter group ${name} not found.`);
    const p = page(params, listing(c, `redshift-params/${name}`), str(c.input.Marker), num(c.input.MaxRecords), c.pageSize(100));
    return { Parameters: p.items, Marker: p.next };
  },
  DescribeLoggingStatus: (c) => {
    const id = str(c.input.ClusterIdentifier);
    const cluster = (redshift(c).clusters ?? []).find((x) => x.ClusterIdentifier === id);
    if (!cluster) throw new SimError(404, 'ClusterNotFound', `Cluster ${id ?? ''} not found.`);
    return cluster.logging ?? { LoggingEnabled: false };
  },
};

export const ELASTICACHE: Record<string, Handler> = {
  DescribeReplicationGroups: (c) => {
    const p = page(region(c).elasticache?.replicationGroups ?? [], listing(c, 'replication-groups'), str(c.input.Marker), num(c.input.MaxRecords), c.pageSize(100));
    return { ReplicationGroups: p.items.map((g) => apiShape(g, 'tags')), Marker: p.next };
  },
  ListTagsForResource: (c) => {
    const arn = str(c.input.ResourceName);
    const g = (region(c).elasticache?.replicationGroups ?? []).find((x) => x.ARN === arn);
    if (!g) throw new SimError(404, 'ReplicationGroupNotFoundFault', `ReplicationGroup ${arn ?? ''} not found.`);
    return { TagList: g.tags ?? [] };
  },
};

function topic(c: CallContext) {
  const arn = str(c.input.TopicArn) ?? str(c.input.ResourceArn);
  const t = (region(c).sns?.topics ?? []).find((x) => x.TopicArn === arn);
  if (!t) throw new SimError(404, 'NotFound', 'Topic does not exist');
  return t;
}

export const SNS: Record<string, Handler> = {
  ListTopics: (c) => {
    const p = page(region(c).sns?.topics ?? [], listing(c, 'topics'), str(c.input.NextToken), undefined, c.pageSize(100));
    return { Topics: p.items.map((t) => ({ TopicArn: t.TopicArn })), NextToken: p.next };
  },
  GetTopicAttributes: (c) => {
    const t = topic(c);
    // SNS always returns the subscription counts; a world topic without them has none.
    return { Attributes: { TopicArn: t.TopicArn, Owner: c.account.id, SubscriptionsConfirmed: '0', SubscriptionsPending: '0', SubscriptionsDeleted: '0', ...t.attributes } };
  },
  ListTagsForResource: (c) => ({ Tags: topic(c).tags ?? [] }),
};

function queue(c: CallContext) {
  const url = str(c.input.QueueUrl);
  const q = (region(c).sqs?.queues ?? []).find((x) => x.QueueUrl === url);
  if (!q) throw new SimError(400, 'AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
  return q;
}

export const SQS: Record<string, Handler> = {
  ListQueues: (c) => {
    const p = page(region(c).sqs?.queues ?? [], listing(c, 'queues'), str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(1000));
    return { QueueUrls: p.items.map((q) => q.QueueUrl), NextToken: p.next };
  },
  GetQueueAttributes: (c) => {
    const q = queue(c);
    const wanted = Array.isArray(c.input.AttributeNames) ? (c.input.AttributeNames as unknown[]).map(String) : [];
    return { Attributes: wanted.includes('All') ? q.attributes : Object.fromEntries(Object.entries(q.attributes).filter(([k]) => wanted.includes(k))) };
  },
  ListQueueTags: (c) => ({ Tags: queue(c).tags ?? {} }),
};

function notebook(c: CallContext, match: (n: { NotebookInstanceName: string; NotebookInstanceArn: string }) => boolean, what: string) {
  const n = (region(c).sagemaker?.notebooks ?? []).find(match);
  if (!n) throw new SimError(400, 'ValidationException', `RecordNotFound: ${what}`);
  return n;
}

export const SAGEMAKER: Record<string, Handler> = {
  ListNotebookInstances: (c) => {
    const p = page(region(c).sagemaker?.notebooks ?? [], listing(c, 'notebooks'), str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(100));
    return { NotebookInstances: p.items.map((n) => ({ NotebookInstanceName: n.NotebookInstanceName, NotebookInstanceArn: n.NotebookInstanceArn, NotebookInstanceStatus: n.NotebookInstanceStatus ?? 'InService' })), NextToken: p.next };
  },
  DescribeNotebookInstance: (c) => {
    const name = str(c.input.NotebookInstanceName);
    return apiShape(notebook(c, (n) => n.NotebookInstanceName === name, `notebook instance ${name ?? ''}`), 'tags');
  },
  ListTags: (c) => {
    const arn = str(c.input.ResourceArn);
    const n = notebook(c, (x) => x.NotebookInstanceArn === arn, arn ?? '');
    const p = page(n.tags ?? [], listing(c, `tags/${arn ?? ''}`), str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(100));
    return { Tags: p.items, NextToken: p.next };
  },
};

export const EKS: Record<string, Handler> = {
  ListClusters: (c) => {
    const p = page((region(c).eks?.clusters ?? []).map((x) => x.name), listing(c, 'eks'), str(c.input.nextToken), num(c.input.maxResults), c.pageSize(100));
    return { clusters: p.items, nextToken: p.next };
  },
  DescribeCluster: (c) => {
    const cluster = (region(c).eks?.clusters ?? []).find((x) => x.name === c.labels.name);
    if (!cluster) throw new SimError(404, 'ResourceNotFoundException', `No cluster found for name: ${c.labels.name ?? ''}.`);
    return { cluster };
  },
};

const gateway = (c: CallContext) => region(c).apigateway ?? {};

export const APIGATEWAY: Record<string, Handler> = {
  GetRestApis: (c) => {
    const p = page(gateway(c).restApis ?? [], listing(c, 'restapis'), str(c.input.position), num(c.input.limit), c.pageSize(500));
    return { items: p.items.map((a) => ({ id: a.id, name: a.name })), position: p.next };
  },
  GetStages: (c) => {
    const api = (gateway(c).restApis ?? []).find((a) => a.id === c.labels.restApiId);
    if (!api) throw new SimError(404, 'NotFoundException', 'Invalid API identifier specified');
    return { item: api.stages ?? [] };
  },
};

export const APIGATEWAYV2: Record<string, Handler> = {
  GetApis: (c) => {
    const p = page(gateway(c).apis ?? [], listing(c, 'apis'), str(c.input.nextToken), num(c.input.maxResults), c.pageSize(500));
    return { Items: p.items.map((a) => ({ ApiId: a.ApiId, Name: a.Name, ProtocolType: a.ProtocolType })), NextToken: p.next };
  },
  GetStages: (c) => {
    const api = (gateway(c).apis ?? []).find((a) => a.ApiId === c.labels.ApiId);
    if (!api) throw new SimError(404, 'NotFoundException', 'Invalid API identifier specified');
    const p = page(api.stages ?? [], listing(c, `stages/${api.ApiId}`), str(c.input.nextToken), num(c.input.maxResults), c.pageSize(500));
    return { Items: p.items, NextToken: p.next };
  },
};

function lambdaFunction(c: CallContext, ref: string | undefined) {
  const f = (region(c).lambdaFunctions ?? []).find((x) => x.FunctionArn === ref || x.FunctionName === ref);
  if (!f) throw new SimError(404, 'ResourceNotFoundException', `Function not found: ${ref ?? ''}`);
  return f;
}

/** The function reads; GetAccountSettings stays with the Inspector workload inventory. */
export const LAMBDA_FUNCTIONS: Record<string, Handler> = {
  ListFunctions: (c) => {
    const p = page(region(c).lambdaFunctions ?? [], listing(c, 'functions'), str(c.input.Marker), num(c.input.MaxItems), c.pageSize(50));
    return { Functions: p.items.map((f) => apiShape(f, 'policy', 'tags')), NextMarker: p.next };
  },
  GetPolicy: (c) => {
    const f = lambdaFunction(c, c.labels.FunctionName);
    if (!f.policy) throw new SimError(404, 'ResourceNotFoundException', 'The resource you requested does not exist.');
    return { Policy: JSON.stringify(f.policy), RevisionId: 'r1' };
  },
  ListTags: (c) => ({ Tags: lambdaFunction(c, c.labels.Resource).tags ?? {} }),
};
