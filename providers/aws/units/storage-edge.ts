import { GetDistributionConfigCommand, ListTagsForResourceCommand, paginateListDistributions } from '@aws-sdk/client-cloudfront';
import { DescribeContinuousBackupsCommand, DescribeTableCommand, ListTagsOfResourceCommand, paginateListTables } from '@aws-sdk/client-dynamodb';
import { DescribeBackupPolicyCommand, paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import { arr, cloudFrontDistributionConfig, dynamoDbTableConfig, efsFileSystemConfig, obj, str, tagsOf, type Raw } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';
import { cloudFrontLogDeliveries } from './logging.js';
import { pushAll } from '../../../src/lib/arrays.js';

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/**
 * DynamoDB tables of a region: encryption, deletion protection, point-in-time recovery and tags.
 * A KMS-encrypted table's key is described once (kms:DescribeKey) to tell an AWS-managed key
 * from a customer-managed one: DescribeTable reports both as SSEType KMS.
 */
export async function collectDynamoDb(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const ddb = u.client('dynamodb');
  const hides = ['aws.dynamodb.table'] as const;
  const names = await u.call('dynamodb', 'ListTables', hides, () => drain(paginateListTables({ client: ddb, pageSize: 100 }, {}), (r) => r.TableNames, u.signal));
  const managers = new Map<string, Promise<string | undefined>>();
  const keyManager = (keyArn: string): Promise<string | undefined> => {
    let p = managers.get(keyArn);
    if (!p) {
      p = u.call('kms', 'DescribeKey', hides, () => u.client('kms').send(new DescribeKeyCommand({ KeyId: keyArn }))).then((d) => str(d?.KeyMetadata?.KeyManager));
      managers.set(keyArn, p);
    }
    return p;
  };
  await Promise.all((names ?? []).map((TableName) => u.each(async () => {
    const [described, backups, tags] = await Promise.all([
      u.call('dynamodb', 'DescribeTable', hides, () => ddb.send(new DescribeTableCommand({ TableName }))),
      u.call('dynamodb', 'DescribeContinuousBackups', hides, () => ddb.send(new DescribeContinuousBackupsCommand({ TableName }))),
      u.call('dynamodb', 'ListTagsOfResource', hides, async () => {
        // No SDK paginator for this one: follow NextToken by hand.
        const out: Raw[] = [];
        let NextToken: string | undefined;
        do {
          const r = await ddb.send(new ListTagsOfResourceCommand({ ResourceArn: `arn:aws:dynamodb:${region}:${account}:table/${TableName}`, NextToken }));
          pushAll(out, raw(r.Tags));
          NextToken = r.NextToken;
        } while (NextToken);
        return out;
      }),
    ]);
    const table = described?.Table as Raw | undefined;
    const sse = obj(table?.SSEDescription);
    const keyArn = str(sse.SSEType) === 'KMS' ? str(sse.KMSMasterKeyArn) : undefined;
    const manager = keyArn ? await keyManager(keyArn) : undefined;
    const id = str(table?.TableArn) ?? `arn:aws:dynamodb:${region}:${account}:table/${TableName}`;
    u.emit({
      provider: 'aws', type: 'aws.dynamodb.table', id, name: TableName, account, region, tags: tags ? tagsOf(tags) : undefined,
      config: dynamoDbTableConfig(table, manager, backups ? obj(backups.ContinuousBackupsDescription) : undefined), source: { kind: 'live', api: 'dynamodb:DescribeTable' },
    });
  })));
}

/** EFS file systems of a region (encryption and tags come with the listing) and each one's backup policy. */
export async function collectEfs(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const efs = u.client('efs');
  const hides = ['aws.efs.file-system'] as const;
  const systems = await u.call('elasticfilesystem', 'DescribeFileSystems', hides, () => drain(paginateDescribeFileSystems({ client: efs, pageSize: 100 }, {}), (r) => raw(r.FileSystems), u.signal));
  await Promise.all((systems ?? []).map((fs) => u.each(async () => {
    const FileSystemId = str(fs.FileSystemId) ?? '';
    const policy = await u.call('elasticfilesystem', 'DescribeBackupPolicy', hides, () => efs.send(new DescribeBackupPolicyCommand({ FileSystemId })), ['PolicyNotFound']);
    const id = str(fs.FileSystemArn) ?? `arn:aws:elasticfilesystem:${region}:${account}:file-system/${FileSystemId}`;
    u.emit({
      provider: 'aws', type: 'aws.efs.file-system', id, name: str(fs.Name) ?? FileSystemId, account, region, tags: tagsOf(fs.Tags),
      config: efsFileSystemConfig(fs, policy === undefined ? undefined : policy === null ? null : (policy as unknown as Raw)), source: { kind: 'live', api: 'elasticfilesystem:DescribeFileSystems' },
    });
  })));
}

/**
 * CloudFront distributions of the account (a global service, served from us-east-1): config and tags of each.
 * Distributions without standard logging are looked up among CloudWatch Logs deliveries (logging v2).
 */
export async function collectCloudFront(u: UnitContext): Promise<void> {
  const { account } = u.unit;
  const cf = u.client('cloudfront', 'us-east-1');
  const hides = ['aws.cloudfront.distribution'] as const;
  const list = await u.call('cloudfront', 'ListDistributions', hides, () => drain(paginateListDistributions({ client: cf, pageSize: 100 }, {}), (r) => raw(r.DistributionList?.Items), u.signal));
  const read = await Promise.all((list ?? []).map((d) => u.each(async () => {
    const Id = str(d.Id) ?? '';
    const arn = str(d.ARN) ?? `arn:aws:cloudfront::${account}:distribution/${Id}`;
    const [config, tags] = await Promise.all([
      u.call('cloudfront', 'GetDistributionConfig', hides, () => cf.send(new GetDistributionConfigCommand({ Id }))),
      u.call('cloudfront', 'ListTagsForResource', hides, () => cf.send(new ListTagsForResourceCommand({ Resource: arn }))),
    ]);
    return { d, Id, arn, tags, cfg: config ? (config.DistributionConfig as Raw | undefined) ?? {} : undefined };
  })));
  const withoutStandard = read.filter((x) => x.cfg !== undefined && cloudFrontDistributionConfig(x.cfg, undefined).logging === null).map((x) => x.arn);
  const v2 = await cloudFrontLogDeliveries(u, withoutStandard);
  for (const { d, Id, arn, tags, cfg } of read) {
    u.emit({
      provider: 'aws', type: 'aws.cloudfront.distribution', id: arn, name: str(d.DomainName) ?? Id, account, region: 'global', tags: tags ? tagsOf(arr(tags.Tags?.Items)) : undefined,
      config: cloudFrontDistributionConfig(cfg, v2.get(arn)), source: { kind: 'live', api: 'cloudfront:GetDistributionConfig' },
    });
  }
}
