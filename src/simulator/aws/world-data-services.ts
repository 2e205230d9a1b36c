import type { Item, PolicyJson } from './world.js';

type Tags = readonly { readonly Key: string; readonly Value: string }[];

/**
 * The data services of a simulated region, in the SDK's output shapes: OpenSearch `DomainStatus`,
 * Redshift `Cluster`, ElastiCache `ReplicationGroup`, SageMaker `DescribeNotebookInstance`, EKS
 * `cluster`, API Gateway v1 `Stage` and v2 `Stage`, Lambda `FunctionConfiguration`. Members
 * that are not part of the listing's shape (tags read apart, policies, attribute maps) are named
 * in lower case.
 */
export interface DataServicesRegion {
  readonly opensearch?: { readonly domains?: readonly (Item & { readonly DomainName: string; readonly ARN: string; readonly tags?: Tags })[] };
  readonly redshift?: {
    /** `logging`: the DescribeLoggingStatus answer; omitted = logging off. */
    readonly clusters?: readonly (Item & { readonly ClusterIdentifier: string; readonly logging?: Item })[];
    /** Parameters (`ParameterName`, `ParameterValue`) per cluster parameter group name. */
    readonly parameterGroups?: Readonly<Record<string, readonly Item[]>>;
  };
  readonly elasticache?: { readonly replicationGroups?: readonly (Item & { readonly ReplicationGroupId: string; readonly ARN: string; readonly tags?: Tags })[] };
  /** GetTopicAttributes `Attributes` per topic (strings, as SNS returns them). */
  readonly sns?: { readonly topics?: readonly { readonly TopicArn: string; readonly attributes: Readonly<Record<string, string>>; readonly tags?: Tags }[] };
  /** GetQueueAttributes `Attributes` per queue (QueueArn among them). */
  readonly sqs?: { readonly queues?: readonly { readonly QueueUrl: string; readonly attributes: Readonly<Record<string, string>>; readonly tags?: Readonly<Record<string, string>> }[] };
  readonly sagemaker?: { readonly notebooks?: readonly (Item & { readonly NotebookInstanceName: string; readonly NotebookInstanceArn: string; readonly tags?: Tags })[] };
  readonly eks?: { readonly clusters?: readonly (Item & { readonly name: string })[] };
  readonly apigateway?: {
    readonly restApis?: readonly { readonly id: string; readonly name: string; readonly stages?: readonly Item[] }[];
    /** v2 APIs (`ProtocolType` HTTP or WEBSOCKET) with their stages. */
    readonly apis?: readonly { readonly ApiId: string; readonly Name: string; readonly ProtocolType: string; readonly stages?: readonly Item[] }[];
  };
  /** Lambda functions (`FunctionConfiguration`), their resource policies (omitted/null = none) and tags. */
  readonly lambdaFunctions?: readonly (Item & { readonly FunctionName: string; readonly FunctionArn: string; readonly policy?: PolicyJson | null; readonly tags?: Readonly<Record<string, string>> })[];
}
