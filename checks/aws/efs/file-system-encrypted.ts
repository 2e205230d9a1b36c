import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-efs-file-system-encrypted',
    title: 'EFS file system is encrypted at rest',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'efs',
    resourceTypes: ['aws.efs.file-system'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'EFS encryption at rest is chosen at creation only; an unencrypted file system stores shared ePHI files in clear.',
    remediation: {
      summary: 'Create a new encrypted file system (customer-managed key) and migrate the data with AWS DataSync or a backup restore.',
      console: 'EFS > Create file system > Customize > Enable encryption of data at rest > choose key; copy data; switch mount targets.',
      cli: 'aws efs create-file-system --encrypted --kms-key-id KEY_ARN --creation-token NEW',
      terraform: 'resource "aws_efs_file_system" "x" { encrypted = true\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html'],
  },
  evaluate(fs) {
    const path = 'config.encrypted';
    const v = fs.config.encrypted;
    if (v === undefined) return notAssessed('file system encryption could not be read', [path, v]);
    return v ? pass('file system is encrypted', [path, v], ['config.kmsKeyId', fs.config.kmsKeyId]) : fail('file system is not encrypted at rest', [path, v]);
  },
});
