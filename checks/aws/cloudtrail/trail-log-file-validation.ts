import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudtrail-trail-log-file-validation',
    title: 'CloudTrail trail validates log file integrity',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    requirements: ['audit-logging', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)', '45 CFR 164.312(c)(2)'],
    rationale: 'Log file validation writes signed digest files, so an investigator can prove the audit records were not changed or deleted after delivery.',
    remediation: {
      summary: 'Enable log file validation on the trail.',
      console: 'CloudTrail > Trails > trail > General details > Edit > Additional settings > Log file validation: Enabled.',
      cli: 'aws cloudtrail update-trail --name TRAIL --enable-log-file-validation',
      terraform: 'resource "aws_cloudtrail" "x" { enable_log_file_validation = true }',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
  },
  evaluate(trail) {
    const path = 'config.logFileValidation';
    const v = trail.config.logFileValidation;
    if (v === undefined) return notAssessed('log file validation could not be read', [path, v]);
    return v ? pass('log file validation is on', [path, true]) : fail('log file validation is off', [path, false]);
  },
});
