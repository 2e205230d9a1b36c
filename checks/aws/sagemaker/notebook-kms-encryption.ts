import { defineCheck, ephiOnly, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-sagemaker-notebook-kms-encryption',
    title: 'SageMaker notebook holding ePHI encrypts its storage with a customer-managed KMS key',
    severity: 'medium',
    provider: 'aws',
    service: 'sagemaker',
    resourceTypes: ['aws.sagemaker.notebook-instance'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): SageMaker encrypts every notebook storage volume, by default with an AWS managed key the account cannot restrict or revoke. A customer-managed key gives a key policy, CloudTrail records of every use and the ability to cut off access to the data scientists\' copies of ePHI. Applies only to notebooks tagged as holding ePHI.',
    remediation: {
      summary: 'The key is set at creation: create the notebook instance again with a customer-managed KMS key and move the work.',
      console: 'Amazon SageMaker AI > Notebooks > Create notebook instance > Permissions and encryption > Encryption key: choose a customer-managed key.',
      cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NEW --instance-type ml.t3.medium --role-arn ROLE_ARN --kms-key-id KEY_ARN',
      terraform: 'resource "aws_sagemaker_notebook_instance" "x" { kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html'],
  },
  evaluate(notebook, ctx) {
    const scope = ephiOnly(notebook, ctx, 'notebook is not tagged as holding ePHI (SageMaker encrypts every notebook volume)');
    if (scope) return scope;
    const path = 'config.kmsKeyId';
    const v = notebook.config.kmsKeyId;
    if (v === undefined) return notAssessed('notebook encryption key could not be read', [path, v]);
    return v ? pass('notebook volume is encrypted with a customer-managed key', [path, v]) : fail('ePHI notebook volume is encrypted with the AWS managed key, not a customer-managed one', [path, null]);
  },
});
