import { describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { evaluate } from '../../../src/engine/run.js';
import { buildViews } from '../../../src/engine/views.js';
import type { Resource } from '../../../src/model/resource.js';
import { TEST_NOW } from '../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from './fixtures.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/k1';

/** A small insecure account: one weakness per NPRM area, ePHI tagged where it matters. */
const world: readonly Resource[] = [
  aws('aws.kms.key', {}, { id: KEY }),
  aws('aws.rds.instance', { storageEncrypted: false, kmsKeyId: null, tlsParameter: { name: 'rds.force_ssl', value: '0' } }, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: EPHI_TAGS }),
  aws('aws.iam.user', { mfaActive: false }, { id: 'arn:aws:iam::111122223333:user/alice' }),
  aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }, { id: 'sg-db' }),
  aws('aws.backup.vault', { locked: false, lockMode: null, accessPolicy: null }, { id: 'arn:aws:backup:us-east-1:111122223333:backup-vault:prod' }),
  aws('aws.backup.region', { planArns: [] }, { id: 'arn:aws:backup:us-east-1:111122223333:region-settings' }),
  aws('aws.iam.root-account', { credentialsPresent: false, mfaEnabled: false, hardwareMfa: null }, { id: 'root-111122223333' }),
];

describe('AWS checks through the engine', () => {
  const result = evaluate(world, [], AWS_CHECKS, { now: TEST_NOW });
  const failed = (id: string) => result.findings.filter((f) => f.checkId === id && f.status === 'fail');

  it('fails in each NPRM area the issue names', () => {
    for (const area of ['encryption-at-rest', 'encryption-in-transit', 'mfa', 'network-segmentation', 'backup-separation'] as const) {
      expect(result.findings.some((f) => f.status === 'fail' && f.requirements.includes(area)), area).toBe(true);
    }
  });

  it('raises severity for ePHI resources', () => {
    const [finding] = failed('aws-rds-instance-storage-encrypted');
    expect(finding?.ephi).toBe(true);
    expect(finding?.severity).toBe('critical');
  });

  it('passes a root user without credentials and never fails it for MFA', () => {
    expect(failed('aws-iam-root-account-mfa')).toEqual([]);
    expect(result.findings.find((f) => f.checkId === 'aws-iam-root-account-mfa')?.status).toBe('pass');
  });

  it('flags the unbacked ePHI database but not untagged resources', () => {
    expect(failed('aws-backup-ephi-resource-covered').map((f) => f.resource.id)).toEqual(['arn:aws:rds:us-east-1:111122223333:db:phi']);
  });
});

describe('the MFA requirement never passes on IAM evidence alone', () => {
  const mfaStatus = (providers: string[]) => {
    const account: readonly Resource[] = [
      aws('aws.iam.root-account', {}, { id: 'arn:aws:iam::111122223333:root' }),
      aws('aws.iam.user', {}, { id: 'arn:aws:iam::111122223333:user/alice' }),
      aws('aws.iam.identity-providers', { samlProviders: providers }, { id: 'arn:aws:iam::111122223333:saml-provider/*' }),
    ];
    const r = evaluate(account, [], AWS_CHECKS, { now: TEST_NOW });
    return buildViews({ checks: r.checks.map((c) => c.meta), findings: r.findings }).requirements.find((q) => q.id === 'mfa')?.status;
  };

  it('passes with IAM users and root only, and is not assessed where IAM Identity Center signs people in', () => {
    expect(mfaStatus([])).toBe('pass');
    expect(mfaStatus(['arn:aws:iam::111122223333:saml-provider/AWSSSO_0123_DO_NOT_DELETE'])).toBe('not_assessed');
  });
});
