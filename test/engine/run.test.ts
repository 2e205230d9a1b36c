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
    const a = evaluate([tagged], [], [check], { now: TEST_NOW }).findings[0];
    const b = evaluate([tagged], [], [check], { now: TEST_NOW }).findings[0];
    expect(a?.severity).toBe('high');
    expect(a?.fingerprint).toBe(b?.fingerprint);
    const never = defineCheck({ ...check, evaluate: () => fail('x', ['config.x', 1]) });
    expect(evaluate([tagged], [], [never], { now: TEST_NOW }).findings[0]?.status).toBe('fail');
  });
});
