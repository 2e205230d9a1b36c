import { GetStagesCommand as GetRestStagesCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import { GetApisCommand, GetStagesCommand as GetV2StagesCommand } from '@aws-sdk/client-apigatewayv2';
import { DescribeClusterCommand, paginateListClusters } from '@aws-sdk/client-eks';
import { GetPolicyCommand, ListTagsCommand as ListLambdaTagsCommand, paginateListFunctions } from '@aws-sdk/client-lambda';
import { DescribeNotebookInstanceCommand, paginateListNotebookInstances, paginateListTags } from '@aws-sdk/client-sagemaker';
import { eksClusterConfig, lambdaFunctionConfig, restStageConfig, sageMakerNotebookConfig, tagMap, v2StageConfig } from '../data-service-mappers.js';
import { parsePolicy, str, tagsOf, type Raw } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';
import { pushAll } from '../../../src/lib/arrays.js';

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/** SageMaker notebook instances of a region: the list, each instance's settings and its tags. */
export async function collectSageMaker(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const sm = u.client('sagemaker');
  const hides = ['aws.sagemaker.notebook-instance'] as const;
  const list = await u.call('sagemaker', 'ListNotebookInstances', hides, () => drain(paginateListNotebookInstances({ client: sm, pageSize: 100 }, {}), (r) => raw(r.NotebookInstances), u.signal));
  await Promise.all((list ?? []).map((n) => u.each(async () => {
    const NotebookInstanceName = str(n.NotebookInstanceName) ?? '';
    const arn = str(n.NotebookInstanceArn) ?? `arn:aws:sagemaker:${region}:${account}:notebook-instance/${NotebookInstanceName.toLowerCase()}`;
    const [detail, tags] = await Promise.all([
      u.call('sagemaker', 'DescribeNotebookInstance', hides, () => sm.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName }))),
      u.call('sagemaker', 'ListTags', hides, () => drain(paginateListTags({ client: sm, pageSize: 100 }, { ResourceArn: arn }), (r) => r.Tags, u.signal)),
    ]);
    u.emit({
      provider: 'aws', type: 'aws.sagemaker.notebook-instance', id: arn, name: NotebookInstanceName, account, region, tags: tags ? tagsOf(tags) : undefined,
      config: sageMakerNotebookConfig(detail ? (detail as unknown as Raw) : undefined), source: { kind: 'live', api: 'sagemaker:DescribeNotebookInstance' },
    });
  })));
}

/** EKS clusters of a region (DescribeCluster carries the tags). */
export async function collectEks(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const eks = u.client('eks');
  const hides = ['aws.eks.cluster'] as const;
  const names = await u.call('eks', 'ListClusters', hides, () => drain(paginateListClusters({ client: eks, pageSize: 100 }, {}), (r) => r.clusters, u.signal));
  await Promise.all((names ?? []).map((name) => u.each(async () => {
    const out = await u.call('eks', 'DescribeCluster', hides, () => eks.send(new DescribeClusterCommand({ name })));
    const c = out?.cluster ? (out.cluster as unknown as Raw) : undefined;
    u.emit({
      provider: 'aws', type: 'aws.eks.cluster', id: str(c?.arn) ?? `arn:aws:eks:${region}:${account}:cluster/${name}`, name, account, region, tags: c ? tagMap(c.tags) : undefined,
      config: eksClusterConfig(c), source: { kind: 'live', api: 'eks:DescribeCluster' },
    });
  })));
}

/**
 * API Gateway stages of a region: REST APIs (v1 GetRestApis, then GetStages per API) and HTTP
 * and WebSocket APIs (v2 GetApis, then GetStages per API). Both carry the stage tags.
 */
