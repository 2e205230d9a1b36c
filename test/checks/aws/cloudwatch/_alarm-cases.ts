import type { Cases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';
import type { AlarmRequirement } from '../../../../checks/aws/cloudwatch/_alarm.js';

const TRAIL = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main';
const GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:trail';
const metric = { namespace: 'CISBenchmark', name: 'Watched' };
export const trail = (over: Parameters<typeof aws<'aws.cloudtrail.trail'>>[1] = {}) => aws('aws.cloudtrail.trail', over, { id: TRAIL });
export const group = (pattern: string | undefined) => aws('aws.logs.log-group', { metricFilters: pattern === undefined ? undefined : [{ name: 'cis', pattern, metrics: [metric] }] }, { id: GROUP, account: '111122223333', region: 'us-east-1' });
export const alarm = (over: Parameters<typeof aws<'aws.cloudwatch.metric-alarm'>>[1] = {}) => aws('aws.cloudwatch.metric-alarm', { metrics: [metric], ...over }, { id: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:cis', name: 'cis', account: '111122223333', region: 'us-east-1' });
export const summary = () => aws('aws.cloudtrail.account-trails', { trailArns: [TRAIL] });
const TOPIC = 'arn:aws:sns:us-east-1:111122223333:security-alerts';
export const topic = (subscriptionsConfirmed: number | undefined) => aws('aws.sns.topic', { subscriptionsConfirmed }, { id: TOPIC, name: 'security-alerts', account: '111122223333', region: 'us-east-1' });

/**
 * The same cases for every CIS alarm check: `pattern` is the benchmark's own pattern, `reformatted`
 * the same filter written differently (order, spacing, quoting), `unrelated` a valid filter that
 * does not count the requirement's events.
 */
export function alarmCases(req: AlarmRequirement, reformatted: string): Cases<'aws.cloudtrail.account-trails'> {
  return {
    pass: [
      { name: 'the CIS pattern with an SNS alarm', resource: summary(), inventory: [trail(), group(req.pattern), alarm(), topic(1)] },
      { name: 'the same filter written differently', resource: summary(), inventory: [trail(), group(reformatted), alarm(), topic(1)] },
      { name: 'an Incident Manager response plan', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ alarmActions: ['arn:aws:ssm-incidents::111122223333:response-plan/security'] })] },
    ],
    fail: [
      { name: 'no trail', resource: aws('aws.cloudtrail.account-trails', { trailArns: [] }), evidencePath: 'config.trailArns' },
      { name: 'trail without CloudWatch Logs delivery', resource: summary(), inventory: [trail({ cloudWatchLogsLogGroupArn: null })], evidencePath: 'trails' },
      { name: 'single-region trail', resource: summary(), inventory: [trail({ isMultiRegion: false }), group(req.pattern), alarm()], evidencePath: 'trails' },
      { name: 'filter counts other events', resource: summary(), inventory: [trail(), group('{ ($.eventName = GetObject) }'), alarm()], evidencePath: 'trails' },
      { name: 'a catch-all filter', resource: summary(), inventory: [trail(), group('{ $.eventVersion = * }'), alarm()], evidencePath: 'trails' },
      { name: 'filter without alarm', resource: summary(), inventory: [trail(), group(req.pattern)], evidencePath: 'trails' },
      { name: 'alarm without an action', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ alarmActions: [] })], evidencePath: 'trails' },
      { name: 'alarm actions disabled', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ actionsEnabled: false }), topic(1)], evidencePath: 'trails' },
      { name: 'the SNS topic has no confirmed subscription', resource: summary(), inventory: [trail(), group(req.pattern), alarm(), topic(0)], evidencePath: 'trails' },
      { name: 'only an EC2 action', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ alarmActions: ['arn:aws:automate:us-east-1:ec2:stop'] })], evidencePath: 'trails' },
    ],
    notAssessed: [
      { name: 'trails not listed', resource: aws('aws.cloudtrail.account-trails', { trailArns: undefined }), evidencePath: 'config.trailArns' },
      { name: 'trail not in the inventory', resource: summary(), evidencePath: 'trails' },
      { name: 'log group not in the inventory', resource: summary(), inventory: [trail()], evidencePath: 'trails' },
      { name: 'metric filters unreadable', resource: summary(), inventory: [trail(), group(undefined), alarm()], evidencePath: 'trails' },
      { name: 'the SNS topic not read', resource: summary(), inventory: [trail(), group(req.pattern), alarm()], evidencePath: 'trails' },
      { name: 'the topic\'s subscriptions unknown (IaC declares none)', resource: summary(), inventory: [trail(), group(req.pattern), alarm(), topic(undefined)], evidencePath: 'trails' },
      { name: 'only a Lambda action', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ alarmActions: ['arn:aws:lambda:us-east-1:111122223333:function:notify'] })], evidencePath: 'trails' },
      { name: 'only a pattern phiscan cannot parse', resource: summary(), inventory: [trail(), group('%ConsoleLogin%'), alarm()], evidencePath: 'trails' },
      {
        name: 'alarms of the region unreadable', resource: summary(), inventory: [trail(), group(req.pattern)], evidencePath: 'trails',
        gaps: [{ provider: 'aws', service: 'cloudwatch', operation: 'DescribeAlarms', account: '111122223333', region: 'us-east-1', resourceTypes: ['aws.cloudwatch.metric-alarm'], reason: 'access-denied', errorCode: 'AccessDenied', message: 'denied' }],
      },
    ],
  };
}
