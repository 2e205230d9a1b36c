import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ssm-instance-association-compliant',
    title: 'EC2 instance is compliant with its State Manager associations',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'ssm',
    resourceTypes: ['aws.ec2.instance'],
    requirements: ['configuration-management', 'secure-configuration', 'patch-install-controls'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'State Manager associations keep an instance in its defined configuration: patch installation runs (AWS-RunPatchBaseline), agent and anti-malware installs, hardening documents. An association that failed on the instance leaves it outside that configuration (proposed 164.312(c)(2)(iii)) or unpatched (proposed 164.312(h)(2)(iv)). Fails when Systems Manager reports the instance NON_COMPLIANT for any association (AWS Config ec2-managedinstance-association-compliance-status-check). Instances with no association are not applicable; when the compliance listing failed, not assessed.',
    remediation: {
      summary: 'Find the failed association run, fix its cause (permissions, document parameters, agent), and re-run it.',
      console: 'Systems Manager > State Manager > association > Execution history > failed run > Output; then Apply association now.',
      cli: 'aws ssm list-compliance-items --resource-ids INSTANCE --resource-types ManagedInstance --filters Key=ComplianceType,Values=Association && aws ssm start-associations-once --association-ids ASSOCIATION',
      terraform: 'resource "aws_ssm_association" "patch" { name = "AWS-RunPatchBaseline"\n parameters = { Operation = "Install" }\n targets { key = "InstanceIds"\n values = [aws_instance.x.id] } }',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/ec2-managedinstance-association-compliance-status-check.html', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/compliance-about.html'],
  },
  evaluate(instance) {
    const c = instance.config;
    if (c.state !== undefined && c.state !== 'running') return notApplicable(`instance is ${c.state}`);
    const path = 'config.associationCompliance';
    const a = c.associationCompliance;
    if (a === undefined) return notAssessed('association compliance could not be read', [path, a]);
    if (a === null) return c.ssmManaged === false ? notAssessed('instance is not managed by Systems Manager, so no association can run on it', ['config.ssmManaged', false]) : notApplicable('no State Manager association reports on this instance');
    if (a.status !== 'COMPLIANT') return fail(`${a.nonCompliant} association(s) non-compliant${a.lastExecution ? ` at the run of ${a.lastExecution}` : ''}`, [`${path}.status`, a.status], [`${path}.nonCompliant`, a.nonCompliant]);
    return pass('every association is compliant', [`${path}.status`, a.status], [`${path}.lastExecution`, a.lastExecution]);
  },
});