export async function collectApiGateway(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const v1 = u.client('apigateway');
  const v2 = u.client('apigatewayv2');
  const hides = ['aws.apigateway.stage'] as const;
  const [rest, apis] = await Promise.all([
    u.call('apigateway', 'GetRestApis', hides, () => drain(paginateGetRestApis({ client: v1, pageSize: 500 }, {}), (r) => raw(r.items), u.signal)),
    u.call('apigateway', 'GetApis', hides, async () => {
      const out: Raw[] = [];
      let NextToken: string | undefined;
      do {
        const page = await v2.send(new GetApisCommand({ NextToken, MaxResults: '500' }));
        pushAll(out, raw(page.Items));
        NextToken = page.NextToken;
      } while (NextToken);
      return out;
    }),
  ]);
  await Promise.all((rest ?? []).map((api) => u.each(async () => {
    const restApiId = str(api.id) ?? '';
    const stages = await u.call('apigateway', 'GetStages', hides, () => v1.send(new GetRestStagesCommand({ restApiId })));
    for (const s of raw(stages?.item)) {
      const stageName = str(s.stageName) ?? '';
      u.emit({
        provider: 'aws', type: 'aws.apigateway.stage', id: `arn:aws:apigateway:${region}::/restapis/${restApiId}/stages/${stageName}`, name: `${str(api.name) ?? restApiId}/${stageName}`, account, region, tags: tagMap(s.tags),
        config: restStageConfig(s, restApiId), source: { kind: 'live', api: 'apigateway:GetStages' },
      });
    }
  })));
  await Promise.all((apis ?? []).map((api) => u.each(async () => {
    const ApiId = str(api.ApiId) ?? '';
    const stages = await u.call('apigateway', 'GetStages', hides, async () => {
      const out: Raw[] = [];
      let NextToken: string | undefined;
      do {
        const page = await v2.send(new GetV2StagesCommand({ ApiId, NextToken, MaxResults: '500' }));
        pushAll(out, raw(page.Items));
        NextToken = page.NextToken;
      } while (NextToken);
      return out;
    });
    for (const s of stages ?? []) {
      const stageName = str(s.StageName) ?? '';
      u.emit({
        provider: 'aws', type: 'aws.apigateway.stage', id: `arn:aws:apigateway:${region}::/apis/${ApiId}/stages/${stageName}`, name: `${str(api.Name) ?? ApiId}/${stageName}`, account, region, tags: tagMap(s.Tags),
        config: v2StageConfig(s, ApiId, str(api.ProtocolType)), source: { kind: 'live', api: 'apigateway:GetStages' },
      });
    }
  })));
}

/**
 * Lambda functions of a region: the configurations (ListFunctions), each function's resource
 * policy (none: ResourceNotFoundException) and tags. Environment variable values arrive with the
 * list and are dropped by the mapper; only their names are kept.
 */
export async function collectLambda(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const lambda = u.client('lambda');
  const hides = ['aws.lambda.function'] as const;
  const fns = await u.call('lambda', 'ListFunctions', hides, () => drain(paginateListFunctions({ client: lambda, pageSize: 50 }, {}), (r) => raw(r.Functions), u.signal));
  await Promise.all((fns ?? []).map((f) => u.each(async () => {
    const name = str(f.FunctionName) ?? '';
    const arn = str(f.FunctionArn) ?? `arn:aws:lambda:${region}:${account}:function:${name}`;
    const [policy, tags] = await Promise.all([
      u.call('lambda', 'GetPolicy', hides, () => lambda.send(new GetPolicyCommand({ FunctionName: arn })), ['ResourceNotFoundException']),
      u.call('lambda', 'ListTags', hides, () => lambda.send(new ListLambdaTagsCommand({ Resource: arn }))),
    ]);
    const doc = policy === undefined ? undefined : policy === null ? null : parsePolicy(policy.Policy);
    u.emit({ provider: 'aws', type: 'aws.lambda.function', id: arn, name, account, region, tags: tags ? tagMap(tags.Tags) : undefined, config: lambdaFunctionConfig(f, doc), source: { kind: 'live', api: 'lambda:ListFunctions' } });
  })));
}
