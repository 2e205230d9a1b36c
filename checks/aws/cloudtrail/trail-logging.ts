import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudtrail-trail-logging',
    title: 'CloudTrail trail is logging',
    severity: 'high',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(D)'],
    rationale: 'A trail that exists but was stopped (StopLogging, a common step in attacks) records nothing; the status comes from GetTrailStatus.',
    remediation: {
      summary: 'Start logging on the trail and alert on StopLogging events.',
      console: 'CloudTrail > Trails > trail > Start logging.',
      cli: 'aws cloudtrail start-logging --name TRAIL',
      terraform: 'resource "aws_cloudtrail" "x" { enable_logging = true }',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html'],
  },
  evaluate(trail) {
    const path = 'config.isLogging';
    const v = trail.config.isLogging;
    if (v === undefined) return notAssessed('trail status could not be read (GetTrailStatus)', [path, v]);
    return v ? pass('trail is logging', [path, true]) : fail('trail is stopped', [path, false]);
  },
});
