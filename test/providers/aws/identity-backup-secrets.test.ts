import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { createAwsCollector } from '../../../providers/aws/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { CoverageGap } from '../../../src/model/coverage.js';
import type { Resource } from '../../../src/model/resource.js';
import { startAwsSimulator, type AwsFault, type AwsSimulator } from '../../../src/simulator/aws/server.js';
import { accessKeyFor, type AwsWorld } from '../../../src/simulator/aws/world.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ACCT = '444455556666';
const R = 'us-east-1';
const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const READ = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
const MFA_TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] };

const world: AwsWorld = {
  accounts: [{
    id: ACCT,
    iam: {
      root: { mfa: true, hardwareMfa: true },
      users: [
        { UserName: 'alice', CreateDate: '2025-01-01T00:00:00Z', password: true, mfa: true, groups: ['ops'] },
        { UserName: 'bob', CreateDate: '2025-01-01T00:00:00Z', attachedPolicies: [`arn:aws:iam::${ACCT}:policy/wide`], inlinePolicies: [{ name: 'extra', document: READ }] },
      ],
      groups: [{ GroupName: 'ops', attachedPolicies: [`arn:aws:iam::${ACCT}:policy/reader`] }],
      policies: [{ PolicyName: 'wide', document: ADMIN, attachmentCount: 2 }, { PolicyName: 'reader', document: READ, attachmentCount: 1 }],
      roles: [
        { RoleName: 'app', attachedPolicies: [`arn:aws:iam::${ACCT}:policy/reader`] },
        { RoleName: 'deployer', attachedPolicies: [`arn:aws:iam::${ACCT}:policy/wide`] },
        { RoleName: 'break-glass', trustPolicy: MFA_TRUST, attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'], Tags: [{ Key: 'phiscan:break-glass', Value: 'true' }] },
        { RoleName: 'AWSServiceRoleForBackup', path: '/aws-service-role/backup.amazonaws.com/', attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
      ],
    },
    regions: {
      [R]: {
        rds: { instances: [{ DBInstanceIdentifier: 'db1', DBInstanceArn: `arn:aws:rds:${R}:${ACCT}:db:db1`, Engine: 'postgres', StorageEncrypted: true, BackupRetentionPeriod: 7, TagList: [{ Key: 'phi', Value: 'true' }] }] },
        backup: {
          vaults: [{ BackupVaultName: 'main', BackupVaultArn: `arn:aws:backup:${R}:${ACCT}:backup-vault:main`, NumberOfRecoveryPoints: 2, recoveryPoints: [
            { RecoveryPointArn: `arn:aws:backup:${R}:${ACCT}:recovery-point:rp-1`, IsEncrypted: true, BackupVaultName: 'main' },
            { RecoveryPointArn: `arn:aws:ec2:${R}::snapshot/snap-plain`, IsEncrypted: false, BackupVaultName: 'main' },
          ] }],
          plans: [{
            BackupPlanId: 'p1', BackupPlanArn: `arn:aws:backup:${R}:${ACCT}:backup-plan:p1`, BackupPlanName: 'weekly',
            Rules: [{ RuleName: 'weekly', TargetBackupVaultName: 'main', ScheduleExpression: 'cron(0 5 ? * SUN *)', Lifecycle: { DeleteAfterDays: 14 } }],
            selections: [{ SelectionId: 's1', SelectionName: 'phi', IamRoleArn: `arn:aws:iam::${ACCT}:role/backup`, ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'phi', ConditionValue: 'true' }] }],
          }],
          restoreTestingPlans: [{ RestoreTestingPlanName: 'monthly', RestoreTestingPlanArn: `arn:aws:backup:${R}:${ACCT}:restore-testing-plan:monthly`, ScheduleExpression: 'cron(0 3 1 * ? *)', CreationTime: '2026-01-01T00:00:00Z', selections: [{ RestoreTestingSelectionName: 'ebs', ProtectedResourceType: 'EBS' }] }],
        },
        secretsmanager: { secrets: [
          { ARN: `arn:aws:secretsmanager:${R}:${ACCT}:secret:db-abc`, Name: 'db', RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 }, LastRotatedDate: '2026-10-25T00:00:00Z', CreatedDate: '2025-01-01T00:00:00Z', Tags: [{ Key: 'phi', Value: 'true' }] },
          { ARN: `arn:aws:secretsmanager:${R}:${ACCT}:secret:api-def`, Name: 'api', CreatedDate: '2025-01-01T00:00:00Z' },
          { ARN: `arn:aws:secretsmanager:${R}:${ACCT}:secret:stale-ghi`, Name: 'stale', RotationEnabled: true, RotationRules: { ScheduleExpression: 'rate(7 days)' }, LastRotatedDate: '2026-09-01T00:00:00Z', CreatedDate: '2025-01-01T00:00:00Z' },
        ] },
        acm: { certificates: [
          { CertificateArn: `arn:aws:acm:${R}:${ACCT}:certificate/ok`, DomainName: 'ok.example.org', Status: 'ISSUED', Type: 'AMAZON_ISSUED', KeyAlgorithm: 'EC_prime256v1', InUse: true, NotAfter: '2027-06-01T00:00:00Z' },
          { CertificateArn: `arn:aws:acm:${R}:${ACCT}:certificate/soon`, DomainName: 'soon.example.org', Status: 'ISSUED', Type: 'IMPORTED', KeyAlgorithm: 'RSA_1024', InUse: true, NotAfter: '2026-11-10T00:00:00Z' },
        ] },
        accessAnalyzer: { analyzers: [{ arn: `arn:aws:access-analyzer:${R}:${ACCT}:analyzer/unused`, name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE', createdAt: '2026-01-01T00:00:00Z' }] },
        ssm: {
          documents: [{ Name: 'hardening', DocumentType: 'Command', Owner: ACCT, sharedWith: ['All'] }, { Name: 'private', DocumentType: 'Command', Owner: ACCT }],
        },
      },
    },
  }],
};

const sims: AwsSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function scan(faults: readonly AwsFault[] = [], pageSize?: number) {
  const sim = await startAwsSimulator({ world, faults, ...(pageSize ? { pageSize } : {}) });
  sims.push(sim);
  const collector = createAwsCollector({ regions: [R] }, { endpoint: sim.endpoint, credentials: { accessKeyId: accessKeyFor(ACCT), secretAccessKey: 'test' }, requestTimeoutMs: 5000, maxAttempts: 2, now: new Date('2026-11-01T00:00:00Z') });
  const resources: Resource[] = [];
  const gaps: CoverageGap[] = [];
  for await (const e of collector.collect({ log: () => undefined })) {
    if (e.kind === 'resource') resources.push(e.resource);
    else gaps.push(e.gap);
  }
  const { findings } = evaluate(resources, gaps, AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
  const status = (check: string, id: string) => findings.find((f) => f.checkId === check && f.resource.id === id)?.status;
  return { sim, resources, gaps, status, byId: (id: string) => resources.find((r) => r.id === id) };
}

describe('AWS collector: IAM authorization, Backup, Secrets Manager, ACM, Access Analyzer, SSM documents', () => {
  it('reads each service through the real SDK clients and judges the checks from what it read', async () => {
    const { gaps, status, byId } = await scan();
    expect(gaps).toEqual([]);
    const role = (n: string) => `arn:aws:iam::${ACCT}:role/${n}`;
    expect(status('aws-iam-role-no-administrator-access', role('app'))).toBe('pass');
    expect(status('aws-iam-role-no-administrator-access', role('deployer'))).toBe('fail');
    expect(status('aws-iam-role-no-administrator-access', role('break-glass'))).toBe('pass');
    // Service-linked: not applicable, so no finding at all.
    expect(byId(`arn:aws:iam::${ACCT}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`)?.config).toMatchObject({ serviceLinked: true });
    expect(status('aws-iam-role-no-administrator-access', `arn:aws:iam::${ACCT}:role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup`)).toBeUndefined();
    expect(status('aws-iam-policy-no-full-admin', `arn:aws:iam::${ACCT}:policy/wide`)).toBe('fail');
    expect(status('aws-iam-policy-no-full-admin', `arn:aws:iam::${ACCT}:policy/reader`)).toBe('pass');
    expect(status('aws-iam-user-no-direct-policies', `arn:aws:iam::${ACCT}:user/alice`)).toBe('pass');
    expect(status('aws-iam-user-no-direct-policies', `arn:aws:iam::${ACCT}:user/bob`)).toBe('fail');
    // A customer-managed *:* policy makes its user an administrator too.
    expect(status('aws-iam-user-no-administrator-access', `arn:aws:iam::${ACCT}:user/bob`)).toBe('fail');
    expect(byId(`arn:aws:iam::${ACCT}:break-glass`)?.config).toEqual({ designated: [role('break-glass')] });
    expect(status('aws-iam-break-glass-access-documented', `arn:aws:iam::${ACCT}:break-glass`)).toBe('pass');
    expect(status('aws-iam-access-analyzer-enabled', `arn:aws:access-analyzer:${R}:${ACCT}:analyzers`)).toBe('fail');

    const plan = `arn:aws:backup:${R}:${ACCT}:backup-plan:p1`;
    expect(status('aws-backup-plan-frequency-48h', plan)).toBe('fail');
    expect(status('aws-backup-plan-min-retention', plan)).toBe('fail');
    // The ePHI database is RDS; the only monthly restore test restores EBS.
    expect(status('aws-backup-restore-testing-plan', `arn:aws:backup:${R}:${ACCT}:region-settings`)).toBe('fail');
    expect(byId(`arn:aws:backup:${R}:${ACCT}:region-settings`)?.config).toMatchObject({ restoreTestingPlans: [{ name: 'monthly', scheduleExpression: 'cron(0 3 1 * ? *)', protectedResourceTypes: ['EBS'] }] });
    expect(status('aws-backup-recovery-point-encrypted', `arn:aws:backup:${R}:${ACCT}:backup-vault:main`)).toBe('fail');

    const secret = (n: string) => `arn:aws:secretsmanager:${R}:${ACCT}:secret:${n}`;
    expect(status('aws-secretsmanager-secret-rotation-enabled', secret('db-abc'))).toBe('pass');
    expect(status('aws-secretsmanager-secret-rotation-enabled', secret('api-def'))).toBe('fail');
    expect(status('aws-secretsmanager-secret-rotated-recently', secret('db-abc'))).toBe('pass');
    expect(status('aws-secretsmanager-secret-rotated-recently', secret('stale-ghi'))).toBe('fail');

    const cert = (n: string) => `arn:aws:acm:${R}:${ACCT}:certificate/${n}`;
    // The EC certificate is only listed when every key type is asked for.
    expect(status('aws-acm-certificate-not-expiring', cert('ok'))).toBe('pass');
    expect(status('aws-acm-certificate-rsa-2048-or-stronger', cert('ok'))).toBe('pass');
    expect(status('aws-acm-certificate-not-expiring', cert('soon'))).toBe('fail');
    expect(status('aws-acm-certificate-rsa-2048-or-stronger', cert('soon'))).toBe('fail');

    expect(status('aws-ssm-document-not-public', `arn:aws:ssm:${R}:${ACCT}:document/hardening`)).toBe('fail');
    expect(status('aws-ssm-document-not-public', `arn:aws:ssm:${R}:${ACCT}:document/private`)).toBe('pass');
  });

  it('pages through every new listing: one item per page gives the same inventory', async () => {
    const [full, paged] = await Promise.all([scan(), scan([], 1)]);
    expect(paged.resources).toEqual(full.resources);
    expect(paged.sim.calls.filter((c) => c.paged).map((c) => c.operation)).toEqual(expect.arrayContaining(['GetAccountAuthorizationDetails', 'ListRecoveryPointsByBackupVault', 'ListSecrets', 'ListCertificates', 'ListDocuments']));
  });

  it('turns every failed read into a gap and not-assessed findings, never a pass', async () => {
    const denied = (service: string, operation: string): AwsFault => ({ kind: 'AccessDenied', service, operation });
    const { gaps, status, byId } = await scan([
      denied('iam', 'GetAccountAuthorizationDetails'), denied('backup', 'ListRestoreTestingPlans'), denied('backup', 'ListRecoveryPointsByBackupVault'),
      denied('secretsmanager', 'ListSecrets'), denied('acm', 'ListCertificates'), denied('access-analyzer', 'ListAnalyzers'), denied('ssm', 'DescribeDocumentPermission'),
    ]);
    expect(new Set(gaps.map((g) => `${g.service}:${g.operation}`))).toEqual(new Set([
      'iam:GetAccountAuthorizationDetails', 'backup:ListRestoreTestingPlans', 'backup:ListRecoveryPointsByBackupVault', 'secretsmanager:ListSecrets', 'acm:ListCertificates', 'access-analyzer:ListAnalyzers', 'ssm:DescribeDocumentPermission',
    ]));
    expect(status('aws-iam-break-glass-access-documented', `arn:aws:iam::${ACCT}:break-glass`)).toBe('not_assessed');
    expect(status('aws-iam-user-no-direct-policies', `arn:aws:iam::${ACCT}:user/bob`)).toBe('not_assessed');
    expect(status('aws-iam-access-analyzer-enabled', `arn:aws:access-analyzer:${R}:${ACCT}:analyzers`)).toBe('not_assessed');
    expect(status('aws-backup-restore-testing-plan', `arn:aws:backup:${R}:${ACCT}:region-settings`)).toBe('not_assessed');
    expect(status('aws-backup-recovery-point-encrypted', `arn:aws:backup:${R}:${ACCT}:backup-vault:main`)).toBe('not_assessed');
    expect(status('aws-ssm-document-not-public', `arn:aws:ssm:${R}:${ACCT}:document/hardening`)).toBe('not_assessed');
    expect(byId(`arn:aws:iam::${ACCT}:role/app`)).toBeUndefined();
  });
});
