import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-inspector2-scanning-enabled',
    title: 'Amazon Inspector scans EC2, ECR and Lambda for vulnerabilities',
    severity: 'medium',
    provider: 'aws',
    service: 'inspector2',
    resourceTypes: ['aws.inspector2.status'],
    requirements: ['vulnerability-scanning'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(A)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM would require automated vulnerability scans at least every six months, or more often as the risk analysis says (proposed 164.312(h)(2)(i)). Amazon Inspector scans EC2 instances, container images in ECR and Lambda functions continuously for known CVEs and network exposure. Each scan type is enabled per region.',
    remediation: {
      summary: 'Enable Inspector for EC2, ECR and Lambda in every region (delegated administrator with auto-enable for the organization).',
      console: 'Amazon Inspector > Get started > Activate Inspector; Account management > Activate EC2, ECR and Lambda scanning.',
      cli: 'aws inspector2 enable --resource-types EC2 ECR LAMBDA --region REGION',
      terraform: 'resource "aws_inspector2_enabler" "x" { account_ids = [data.aws_caller_identity.current.account_id]\n resource_types = ["EC2", "ECR", "LAMBDA"] }',
    },
    references: ['https://docs.aws.amazon.com/inspector/latest/user/getting_started_tutorial.html'],
  },
  evaluate(status) {
    const c = status.config;
    const types = [['ec2', c.ec2], ['ecr', c.ecr], ['lambda', c.lambda]] as const;
    const off = types.filter(([, v]) => v === false).map(([k]) => k);
    if (off.length > 0) return fail(`Inspector scanning is off for ${off.join(', ')}`, ...types.map(([k, v]) => [`config.${k}`, v] as const));
    const unknown = types.filter(([, v]) => v === undefined).map(([k]) => k);
    if (unknown.length > 0) return notAssessed(`Inspector status could not be read for ${unknown.join(', ')}`, ...types.map(([k, v]) => [`config.${k}`, v] as const));
    return pass('Inspector scans EC2, ECR and Lambda', ['config.ec2', true], ['config.ecr', true], ['config.lambda', true]);
  },
});
