import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-sagemaker-notebook-no-direct-internet',
    title: 'SageMaker notebook instance has no direct internet access',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'sagemaker',
    resourceTypes: ['aws.sagemaker.notebook-instance'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'With direct internet access (the default), SageMaker gives the notebook a network interface with internet access outside the account\'s VPC: its security groups, NACLs, flow logs and egress controls do not apply, and data loaded into the notebook can leave without passing any of them. Disabled, the notebook reaches only what its VPC subnet routes to.',
    remediation: {
      summary: 'Create the notebook in a VPC subnet with direct internet access disabled (a NAT gateway or VPC endpoints give it what it needs).',
      console: 'Amazon SageMaker AI > Notebooks > Create notebook instance > Network > VPC and subnet > Direct internet access: Disable.',
      cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NEW --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET --security-group-ids SG --direct-internet-access Disabled',
      terraform: 'resource "aws_sagemaker_notebook_instance" "x" { subnet_id = aws_subnet.private.id\n  security_groups = [aws_security_group.nb.id]\n  direct_internet_access = "Disabled" }',
    },
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html'],
  },
  evaluate(notebook) {
    const path = 'config.directInternetAccess';
    const v = notebook.config.directInternetAccess;
    if (v === undefined) return notAssessed('direct internet access setting could not be read', [path, v]);
    return v ? fail('notebook has direct internet access outside the VPC', [path, true], ['config.subnetId', notebook.config.subnetId]) : pass('direct internet access is disabled', [path, false], ['config.subnetId', notebook.config.subnetId]);
  },
});
