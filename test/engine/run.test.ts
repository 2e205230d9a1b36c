import { describe, expect, it } from 'vitest';
import { defineCheck, fail, pass } from '../../src/engine/check-api.js';
import { evaluate } from '../../src/engine/run.js';
import check from '../../checks/aws/s3/bucket-kms-encryption.js';
import { makeResource, TEST_NOW } from '../helpers/check-tester.js';

const bucket = (id: string, algorithm: string | undefined) =>
  makeResource('aws.s3.bucket', { defaultEncryption: algorithm === undefined ? undefined : { algorithm, kmsKeyArn: null, bucketKeyEnabled: null }, policy: null, versioning: 'Off', mfaDelete: false, objectLock: null, publicAccessBlock: null, logging: null }, { id });

describe('engine', () => {
  it('orders findings by check id then resource id, whatever the input order', () => {
    const other = defineCheck({ ...check, meta: { ...check.meta, id: 'aws-s3-aaa' }, evaluate: () => pass('ok') });
    const r = evaluate([bucket('z', 'AES256'), bucket('a', 'aws:kms')], [], [check, other], { now: TEST_NOW });
    expect(r.findings.map((f) => `${f.checkId}|${f.resource.id}`)).toEqual(['aws-s3-aaa|a', 'aws-s3-aaa|z', 'aws-s3-bucket-kms-encryption|a', 'aws-s3-bucket-kms-encryption|z']);
  });

  it('reports a throwing check as not assessed, never pass', () => {
    const broken = defineCheck({ ...check, evaluate: () => { throw new Error('boom'); } });
    const [f] = evaluate([bucket('a', 'aws:kms')], [], [broken], { now: TEST_NOW }).findings;
    expect(f?.status).toBe('not_assessed');
    expect(f?.message).toContain('boom');
  });

  it('reports unknown values as not assessed', () => {
    expect(evaluate([bucket('a', undefined)], [], [check], { now: TEST_NOW }).findings[0]?.status).toBe('not_assessed');
  });

  it('turns a coverage gap into not-assessed findings for the hidden types', () => {
    const r = evaluate([], [{ provider: 'aws', service: 's3', operation: 'ListBuckets', account: '1', region: 'us-east-1', resourceTypes: ['aws.s3.bucket'], reason: 'access-denied', message: 'denied' }], [check], { now: TEST_NOW });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ status: 'not_assessed', resource: { id: 'aws/1/us-east-1/aws.s3.bucket/*' } });
  });

  it('raises severity for ePHI-tagged resources and keeps fingerprints stable', () => {
    const tagged = makeResource('aws.s3.bucket', bucket('p', 'AES256').config, { id: 'p', tags: { phi: 'true' } });
    const raised = defineCheck({ ...check, meta: { ...check.meta, ephiSeverity: 'high' } });
    const a = evaluate([tagged], [], [raised], { now: TEST_NOW }).findings[0];
    const b = evaluate([tagged], [], [raised], { now: TEST_NOW }).findings[0];
    expect(a?.severity).toBe('high');
    // Key management beyond the NPRM stays at medium, ePHI or not.
    expect(evaluate([tagged], [], [check], { now: TEST_NOW }).findings[0]?.severity).toBe('medium');
    expect(a?.fingerprint).toBe(b?.fingerprint);
    const never = defineCheck({ ...check, evaluate: () => fail('x', ['config.x', 1]) });
    expect(evaluate([tagged], [], [never], { now: TEST_NOW }).findings[0]?.status).toBe('fail');
  });

  it('applies a recorded exception to failing findings before any suppression, and to nothing else', () => {
    const exception = { requirement: 'key-management' as const, ground: '164.312(b)(3)(i)', groundTitle: 'g', compensatingControl: 'c', owner: 'o', reviewBy: '2027-01-01', entry: 1 };
    const inline = makeResource('aws.s3.bucket', bucket('i', 'AES256').config, { id: 'i', source: { kind: 'iac', format: 'terraform-plan', file: 'main.tf', line: 1, address: 'aws_s3_bucket.i', suppressions: [{ checkId: check.meta.id, reason: 'tested' }] } });
    const r = evaluate([bucket('a', 'AES256'), bucket('b', 'aws:kms'), bucket('c', undefined), inline], [], [check], {
      now: TEST_NOW,
      except: (f) => (f.resource.id === 'a' || f.resource.id === 'i' || f.resource.id === 'b' || f.resource.id === 'c' ? exception : undefined),
      suppress: () => ({ reason: 'file', source: 'suppressions-file' }),
    });
    const by = new Map(r.findings.map((f) => [f.resource.id, f]));
    expect(by.get('a')).toMatchObject({ status: 'excepted', exception });
    expect(by.get('a')?.suppression).toBeUndefined();
    expect(by.get('i')).toMatchObject({ status: 'excepted' });
    expect(by.get('i')?.suppression).toBeUndefined();
    expect(by.get('b')).toMatchObject({ status: 'pass' });
    expect(by.get('c')).toMatchObject({ status: 'not_assessed', suppression: { source: 'suppressions-file' } });
  });
});
