import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { createExceptionMatcher, validateExceptionChecks } from '../../src/attest/exceptions.js';
import type { RecordedException } from '../../src/attest/file.js';
import type { Finding, Status } from '../../src/model/finding.js';
import type { RequirementId } from '../../src/nprm/catalog.js';

const RUN = '2026-11-25';
const PACS = 'arn:aws:ec2:us-east-1:111122223333:volume/vol-pacs';
const exception = (over: { [K in keyof RecordedException]?: RecordedException[K] | undefined } = {}): RecordedException => ({
  requirement: 'encryption-at-rest',
  ground: '164.312(b)(3)(i)',
  resources: ['arn:aws:ec2:*:111122223333:volume/vol-pacs*'],
  compensatingControl: 'isolated imaging VLAN, no internet route',
  owner: 'Imaging team',
  reviewBy: '2027-03-31',
  ...over,
}) as RecordedException;
const finding = (checkId: string, requirements: readonly RequirementId[], status: Status = 'fail', over: Partial<Finding['resource']> = {}): Finding => ({
  checkId,
  status,
  severity: 'high',
  requirements,
  resource: { id: PACS, type: 'aws.ec2.volume', provider: 'aws', name: 'vol-pacs', account: '111122223333', region: 'us-east-1', source: { kind: 'live', api: 'test' }, ...over },
  ephi: true,
  message: 'not encrypted',
  evidence: [],
  remediation: '',
  fingerprint: 'f',
});

describe('recorded exceptions', () => {
  it('excepts a failing finding of the requirement on a matching resource, with its ground, control, owner and review date', () => {
    const m = createExceptionMatcher([exception()], RUN);
    expect(m.except(finding('aws-ec2-volume-encrypted', ['encryption-at-rest']))).toEqual({
      requirement: 'encryption-at-rest',
      ground: '164.312(b)(3)(i)',
      groundTitle: 'The technology asset does not support encryption, and a written plan to migrate to one that does exists',
      compensatingControl: 'isolated imaging VLAN, no internet route',
      owner: 'Imaging team',
      reviewBy: '2027-03-31',
      entry: 1,
    });
    expect(m.unmatched()).toEqual([]);
    expect(m.evaluated()[0]).toMatchObject({ state: 'active', findings: 1 });
  });

  it('never turns a pass or a not-assessed finding into excepted', () => {
    const m = createExceptionMatcher([exception()], RUN);
    expect(m.except(finding('aws-ec2-volume-encrypted', ['encryption-at-rest'], 'pass'))).toBeUndefined();
    expect(m.except(finding('aws-ec2-volume-encrypted', ['encryption-at-rest'], 'not_assessed'))).toBeUndefined();
    expect(m.unmatched()).toEqual([0]);
  });

  it('excuses only its own requirement: an encryption exception never excuses an access-control or in-transit failure', () => {
    const m = createExceptionMatcher([exception()], RUN);
    expect(m.except(finding('aws-ec2-snapshot-not-public', ['access-control-least-privilege']))).toBeUndefined();
    expect(m.except(finding('aws-rds-instance-tls-required', ['encryption-in-transit']))).toBeUndefined();
    // A finding that also evidences a requirement outside the provision is not excused.
    expect(m.except(finding('x', ['encryption-at-rest', 'network-segmentation']))).toBeUndefined();
    const mfa = createExceptionMatcher([exception({ requirement: 'mfa', ground: '164.312(f)(2)(iii)(A)' })], RUN);
    expect(mfa.except(finding('aws-iam-user-console-mfa', ['mfa']))).toMatchObject({ ground: '164.312(f)(2)(iii)(A)' });
    expect(mfa.except(finding('aws-iam-root-account-mfa', ['mfa', 'privileged-identity-separation']))).toBeUndefined();
  });

  it('matches resources by pattern, accounts by scope (both when both are given) and checks when named', () => {
    expect(createExceptionMatcher([exception()], RUN).except(finding('c', ['encryption-at-rest'], 'fail', { id: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-other' }))).toBeUndefined();
    const scoped = createExceptionMatcher([exception({ resources: undefined, scope: { accounts: ['111122223333'] } })], RUN);
    expect(scoped.except(finding('c', ['encryption-at-rest']))).toBeDefined();
    expect(scoped.except(finding('c', ['encryption-at-rest'], 'fail', { account: '999999999999' }))).toBeUndefined();
    expect(scoped.except(finding('c', ['encryption-at-rest'], 'fail', { provider: 'azure', account: '111122223333' }))).toBeUndefined();
    expect(scoped.except(finding('c', ['encryption-at-rest'], 'fail', { account: undefined }))).toBeUndefined();
    const both = createExceptionMatcher([exception({ scope: { accounts: ['999999999999'] } })], RUN);
    expect(both.except(finding('c', ['encryption-at-rest']))).toBeUndefined();
    const byCheck = createExceptionMatcher([exception({ checks: ['aws-ec2-volume-encrypted'] })], RUN);
    expect(byCheck.except(finding('aws-ec2-snapshot-encrypted', ['encryption-at-rest']))).toBeUndefined();
    expect(byCheck.except(finding('aws-ec2-volume-encrypted', ['encryption-at-rest']))).toBeDefined();
  });

  it('applies through its review date and not the day after; the first matching entry wins', () => {
    expect(createExceptionMatcher([exception({ reviewBy: RUN })], RUN).except(finding('c', ['encryption-at-rest']))).toBeDefined();
    const expired = createExceptionMatcher([exception({ reviewBy: '2026-11-24' }), exception({ owner: 'second', reviewBy: '2026-12-31' })], RUN);
    expect(expired.expired).toEqual([0]);
    expect(expired.except(finding('c', ['encryption-at-rest']))).toMatchObject({ owner: 'second', entry: 2 });
    expect(expired.evaluated().map((e) => [e.state, e.findings])).toEqual([['expired', 0], ['active', 1]]);
    expect(expired.unmatched()).toEqual([]);
  });

  it('rejects check ids that are unknown, old names, or not evidence of the requirement, in one line', () => {
    const checks = ALL_CHECKS.map((c) => c.meta);
    const err = (e: RecordedException): string => {
      try {
        validateExceptionChecks([e], 'a.yaml', checks);
      } catch (x) {
        expect((x as Error).name).toBe('UsageError');
        return (x as Error).message;
      }
      return 'no error';
    };
    expect(err(exception({ checks: ['aws-ec2-volume-encrypted'] }))).toBe('no error');
    expect(err(exception({ checks: ['aws-ec2-volume-encrypt'] }))).toBe('invalid attestations a.yaml: exception 1 (encryption-at-rest): unknown check id "aws-ec2-volume-encrypt" (see `phiscan checks`)');
    expect(err(exception({ checks: ['CKV_AWS_16'] }))).toBe('invalid attestations a.yaml: exception 1 (encryption-at-rest): "CKV_AWS_16" is an alias of check aws-rds-instance-storage-encrypted (an old id or another tool\'s id); use the check id "aws-rds-instance-storage-encrypted"');
    expect(err(exception({ checks: ['aws-s3-bucket-kms-encryption'] }))).toBe('invalid attestations a.yaml: exception 1 (encryption-at-rest): check aws-s3-bucket-kms-encryption does not evidence encryption-at-rest (it evidences key-management)');
  });
});
