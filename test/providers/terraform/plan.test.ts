import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadTerraformPlans } from '../../../providers/terraform/index.js';
import { parsePlan } from '../../../providers/terraform/plan.js';
import { UNKNOWN } from '../../../providers/terraform/model.js';
import { mapResources } from '../../../providers/terraform/map/index.js';
import { planDoc } from '../../adversarial/iac/generate.js';
import { isType, type Resource } from '../../../src/model/resource.js';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (p: string) => join(root, 'fixtures/iac', p);
const quiet = { warn: () => {} };
const byId = (rs: readonly Resource[], id: string) => {
  const r = rs.find((x) => x.id === id);
  if (!r) throw new Error(`no ${id} in ${rs.map((x) => x.id).join(', ')}`);
  return r;
};

describe('terraform plan JSON', () => {
  it('joins split S3 resources into one bucket config, keys by reference to the aws_kms_key', async () => {
    const rs = await loadTerraformPlans([fixture('aws/plan/compliant.plan.json')], [], quiet);
    const bucket = byId(rs, 'terraform:aws_s3_bucket.records');
    expect(isType(bucket, 'aws.s3.bucket')).toBe(true);
    if (!isType(bucket, 'aws.s3.bucket')) return;
    expect(bucket.config.defaultEncryption).toEqual({ algorithm: 'aws:kms', kmsKeyArn: 'terraform:aws_kms_key.phi', bucketKeyEnabled: true });
    expect(bucket.config.versioning).toBe('Enabled');
    expect(bucket.config.publicAccessBlock).toEqual({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true });
    expect(bucket.config.policy).toMatchObject({ Statement: [{ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] });
    expect(bucket.region).toBe('us-east-1');
    expect(bucket.tags).toEqual({ phi: 'true' });
    // The split resources are not resources of their own.
    expect(rs.some((r) => r.id.includes('aws_s3_bucket_versioning'))).toBe(false);
  });

  it('keeps values unknown until apply as undefined (configured) and reads unconfigured computed attributes as defaults', async () => {
    const rs = await loadTerraformPlans([fixture('aws/plan/compliant.plan.json')], [], quiet);
    const unset = byId(rs, 'terraform:aws_ebs_volume.unset');
    // `encrypted` is computed (the region default decides): left out of the configuration, it is the provider default and marked defaulted.
    expect(unset.config).toMatchObject({ encrypted: false });
    expect(unset.source).toMatchObject({ defaulted: ['encrypted'] });
    const db = byId(rs, 'terraform:aws_db_instance.records');
    expect(db.config).toMatchObject({ tlsParameter: { name: 'rds.force_ssl', value: '1' }, kmsKeyId: 'terraform:aws_kms_key.phi', backupRetentionDays: 14 });
  });

  it('maps after_unknown to UNKNOWN for configured attributes', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [{ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', change: { actions: ['create'], after: { description: 'k' }, after_unknown: { enable_key_rotation: true } } }],
      configuration: { root_module: { resources: [{ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', expressions: { enable_key_rotation: { references: ['var.rotate'] } } }] } },
    });
    const [k] = parsePlan('p.json', text);
    expect(k?.values.enable_key_rotation).toBe(UNKNOWN);
  });

  it('names the plan file and the line of the resource when no source is found', async () => {
    const rs = await loadTerraformPlans([fixture('aws/plan/compliant.plan.json')], [], quiet);
    const key = byId(rs, 'terraform:aws_kms_key.phi');
    const lines = readFileSync(fixture('aws/plan/compliant.plan.json'), 'utf8').split('\n');
    expect(key.source).toMatchObject({ kind: 'iac', format: 'terraform-plan', file: 'fixtures/iac/aws/plan/compliant.plan.json', address: 'aws_kms_key.phi' });
    if (key.source.kind !== 'iac') return;
    expect(lines[key.source.line - 1]).toContain('"address": "aws_kms_key.phi"');
  });

  it('resolves plan resources to .tf lines and module call sites from the plan directory, with inline suppressions', async () => {
    const rs = await loadTerraformPlans([fixture('aws/noncompliant/plan.json')], [], quiet);
    const db = byId(rs, 'terraform:module.data.aws_db_instance.records');
    expect(db.source).toMatchObject({ format: 'terraform-plan', file: 'fixtures/iac/aws/noncompliant/modules/data/main.tf', line: 10, moduleCall: { file: 'fixtures/iac/aws/noncompliant/main.tf', line: 180 } });
    const sg = byId(rs, 'terraform:aws_security_group.web');
    expect(sg.config).toMatchObject({ ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] }] });
    expect(sg.source).toMatchObject({ suppressions: [{ checkId: 'aws-ec2-sg-no-public-all-traffic', reason: 'temporary load test, ticket SEC-142' }] });
  });

  it('rejects unsupported format versions and non-plan JSON with file and position', async () => {
    await expect(loadTerraformPlans([fixture('aws/plan/unsupported-version.plan.json')], [], quiet)).rejects.toThrow(/unsupported-version\.plan\.json:2:3: unsupported plan format_version "2\.0"/);
    expect(() => parsePlan('x.json', '{"resources": []}')).toThrow(InputError);
    expect(() => parsePlan('x.json', '{"format_version": "1.2", "planned_values": {')).toThrow(/x\.json:1:\d+: invalid JSON/);
  });

  it('shares what a million resources repeat: one frozen empty tags map and one copy of each defaulted list per input (values unchanged)', () => {
    const key = (name: string, tags?: Record<string, string>) => ({ type: 'aws_kms_key', name, values: { description: name, enable_key_rotation: true, ...(tags ? { tags } : {}) } });
    const doc = planDoc('1.2', [key('a'), key('b'), key('c', { env: 'prod' })]);
    const [a, b, c] = mapResources(parsePlan('p.json', JSON.stringify(doc)));
    expect(a?.tags).toEqual({});
    expect(a?.tags).toBe(b?.tags);
    expect(Object.isFrozen(a?.tags)).toBe(true);
    expect(c?.tags).toEqual({ env: 'prod' });
    const defaulted = (r: Resource | undefined) => (r?.source.kind === 'iac' ? r.source.defaulted : undefined);
    expect(defaulted(a)).toEqual(['customer_master_key_spec', 'is_enabled', 'key_usage', 'rotation_period_in_days']);
    expect(defaulted(a)).toBe(defaulted(b));
    expect(defaulted(c)).toBe(defaulted(a));
  });
});
