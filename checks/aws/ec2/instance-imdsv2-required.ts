import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-instance-imdsv2-required',
    title: 'EC2 instance requires IMDSv2 session tokens',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.instance'],
    requirements: ['secure-configuration', 'configuration-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'IMDSv1 answers any GET request, so one server-side request forgery bug hands out the instance role\'s credentials (and with them the ePHI the role can reach). IMDSv2 requires a session token from a PUT. An instance with the metadata endpoint disabled is compliant.',
    remediation: {
      summary: 'Set HttpTokens to required on the instance (and in launch templates, and as the account default for new instances).',
      console: 'EC2 > Instances > instance > Actions > Instance settings > Modify instance metadata options > IMDSv2: Required.',
      cli: 'aws ec2 modify-instance-metadata-options --instance-id ID --http-tokens required --http-endpoint enabled',
      terraform: 'resource "aws_instance" "x" { metadata_options { http_tokens = "required"\n http_endpoint = "enabled" } }',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html'],
  },
  evaluate(instance) {
    const c = instance.config;
    if (c.state === 'terminated' || c.state === 'shutting-down') return notApplicable(`instance is ${c.state}`);
    const path = 'config.metadataOptions';
    const m = c.metadataOptions;
    if (m === undefined) return notAssessed('metadata options could not be read', [path, m]);
    if (m.httpEndpoint === 'disabled') return pass('instance metadata endpoint is disabled', [`${path}.httpEndpoint`, m.httpEndpoint]);
    return m.httpTokens === 'required' ? pass('IMDSv2 is required', [`${path}.httpTokens`, m.httpTokens]) : fail('instance accepts IMDSv1 requests (HttpTokens optional)', [`${path}.httpTokens`, m.httpTokens]);
  },
});
