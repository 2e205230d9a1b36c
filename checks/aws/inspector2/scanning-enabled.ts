import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

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
    rationale: 'The NPRM proposes vulnerability scanning at least every six months. Amazon Inspector scans EC2 instances, container images in ECR and Lambda functions continuously for known CVEs and network exposure. Each scan type is enabled per region. A scan type that is off where the region holds nothing of that kind (no instances, repositories or functions) is no gap; whether the region holds any is read alongside (DescribeInstances, ECR DescribeRepositories, Lambda GetAccountSettings), and when that is not known the type is not assessed rather than failed.',
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
    const types = [['ec2', 'EC2 instances'], ['ecr', 'ECR repositories'], ['lambda', 'Lambda functions']] as const;
    const ev = types.flatMap(([k]) => [[`config.${k}`, c[k]], [`config.workloads.${k}`, c.workloads[k]]] as const);
    const off = types.filter(([k]) => c[k] === false && c.workloads[k] === true);
    if (off.length > 0) return fail(`Inspector scanning is off for ${off.map(([k, what]) => `${k} (the region has ${what})`).join(', ')}`, ...ev);
    const unknown = types.filter(([k]) => c[k] === undefined || (!c[k] && c.workloads[k] === undefined));
    if (unknown.length > 0) return notAssessed(`Inspector status (or, where a scan type is off, whether the region holds anything for it) could not be read for ${unknown.map(([k]) => k).join(', ')}`, ...ev);
    const scanned = types.filter(([k]) => c[k] === true).map(([k]) => k);
    const empty = types.filter(([k]) => c[k] === false).map(([, what]) => `no ${what}`);
    if (scanned.length === 0) return notApplicable(`nothing for Inspector to scan in this region (${empty.join(', ')})`);
    return pass(`Inspector scans ${scanned.join(', ')}${empty.length > 0 ? `; the other types are off where there is nothing to scan (${empty.join(', ')})` : ''}`, ...ev);
  },
});
