import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { evaluate } from '../../../src/engine/run.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

/**
 * A value derived from another resource (a snapshot's encryption from its volume or database) is
 * never more certain than what the checks conclude for that source: when the source is not
 * assessed, the derived resource is not assessed either, never failed (or passed) on a default.
 */
async function statuses(hcl: string): Promise<Record<string, string>> {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-derived-'));
  writeFileSync(join(d, 'main.tf'), `provider "aws" {\n  region = "us-east-1"\n}\n${hcl}`);
  const rs = await loadTerraformDirs([d], { warn: () => {} });
  const out: Record<string, string> = {};
  for (const f of evaluate(rs, [], ALL_CHECKS, { now: TEST_NOW }).findings) out[`${f.checkId} ${f.resource.id.replace('terraform:', '')}`] = f.status;
  return out;
}

const VOLUME = (attrs: string) => `resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size = 10\n${attrs}}\nresource "aws_ebs_snapshot" "data" {\n  volume_id = aws_ebs_volume.data.id\n}\n`;
const pair = (s: Record<string, string>) => [s['aws-ec2-volume-encrypted aws_ebs_volume.data'], s['aws-ec2-snapshot-encrypted aws_ebs_snapshot.data']];

describe('an EBS snapshot has its volume\'s encryption, as judged for the volume', () => {
  it('volume left at the default, region setting not in the input: both not assessed (the snapshot is not "not encrypted")', async () => {
    expect(pair(await statuses(VOLUME('')))).toEqual(['not_assessed', 'not_assessed']);
  });

  it('region encryption by default on in the input: both pass', async () => {
    expect(pair(await statuses(`${VOLUME('')}resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}\n`))).toEqual(['pass', 'pass']);
  });

  it('region encryption by default off in the input: both fail', async () => {
    expect(pair(await statuses(`${VOLUME('')}resource "aws_ebs_encryption_by_default" "this" {\n  enabled = false\n}\n`))).toEqual(['fail', 'fail']);
  });

  it('encrypted = false, region setting unknown: both fail; encrypted = true: both pass', async () => {
    expect(pair(await statuses(VOLUME('  encrypted = false\n')))).toEqual(['fail', 'fail']);
    expect(pair(await statuses(VOLUME('  encrypted = true\n')))).toEqual(['pass', 'pass']);
  });

  it('encrypted known only after apply: both not assessed', async () => {
    expect(pair(await statuses(VOLUME('  encrypted = data.aws_ebs_default_kms_key.current.id != ""\n')))).toEqual(['not_assessed', 'not_assessed']);
  });
});

const SNAPSHOT = 'resource "aws_db_snapshot" "s" {\n  db_instance_identifier = aws_db_instance.db.identifier\n  db_snapshot_identifier = "s"\n}\n';

describe('an RDS snapshot has its database\'s encryption', () => {
  it('a fresh instance left at the default: both fail; encrypted: both pass', async () => {
    const db = (attrs: string) => `resource "aws_db_instance" "db" {\n  identifier = "db"\n  engine = "postgres"\n${attrs}}\n${SNAPSHOT}`;
    const of = (s: Record<string, string>) => [s['aws-rds-instance-storage-encrypted aws_db_instance.db'], s['aws-rds-snapshot-encrypted aws_db_snapshot.s']];
    expect(of(await statuses(db('')))).toEqual(['fail', 'fail']);
    expect(of(await statuses(db('  storage_encrypted = true\n')))).toEqual(['pass', 'pass']);
  });

  it('an instance restored from a snapshot outside the input: its encryption is the snapshot\'s, so both are not assessed', async () => {
    const s = await statuses(`resource "aws_db_instance" "db" {\n  identifier = "db"\n  engine = "postgres"\n  snapshot_identifier = "rds:prod-2026-01-01"\n}\n${SNAPSHOT}`);
    expect([s['aws-rds-instance-storage-encrypted aws_db_instance.db'], s['aws-rds-snapshot-encrypted aws_db_snapshot.s']]).toEqual(['not_assessed', 'not_assessed']);
  });

  it('a read replica of an encrypted instance in the input is encrypted, and so is its snapshot', async () => {
    const s = await statuses('resource "aws_db_instance" "primary" {\n  identifier = "primary"\n  engine = "postgres"\n  storage_encrypted = true\n}\nresource "aws_db_instance" "db" {\n  identifier = "db"\n  replicate_source_db = aws_db_instance.primary.identifier\n}\n' + SNAPSHOT);
    expect([s['aws-rds-instance-storage-encrypted aws_db_instance.db'], s['aws-rds-snapshot-encrypted aws_db_snapshot.s']]).toEqual(['pass', 'pass']);
  });

  it('an Aurora member named by reference is a member (not applicable), and its snapshot has the cluster\'s encryption', async () => {
    const cluster = (enc: string) => `resource "aws_rds_cluster" "c" {\n  cluster_identifier = "c"\n  engine = "aurora-postgresql"\n${enc}}\nresource "aws_db_instance" "db" {\n  identifier = "db"\n  engine = "aurora-postgresql"\n  cluster_identifier = aws_rds_cluster.c.id\n}\n${SNAPSHOT}`;
    const on = await statuses(cluster('  storage_encrypted = true\n'));
    // Not applicable to a member: the engine records no finding for it.
    expect([on['aws-rds-instance-storage-encrypted aws_db_instance.db'], on['aws-rds-cluster-storage-encrypted aws_rds_cluster.c'], on['aws-rds-snapshot-encrypted aws_db_snapshot.s']]).toEqual([undefined, 'pass', 'pass']);
    const off = await statuses(cluster(''));
    expect([off['aws-rds-cluster-storage-encrypted aws_rds_cluster.c'], off['aws-rds-snapshot-encrypted aws_db_snapshot.s']]).toEqual(['fail', 'fail']);
  });

  it('a cluster restored from a snapshot without a KMS key takes the snapshot\'s encryption: not assessed', async () => {
    const s = await statuses('resource "aws_rds_cluster" "c" {\n  cluster_identifier = "c"\n  engine = "aurora-postgresql"\n  snapshot_identifier = "arn:aws:rds:us-east-1:111122223333:cluster-snapshot:x"\n}\n');
    expect(s['aws-rds-cluster-storage-encrypted aws_rds_cluster.c']).toBe('not_assessed');
  });
});
