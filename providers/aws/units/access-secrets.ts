import { paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import { paginateListCertificates, type KeyAlgorithm } from '@aws-sdk/client-acm';
import { paginateListSecrets } from '@aws-sdk/client-secrets-manager';
import { DescribeDocumentPermissionCommand, paginateListDocuments } from '@aws-sdk/client-ssm';
import { maxIntervalHours } from '../../../src/model/aws/schedule.js';
import { iso, tagsOf } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';

/** IAM Access Analyzer analyzers of the region (one resource per region, so "none" is a finding). */
export async function collectAccessAnalyzer(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const analyzers = await u.call('access-analyzer', 'ListAnalyzers', ['aws.iam.access-analyzer'], () => drain(paginateListAnalyzers({ client: u.client('accessanalyzer'), pageSize: 100 }, {}), (r) => r.analyzers, u.signal));
  u.emit({
    provider: 'aws', type: 'aws.iam.access-analyzer', id: `arn:aws:access-analyzer:${region}:${account}:analyzers`, name: `IAM Access Analyzer (${region})`, account, region, tags: {},
    config: { analyzers: analyzers?.map((a) => ({ arn: a.arn ?? '', type: a.type ?? '', status: a.status ?? '' })).sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0)) },
    source: { kind: 'live', api: 'access-analyzer:ListAnalyzers' },
  });
}

/** Secrets of the region from ListSecrets alone (rotation, dates, key, tags); secret values and resource policies are not read. */
export async function collectSecretsManager(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const secrets = await u.call('secretsmanager', 'ListSecrets', ['aws.secretsmanager.secret'], () => drain(paginateListSecrets({ client: u.client('secretsmanager'), pageSize: 100 }, {}), (r) => r.SecretList, u.signal));
  for (const s of secrets ?? []) {
    const schedule = s.RotationRules?.ScheduleExpression ?? null;
    const rateHours = schedule && /^rate\(/i.test(schedule) ? maxIntervalHours(schedule, u.now) : undefined;
    u.emit({
      provider: 'aws', type: 'aws.secretsmanager.secret', id: s.ARN ?? `arn:aws:secretsmanager:${region}:${account}:secret:${s.Name ?? ''}`, name: s.Name ?? s.ARN ?? '', account, region, tags: tagsOf(s.Tags),
      config: {
        kmsKeyId: s.KmsKeyId ?? null,
        // Secrets Manager omits RotationEnabled for a secret never configured to rotate.
        rotationEnabled: s.RotationEnabled ?? false,
        rotationLambdaArn: s.RotationLambdaARN ?? null,
        rotationIntervalDays: s.RotationRules?.AutomaticallyAfterDays ?? (rateHours === undefined ? null : rateHours / 24),
        rotationScheduleExpression: schedule,
        lastRotatedDate: iso(s.LastRotatedDate) ?? null,
        createdDate: iso(s.CreatedDate),
        policy: undefined,
        replicaRegions: undefined,
      },
      source: { kind: 'live', api: 'secretsmanager:ListSecrets' },
    });
  }
}

/** Every key type: ListCertificates returns only RSA_1024 and RSA_2048 certificates unless asked for others. */
const KEY_TYPES: KeyAlgorithm[] = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'];

/** ACM certificates of the region from ListCertificates summaries (status, type, key, expiry, use). */
export async function collectAcm(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const certs = await u.call('acm', 'ListCertificates', ['aws.acm.certificate'], () => drain(paginateListCertificates({ client: u.client('acm'), pageSize: 1000 }, { Includes: { keyTypes: KEY_TYPES } }), (r) => r.CertificateSummaryList, u.signal));
  for (const c of certs ?? []) {
    const arn = c.CertificateArn ?? '';
    u.emit({
      provider: 'aws', type: 'aws.acm.certificate', id: arn, name: c.DomainName ?? arn, account, region, tags: undefined,
      config: { status: c.Status, certificateType: c.Type, keyAlgorithm: c.KeyAlgorithm, notAfter: iso(c.NotAfter) ?? (c.Status === undefined ? undefined : null), inUse: c.InUse, renewalEligibility: c.RenewalEligibility },
      source: { kind: 'live', api: 'acm:ListCertificates' },
    });
  }
}

/** Systems Manager documents the account owns, with whom each is shared. */
export async function collectSsmDocuments(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const ssm = u.client('ssm');
  const T = ['aws.ssm.document'] as const;
  const docs = await u.call('ssm', 'ListDocuments', T, () => drain(paginateListDocuments({ client: ssm, pageSize: 50 }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] }), (r) => r.DocumentIdentifiers, u.signal));
  await Promise.all((docs ?? []).map((d) => u.each(async () => {
    const name = d.Name ?? '';
    const perm = await u.call('ssm', 'DescribeDocumentPermission', T, () => ssm.send(new DescribeDocumentPermissionCommand({ Name: name, PermissionType: 'Share' })));
    u.emit({
      provider: 'aws', type: 'aws.ssm.document', id: `arn:aws:ssm:${region}:${account}:document/${name}`, name, account, region, tags: tagsOf(d.Tags),
      config: { documentType: d.DocumentType, sharedWith: perm ? [...(perm.AccountIds ?? [])].sort() : undefined },
      source: { kind: 'live', api: 'ssm:ListDocuments' },
    });
  })));
}
