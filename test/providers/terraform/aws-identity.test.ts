import { describe, expect, it } from 'vitest';
import { mapResources } from '../../../providers/terraform/map/index.js';
import { parsePlan } from '../../../providers/terraform/plan.js';
import type { Resource } from '../../../src/model/resource.js';
import { constant, planJson, refs } from './plan-builder.js';
import { awsHcl } from './aws-hcl.js';

const config = (rs: readonly Resource[], id: string): unknown => rs.find((x) => x.id === `terraform:${id}`)?.config;

describe('Terraform: IAM roles and policies, ACM, SSM documents, Access Analyzer, backup rules', () => {
  it('joins role attachments and inline policies, linking customer-managed policies of the input by id', async () => {
    const rs = await awsHcl(`
resource "aws_iam_policy" "all" {
  name   = "all"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "sts:AssumeRole" }] })
  tags               = { "phiscan:break-glass" = "true" }
}
resource "aws_iam_role_policy_attachment" "ops_all" {
  role       = aws_iam_role.ops.name
  policy_arn = aws_iam_policy.all.arn
}
resource "aws_iam_role_policy_attachment" "ops_ro" {
  role       = aws_iam_role.ops.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
resource "aws_iam_role_policy" "ops_inline" {
  name   = "inline"
  role   = aws_iam_role.ops.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
resource "aws_iam_user" "u" {
  name = "u"
}
resource "aws_iam_user_policy_attachment" "u" {
  user       = aws_iam_user.u.name
  policy_arn = aws_iam_policy.all.arn
}
`);
    expect(config(rs, 'aws_iam_policy.all')).toEqual({ document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, attachmentCount: undefined });
    expect(config(rs, 'aws_iam_role.ops')).toMatchObject({
      serviceLinked: false, attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'terraform:aws_iam_policy.all'],
      inlinePolicies: [{ name: 'inline', document: { Statement: [{ Action: 's3:GetObject' }] } }],
    });
    expect(rs.find((r) => r.id === 'terraform:aws_iam_role.ops')?.tags).toEqual({ 'phiscan:break-glass': 'true' });
    expect(config(rs, 'aws_iam_user.u')).toMatchObject({ attachedPolicyArns: ['terraform:aws_iam_policy.all'], inlinePolicyNames: [] });
  });

  it('maps certificates, documents, analyzers and backup rule schedules, with AWS defaults and unknowns', async () => {
    const rs = await awsHcl(`
resource "aws_acm_certificate" "requested" {
  domain_name       = "a.example.org"
  validation_method = "DNS"
}
resource "aws_acm_certificate" "imported" {
  private_key      = "-----BEGIN PRIVATE KEY-----"
  certificate_body = "-----BEGIN CERTIFICATE-----"
}
resource "aws_ssm_document" "public" {
  name          = "pub"
  document_type = "Automation"
  content       = "{}"
  permissions = {
    type        = "Share"
    account_ids = "111122223333,All"
  }
}
resource "aws_ssm_document" "private" {
  name    = "priv"
  content = "{}"
}
resource "aws_accessanalyzer_analyzer" "a" {
  analyzer_name = "a"
}
resource "aws_backup_plan" "p" {
  name = "p"
  rule {
    rule_name         = "default-schedule"
    target_vault_name = "v"
  }
  rule {
    rule_name                = "pitr"
    target_vault_name        = "v"
    schedule                 = "cron(0 5 ? * SUN *)"
    enable_continuous_backup = true
    lifecycle {
      delete_after = 35
    }
  }
}
`);
    expect(config(rs, 'aws_acm_certificate.requested')).toMatchObject({ certificateType: 'AMAZON_ISSUED', keyAlgorithm: 'RSA_2048', notAfter: undefined, status: undefined });
    // An imported key's algorithm is in the PEM, not the configuration.
    expect(config(rs, 'aws_acm_certificate.imported')).toMatchObject({ certificateType: 'IMPORTED', keyAlgorithm: undefined });
    expect(config(rs, 'aws_ssm_document.public')).toEqual({ documentType: 'Automation', sharedWith: ['111122223333', 'All'] });
    expect(config(rs, 'aws_ssm_document.private')).toEqual({ documentType: 'Command', sharedWith: [] });
    expect(config(rs, 'aws_accessanalyzer_analyzer.a')).toEqual({ analyzers: [{ arn: 'terraform:aws_accessanalyzer_analyzer.a', type: 'ACCOUNT', status: null }] });
    expect(config(rs, 'aws_backup_plan.p')).toMatchObject({
      rules: [
        { name: 'default-schedule', scheduleExpression: 'cron(0 5 ? * * *)', continuous: false, deleteAfterDays: null },
        { name: 'pitr', scheduleExpression: 'cron(0 5 ? * SUN *)', continuous: true, deleteAfterDays: 35 },
      ],
    });
  });

  it('keeps a plan\'s unknowns unknown: a policy document, a role attachment\'s ARN, a rule\'s retention', () => {
    const rs = mapResources(parsePlan('plan.json', planJson([
      { type: 'aws_iam_policy', name: 'p', after: { name: 'p' }, afterUnknown: { policy: true }, expressions: { name: constant('p'), policy: refs('data.aws_iam_policy_document.x.json') } },
      { type: 'aws_iam_role', name: 'r', after: { name: 'r', assume_role_policy: '{"Version":"2012-10-17","Statement":[]}' }, expressions: { name: constant('r') } },
      { type: 'aws_iam_role_policy_attachment', name: 'a', after: { role: 'r' }, afterUnknown: { policy_arn: true }, expressions: { role: refs('aws_iam_role.r.name'), policy_arn: refs('var.policy') } },
      { type: 'aws_backup_plan', name: 'b', after: { name: 'b', rule: [{ rule_name: 'd', target_vault_name: 'v', schedule: 'cron(0 5 ? * * *)', copy_action: [], lifecycle: [{}] }] }, afterUnknown: { rule: [{ lifecycle: [{ delete_after: true }] }] }, expressions: { name: constant('b') } },
    ])));
    expect(rs.find((r) => r.id === 'terraform:aws_iam_policy.p')?.config).toEqual({ document: undefined, attachmentCount: undefined });
    expect(rs.find((r) => r.id === 'terraform:aws_iam_role.r')?.config).toMatchObject({ attachedPolicyArns: ['terraform:aws_iam_role_policy_attachment.a'] });
    expect(rs.find((r) => r.id === 'terraform:aws_backup_plan.b')?.config).toMatchObject({ rules: undefined });
  });
});
