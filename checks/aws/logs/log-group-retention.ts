import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-logs-log-group-retention',
    title: 'CloudWatch Logs log group keeps events for at least the minimum retention',
    severity: 'medium',
    provider: 'aws',
    service: 'logs',
    resourceTypes: ['aws.logs.log-group'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)', '45 CFR 164.316(b)(2)(i)'],
    rationale: 'Audit logs that expire before an incident is noticed cannot show what happened to ePHI (audit controls, 164.312(b); the NPRM\'s audit trail and system log controls, proposed 164.312(d)). HIPAA does not set a log retention period; 365 days is the default here (the AWS Config HIPAA conformance pack\'s cw-loggroup-retention-period-check uses 365). "Never expire" passes. Override with the minRetentionDays option.',
    remediation: {
      summary: 'Set the log group\'s retention to at least the configured minimum (365 days by default), or never expire.',
      console: 'CloudWatch > Log groups > group > Actions > Edit retention setting > 1 year (or longer).',
      cli: 'aws logs put-retention-policy --log-group-name GROUP --retention-in-days 365',
      terraform: 'resource "aws_cloudwatch_log_group" "x" { retention_in_days = 365 }',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention', 'https://docs.aws.amazon.com/config/latest/developerguide/cw-loggroup-retention-period-check.html'],
    defaultOptions: { minRetentionDays: 365 },
  },
  evaluate(group, ctx) {
    const path = 'config.retentionInDays';
    const v = group.config.retentionInDays;
    if (v === undefined) return notAssessed('the retention setting could not be read', [path, v]);
    if (v === null) return pass('events never expire', [path, v]);
    const min = numberOption(ctx.options, 'minRetentionDays', 365);
    return v >= min ? pass(`events are kept ${v} days`, [path, v]) : fail(`events are kept ${v} days, less than ${min}`, [path, v]);
  },
});
