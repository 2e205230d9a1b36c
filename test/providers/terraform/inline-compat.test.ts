/**
 * Checkov / tfsec / Trivy inline skips: honoured only in comments, only when they name a phiscan
 * check id or a declared alias, never with an expiry; and the aliases table in docs/iac.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiscan } from '../../helpers/cli.js';
import { ALL_CHECKS } from '../../../checks/index.js';
import { foreignSuppressions } from '../../../providers/terraform/model.js';
import { expectGeneratedSection } from '../../helpers/generated-doc.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('foreignSuppressions', () => {
  it('reads Checkov skips with and without a reason', () => {
    expect(foreignSuppressions('checkov:skip=CKV_AWS_16: "SQL Server edition without storage encryption"')).toEqual([{ checkId: 'CKV_AWS_16', reason: 'SQL Server edition without storage encryption (checkov:skip=CKV_AWS_16)' }]);
    expect(foreignSuppressions('checkov:skip=CKV_AWS_21')).toEqual([{ checkId: 'CKV_AWS_21', reason: 'no reason given (checkov:skip=CKV_AWS_21)' }]);
  });

  it('reads several tfsec / Trivy ignores on one line, upper-cases AVD ids, and skips those with an expiry', () => {
    expect(foreignSuppressions('trivy:ignore:avd-aws-0090 trivy:ignore:AVD-AWS-0089 # logs bucket')).toEqual([
      { checkId: 'AVD-AWS-0090', reason: 'logs bucket (trivy:ignore:AVD-AWS-0090)' },
      { checkId: 'AVD-AWS-0089', reason: 'logs bucket (trivy:ignore:AVD-AWS-0089)' },
    ]);
    expect(foreignSuppressions('tfsec:ignore:aws-kms-auto-rotate-keys:exp:2099-01-01 tfsec:ignore:aws-s3-enable-versioning')).toEqual([{ checkId: 'aws-s3-enable-versioning', reason: 'no reason given (tfsec:ignore:aws-s3-enable-versioning)' }]);
  });

  it('reads nothing that is not at the start of the comment, or another syntax', () => {
    for (const text of ['see checkov:skip=CKV_AWS_21', 'checkov:skip:CKV_AWS_21', 'tfsec:ignore:*', 'nosec', 'trivy:ignore']) expect(foreignSuppressions(text), text).toEqual([]);
  });
});

describe('Checkov / tfsec / Trivy comments in a Terraform directory', () => {
  it('suppress the phiscan check they name by alias, and only in comments', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-inline-compat-'));
    writeFileSync(join(d, 'main.tf'), [
      'resource "aws_kms_key" "skipped" {',
      '  #checkov:skip=CKV_AWS_7: imported key material, rotated by the HSM team',
      '  description = "k"',
      '}',
      '#tfsec:ignore:aws-kms-auto-rotate-keys',
      'resource "aws_kms_key" "tfsec" {}',
      '# trivy:ignore:AVD-AWS-0090 trivy:ignore:AVD-AWS-9999 scratch bucket',
      'resource "aws_s3_bucket" "scratch" { bucket = "scratch" }',
      'resource "aws_kms_key" "in_a_string" {',
      '  description = "#checkov:skip=CKV_AWS_7: not a comment"',
      '}',
      '#trivy:ignore:AVD-AWS-0065:exp:2020-01-01 expired long ago',
      'resource "aws_kms_key" "expired" {}',
      '',
    ].join('\n'));
    const r = await phiscan(['scan', '--terraform-dir', d, '--checks', 'CKV_AWS_7,aws-s3-bucket-versioning-enabled', '-o', join(d, 'out'), '-q'], { cwd: root });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(d, 'out/phiscan.json'), 'utf8')) as { findings: { checkId: string; status: string; resource: { id: string }; suppression?: { source: string; reason: string } }[] };
    const of = (id: string) => report.findings.find((f) => f.resource.id === `terraform:${id}`);
    expect(of('aws_kms_key.skipped')).toMatchObject({ checkId: 'aws-kms-key-rotation-enabled', status: 'fail', suppression: { source: 'inline', reason: 'imported key material, rotated by the HSM team (checkov:skip=CKV_AWS_7)' } });
    expect(of('aws_kms_key.tfsec')?.suppression?.reason).toBe('no reason given (tfsec:ignore:aws-kms-auto-rotate-keys)');
    expect(of('aws_s3_bucket.scratch')).toMatchObject({ checkId: 'aws-s3-bucket-versioning-enabled', suppression: { reason: 'scratch bucket (trivy:ignore:AVD-AWS-0090)' } });
    expect(of('aws_kms_key.in_a_string')?.status).toBe('fail');
    expect(of('aws_kms_key.in_a_string')?.suppression).toBeUndefined();
    expect(of('aws_kms_key.expired')?.suppression).toBeUndefined();
  });
});

describe('docs/iac.md aliases table', () => {
  it('lists every declared alias (PHISCAN_UPDATE_DOCS=1 rewrites it)', () => {
    const START = '<!-- aliases:start -->';
    const END = '<!-- aliases:end -->';
    const kind = (a: string) => (/^CKV2?_/.test(a) ? 'checkov' : /^AVD-/.test(a) ? 'trivy' : 'tfsec');
    const rows = ALL_CHECKS.filter((c) => (c.meta.aliases ?? []).length > 0)
      .map((c) => c.meta)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((m) => {
        const by = (k: string) => (m.aliases ?? []).filter((a) => kind(a) === k).map((a) => `\`${a}\``).join(', ');
        return `| \`${m.id}\` | ${by('checkov')} | ${by('trivy')} | ${by('tfsec')} |`;
      });
    const table = ['| phiscan check | Checkov | Trivy (AVD id) | tfsec / Trivy long id |', '|---|---|---|---|', ...rows].join('\n');
    expectGeneratedSection(join(root, 'docs', 'iac.md'), START, END, `${START}\n${table}\n${END}`);
  });
});
