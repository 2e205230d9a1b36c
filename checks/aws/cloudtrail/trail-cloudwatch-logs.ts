import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudtrail-trail-cloudwatch-logs',
    title: 'CloudTrail trail delivers its events to CloudWatch Logs',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)', '45 CFR 164.308(a)(1)(ii)(D)'],
    rationale: 'The NPRM would require monitoring activity in real time and alerting workforce members (proposed 164.312(d)). Files in S3 arrive in batches and nothing watches them; a trail that delivers to CloudWatch Logs can feed metric filters and alarms within minutes. Scanned live, the last delivery CloudTrail reports (GetTrailStatus) must be recent (24 hours by default) and without a delivery error; a trail that reports no delivery at all is not assessed. From IaC, the configuration is what is judged. AWS Config: cloud-trail-cloud-watch-logs-enabled.',
    remediation: {
      summary: 'Configure the trail to send events to a CloudWatch Logs group, with a role CloudTrail can assume to write to it.',
      console: 'CloudTrail > Trails > trail > CloudWatch Logs > Edit > Enabled > log group and IAM role.',
      cli: 'aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN',
      terraform: 'resource "aws_cloudtrail" "x" {\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn\n}',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html', 'https://docs.aws.amazon.com/config/latest/developerguide/cloud-trail-cloud-watch-logs-enabled.html'],
    defaultOptions: { maxDeliveryAgeHours: 24 },
  },
  evaluate(trail, ctx) {
    const c = trail.config;
    const group = c.cloudWatchLogsLogGroupArn;
    if (group === undefined) return notAssessed('the trail\'s CloudWatch Logs setting could not be read', ['config.cloudWatchLogsLogGroupArn', group]);
    if (group === null) return fail('the trail delivers to S3 only: nothing can alarm on its events in real time', ['config.cloudWatchLogsLogGroupArn', group]);
    const time = c.latestCloudWatchLogsDeliveryTime;
    const error = c.latestCloudWatchLogsDeliveryError;
    const ev = [['config.cloudWatchLogsLogGroupArn', group], ['config.latestCloudWatchLogsDeliveryTime', time], ['config.latestCloudWatchLogsDeliveryError', error]] as const;
    if (time === undefined || error === undefined) return notAssessed(`delivers to ${group}, but whether deliveries arrive could not be read (GetTrailStatus)`, ...ev);
    if (error) return fail(`CloudTrail reports a CloudWatch Logs delivery error: ${error}`, ...ev);
    if (time === null && trail.source.kind === 'iac') return pass(`configured to deliver to ${group} (deliveries are runtime state: scan the account to see them arrive)`, ...ev);
    // Live, a configured trail that has never delivered shows nothing arriving: new (deliveries start within minutes) or broken (a role CloudTrail cannot use).
    if (time === null) return notAssessed(`configured to deliver to ${group}, but CloudTrail reports no delivery yet, so nothing shows events arriving`, ...ev);
    const maxHours = numberOption(ctx.options, 'maxDeliveryAgeHours', 24);
    const ageHours = (ctx.now.getTime() - Date.parse(time)) / 3_600_000;
    if (!Number.isFinite(ageHours)) return notAssessed(`the last delivery time ${time} is not a date`, ...ev);
    return ageHours <= maxHours ? pass(`delivers to ${group}; last delivery ${time}`, ...ev) : fail(`configured for ${group}, but the last delivery was ${time}, more than ${maxHours} hours ago`, ...ev);
  },
});
