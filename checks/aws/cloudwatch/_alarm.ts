import { fail, notAssessed, pass, type CheckContext, type CheckMeta, type InventoryLookups, type InventoryView, type Verdict } from '../../../src/engine/check-api.js';
import { parseFilterPattern } from '../../../src/model/aws/filter-pattern.js';
import { isType, type Resource } from '../../../src/model/resource.js';
import type { Severity } from '../../../src/model/finding.js';

/**
 * The CIS AWS Foundations Benchmark monitoring controls (v1.x section 3 / v3 section 4: "Ensure a
 * log metric filter and alarm exist for ..."), as data. Each names CloudTrail events its metric
 * filter must count, built as CloudTrail writes them; a filter counts when CloudWatch Logs would
 * match every one of them (phiscan evaluates the pattern, so spacing, quoting, order and
 * wildcards do not matter) and not an ordinary read-only call (a catch-all filter alerts on
 * everything and so on nothing in particular).
 */
export interface AlarmRequirement {
  readonly shortcode: string;
  readonly title: string;
  readonly what: string;
  readonly severity: Severity;
  readonly cis: string;
  /** The CIS pattern, shown in the remediation. */
  readonly pattern: string;
  readonly events: readonly Record<string, unknown>[];
}

const user = { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333', userName: 'alice' };
const call = (eventSource: string, eventName: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  eventVersion: '1.09', userIdentity: user, eventTime: '2026-11-01T00:00:00Z', eventSource, eventName, awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.10',
  userAgent: 'aws-cli/2.15', requestParameters: {}, responseElements: null, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: '111122223333', ...extra,
});
const calls = (source: string, names: readonly string[]) => names.map((n) => call(source, n));
const login = (extra: Record<string, unknown>) => call('signin.amazonaws.com', 'ConsoleLogin', { eventType: 'AwsConsoleSignIn', ...extra });
const eventNames = (source: string | undefined, names: readonly string[]) => `{ ${source ? `($.eventSource = ${source}) && (` : ''}${names.map((n) => `($.eventName = ${n})`).join(' || ')}${source ? ')' : ''} }`;

/** An ordinary read-only call no alarm of this kind should count. */
export const ORDINARY_EVENT = call('ec2.amazonaws.com', 'DescribeInstances', { readOnly: true });

const IAM_POLICY = ['DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy'];
const TRAIL = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const CMK = ['DisableKey', 'ScheduleKeyDeletion'];
const SG = ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'];
const NACL = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'];
const GATEWAY = ['CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'];
const ROUTE = ['CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'];
const VPC = ['CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink'];
const CONFIG = ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'];
const S3_POLICY = ['PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication'];

export const ALARMS = {
  'unauthorized-api-calls': {
    shortcode: 'unauthorized-api-calls', title: 'unauthorized API calls', what: 'API calls denied for lack of permission', severity: 'low', cis: '3.1 (v1.x) / 4.1 (v3)',
    pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
    events: [call('ec2.amazonaws.com', 'RunInstances', { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }), call('s3.amazonaws.com', 'GetObject', { errorCode: 'AccessDenied', errorMessage: 'Access Denied', eventCategory: 'Data' }), call('kms.amazonaws.com', 'Decrypt', { errorCode: 'AccessDeniedException' })],
  },
  'console-sign-in-without-mfa': {
    shortcode: 'console-sign-in-without-mfa', title: 'console sign-in without MFA', what: 'successful console sign-ins of IAM users without MFA', severity: 'medium', cis: '3.2 / 4.2',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    events: [login({ responseElements: { ConsoleLogin: 'Success' }, additionalEventData: { LoginTo: 'https://console.aws.amazon.com/', MobileVersion: 'No', MFAUsed: 'No' } })],
  },
  'root-account-usage': {
    shortcode: 'root-account-usage', title: 'root account usage', what: 'any use of the root user', severity: 'medium', cis: '3.3 / 4.3',
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    events: [
      call('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' } }),
      login({ userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' }, responseElements: { ConsoleLogin: 'Success' }, additionalEventData: { MFAUsed: 'Yes' } }),
    ],
  },
  'iam-policy-changes': { shortcode: 'iam-policy-changes', title: 'IAM policy changes', what: 'changes to IAM policies', severity: 'low', cis: '3.4 / 4.4', pattern: eventNames('iam.amazonaws.com', IAM_POLICY), events: calls('iam.amazonaws.com', IAM_POLICY) },
  'cloudtrail-changes': { shortcode: 'cloudtrail-changes', title: 'CloudTrail configuration changes', what: 'trails created, changed, deleted, started or stopped', severity: 'medium', cis: '3.5 / 4.5', pattern: eventNames(undefined, TRAIL), events: calls('cloudtrail.amazonaws.com', TRAIL) },
  'console-sign-in-failures': {
    shortcode: 'console-sign-in-failures', title: 'console sign-in failures', what: 'failed console sign-ins', severity: 'low', cis: '3.6 / 4.6',
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    events: [login({ errorMessage: 'Failed authentication', responseElements: { ConsoleLogin: 'Failure' }, additionalEventData: { MFAUsed: 'No' } })],
  },
  'cmk-disable-or-deletion': { shortcode: 'cmk-disable-or-deletion', title: 'customer-managed key disabling or scheduled deletion', what: 'KMS keys disabled or scheduled for deletion', severity: 'low', cis: '3.7 / 4.7', pattern: eventNames('kms.amazonaws.com', CMK), events: calls('kms.amazonaws.com', CMK) },
  's3-bucket-policy-changes': { shortcode: 's3-bucket-policy-changes', title: 'S3 bucket policy changes', what: 'bucket ACL, policy, CORS, lifecycle and replication changes', severity: 'low', cis: '3.8 / 4.8', pattern: eventNames('s3.amazonaws.com', S3_POLICY), events: calls('s3.amazonaws.com', S3_POLICY) },
  'config-changes': { shortcode: 'config-changes', title: 'AWS Config configuration changes', what: 'Config recorders and delivery channels stopped, changed or deleted', severity: 'low', cis: '3.9 / 4.9', pattern: eventNames('config.amazonaws.com', CONFIG), events: calls('config.amazonaws.com', CONFIG) },
  'security-group-changes': { shortcode: 'security-group-changes', title: 'security group changes', what: 'security groups created, changed or deleted', severity: 'low', cis: '3.10 / 4.10', pattern: eventNames(undefined, SG), events: calls('ec2.amazonaws.com', SG) },
  'nacl-changes': { shortcode: 'nacl-changes', title: 'network ACL changes', what: 'network ACLs created, changed or deleted', severity: 'low', cis: '3.11 / 4.11', pattern: eventNames(undefined, NACL), events: calls('ec2.amazonaws.com', NACL) },
  'network-gateway-changes': { shortcode: 'network-gateway-changes', title: 'network gateway changes', what: 'internet and customer gateways created, attached, detached or deleted', severity: 'low', cis: '3.12 / 4.12', pattern: eventNames(undefined, GATEWAY), events: calls('ec2.amazonaws.com', GATEWAY) },
  'route-table-changes': { shortcode: 'route-table-changes', title: 'route table changes', what: 'route tables and routes created, replaced, disassociated or deleted', severity: 'low', cis: '3.13 / 4.13', pattern: eventNames('ec2.amazonaws.com', ROUTE), events: calls('ec2.amazonaws.com', ROUTE) },
  'vpc-changes': { shortcode: 'vpc-changes', title: 'VPC changes', what: 'VPCs and peering connections created, changed or deleted', severity: 'low', cis: '3.14 / 4.14', pattern: eventNames(undefined, VPC), events: calls('ec2.amazonaws.com', VPC) },
} as const satisfies Readonly<Record<string, AlarmRequirement>>;

export function alarmMeta(req: AlarmRequirement): CheckMeta<'aws.cloudtrail.account-trails'> {
  const metric = req.shortcode.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return {
    id: `aws-cloudwatch-alarm-${req.shortcode}`,
    title: `Metric filter and alarm exist for ${req.title}`,
    severity: req.severity,
    provider: 'aws',
    service: 'cloudwatch',
    resourceTypes: ['aws.cloudtrail.account-trails'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(D)', '45 CFR 164.312(b)'],
    rationale: `The NPRM's audit trail and system log controls (proposed 164.312(d)) would require monitoring activity in real time and alerting workforce members; today's rule asks for information system activity review (164.308(a)(1)(ii)(D)). CIS AWS Foundations Benchmark ${req.cis}: a metric filter on the CloudWatch Logs group a logging multi-region trail delivers to, counting ${req.what}, with an alarm on that metric that notifies someone: an SNS topic with at least one confirmed subscription, or an Incident Manager response plan (an alarm whose only action is a Lambda function or an OpsCenter item is not assessed: whether it alerts anyone is not in configuration; EC2 and Auto Scaling actions alert no one). phiscan evaluates each filter pattern against the CloudTrail events it must count, so spacing, quoting and term order do not matter; filters it cannot parse (text patterns, regular expressions) leave the result not assessed.`,
    remediation: {
      summary: `Add a metric filter for ${req.title} on the trail's log group and an alarm on its metric with an SNS topic action.`,
      console: `CloudWatch > Log groups > the trail's group > Metric filters > Create metric filter > pattern below > metric namespace CISBenchmark, name ${metric}; then Create alarm on the metric (Sum >= 1 over 5 minutes) > notify an SNS topic with subscribers.`,
      cli: `aws logs put-metric-filter --log-group-name TRAIL_GROUP --filter-name ${req.shortcode} --metric-transformations metricName=${metric},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${req.pattern}' && aws cloudwatch put-metric-alarm --alarm-name ${req.shortcode} --metric-name ${metric} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions TOPIC_ARN`,
      terraform: `resource "aws_cloudwatch_log_metric_filter" "x" {\n  name           = "${req.shortcode}"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = ${JSON.stringify(req.pattern)}\n  metric_transformation {\n    name      = "${metric}"\n    namespace = "CISBenchmark"\n    value     = "1"\n  }\n}\nresource "aws_cloudwatch_metric_alarm" "x" {\n  alarm_name          = "${req.shortcode}"\n  metric_name         = "${metric}"\n  namespace           = "CISBenchmark"\n  statistic           = "Sum"\n  period              = 300\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  evaluation_periods  = 1\n  alarm_actions       = [aws_sns_topic.security.arn]\n}`,
    },
    references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html', 'https://www.cisecurity.org/benchmark/amazon_web_services'],
  };
}

export const ALARM_LOOKUPS: InventoryLookups<'aws.cloudtrail.account-trails'> = { types: ['aws.cloudtrail.trail', 'aws.logs.log-group', 'aws.cloudwatch.metric-alarm', 'aws.sns.topic'] };

/**
 * Does an alarm action reach a person? An SNS topic does when it has a confirmed subscription
 * (CIS: "at least one subscriber"); an Incident Manager response plan engages its contacts; EC2
 * and Auto Scaling actions alert no one. A Lambda function or an OpsCenter item may or may not:
 * undefined, as is a topic phiscan did not read.
 */
function actionAlerts(action: string, inventory: InventoryView): { alerts: boolean | undefined; why: string } {
  const topic = inventory.byId(action);
  if (topic && isType(topic, 'aws.sns.topic')) {
    const n = topic.config.subscriptionsConfirmed;
    return { alerts: n === undefined ? undefined : n > 0, why: n === undefined ? `topic ${topic.name}: subscriptions unknown` : `topic ${topic.name}: ${n} confirmed subscription(s)` };
  }
  const service = /^arn:[^:]+:([^:]+):/.exec(action)?.[1];
  if (service === 'sns') return { alerts: undefined, why: `topic ${action} not in the inventory` };
  if (service === 'ssm-incidents') return { alerts: true, why: `Incident Manager response plan ${action}` };
  if (service === 'automate' || service === 'autoscaling') return { alerts: false, why: `${action} acts on resources and alerts no one` };
  return { alerts: undefined, why: `whether ${action} alerts anyone is not visible in configuration` };
}

/** An enabled alarm's actions: true when one reaches a person, undefined when that cannot be told. */
function alarmAlerts(alarm: Resource<'aws.cloudwatch.metric-alarm'>, inventory: InventoryView): { alerts: boolean | undefined; why: string[] } {
  if (alarm.config.actionsEnabled === undefined || alarm.config.alarmActions === undefined) return { alerts: undefined, why: ['actions unreadable'] };
  if (!alarm.config.actionsEnabled) return { alerts: false, why: ['actions disabled'] };
  if (alarm.config.alarmActions.length === 0) return { alerts: false, why: ['no action'] };
  const each = alarm.config.alarmActions.map((a) => actionAlerts(a, inventory));
  return { alerts: each.some((e) => e.alerts === true) ? true : each.some((e) => e.alerts === undefined) ? undefined : false, why: each.map((e) => e.why) };
}

const hides = (ctx: CheckContext, type: string, account: string | undefined, region: string | undefined): boolean => ctx.gaps.some((g) => g.provider === 'aws' && g.resourceTypes.includes(type as never) && (g.account === undefined || g.account === account) && (g.region === undefined || g.region === region));

/** Does a filter count the requirement's events (and not an ordinary call)? undefined when its pattern is not understood. */
export function filterCounts(req: AlarmRequirement, pattern: string): boolean | undefined {
  const p = parseFilterPattern(pattern);
  if (!p) return undefined;
  return req.events.every((e) => p.matches(e)) && !p.matches(ORDINARY_EVENT);
}

/**
 * Pass when some logging multi-region trail of the account delivers to a log group holding a
 * filter that counts the requirement's events, with an alarm (actions enabled, an action that
 * reaches a person: see actionAlerts) on one of the filter's metrics in the group's account and region.
 */
export function evaluateAlarm(req: AlarmRequirement, summary: Resource<'aws.cloudtrail.account-trails'>, inventory: InventoryView, ctx: CheckContext): Verdict {
  const path = 'config.trailArns';
  const arns = summary.config.trailArns;
  if (arns === undefined) return notAssessed('trails of the account could not be listed (DescribeTrails)', [path, arns]);
  const findings: string[] = [];
  let unknown = false;
  const note = (s: string, isUnknown = false) => {
    findings.push(s);
    unknown ||= isUnknown;
  };
  for (const arn of [...arns].sort()) {
    const trail = inventory.byId(arn);
    if (!trail || !isType(trail, 'aws.cloudtrail.trail')) {
      note(`${arn}: not in the inventory`, true);
      continue;
    }
    const t = trail.config;
    if (t.isMultiRegion === false || t.isLogging === false) {
      note(`${arn}: ${t.isMultiRegion === false ? 'single-region' : 'not logging'}`);
      continue;
    }
    if (t.isMultiRegion === undefined || t.isLogging === undefined || t.cloudWatchLogsLogGroupArn === undefined) {
      note(`${arn}: settings unreadable`, true);
      continue;
    }
    if (t.cloudWatchLogsLogGroupArn === null) {
      note(`${arn}: no CloudWatch Logs delivery`);
      continue;
    }
    const group = inventory.byId(t.cloudWatchLogsLogGroupArn);
    if (!group || !isType(group, 'aws.logs.log-group')) {
      note(`${arn}: log group ${t.cloudWatchLogsLogGroupArn} not in the inventory`, true);
      continue;
    }
    const filters = group.config.metricFilters;
    if (filters === undefined) {
      note(`${group.id}: metric filters unreadable`, true);
      continue;
    }
    const counting = filters.filter((f) => filterCounts(req, f.pattern) === true);
    const unparsed = filters.filter((f) => filterCounts(req, f.pattern) === undefined);
    if (counting.length === 0) {
      note(`${group.id}: no metric filter counts ${req.what}${unparsed.length ? ` (patterns not understood: ${unparsed.map((f) => f.name).join(', ')})` : ''}`, unparsed.length > 0);
      continue;
    }
    const alarms = inventory.ofType('aws.cloudwatch.metric-alarm').filter((a) => a.account === group.account && a.region === group.region);
    for (const f of counting) {
      const watching = alarms.filter((a) => a.config.metrics?.some((m) => f.metrics.some((fm) => fm.name === m.name && fm.namespace === m.namespace)));
      const judged = watching.map((a) => ({ alarm: a, ...alarmAlerts(a, inventory) }));
      const alerting = judged.find((j) => j.alerts === true);
      if (alerting) {
        return pass(`filter ${f.name} on ${group.id} (trail ${arn}) feeds alarm ${alerting.alarm.name}, which alerts through ${alerting.why.join('; ')}`,
          [path, arns], ['trail.cloudWatchLogsLogGroupArn', t.cloudWatchLogsLogGroupArn], ['logGroup.metricFilter', { name: f.name, pattern: f.pattern }], ['alarm', { id: alerting.alarm.id, alarmActions: alerting.alarm.config.alarmActions, alerts: alerting.why }]);
      }
      const unread = judged.some((j) => j.alerts === undefined) || alarms.some((a) => a.config.metrics === undefined);
      if (watching.length > 0) note(`${group.id}: filter ${f.name} has alarm(s) that alert no one: ${judged.map((j) => `${j.alarm.name} (${j.why.join('; ')})`).join(', ')}`, unread);
      else note(`${group.id}: filter ${f.name} (metric ${f.metrics.map((m) => `${m.namespace}/${m.name}`).join(', ')}) has no alarm`, unread || hides(ctx, 'aws.cloudwatch.metric-alarm', group.account, group.region));
    }
  }
  const evidence = [[path, arns], ['trails', findings]] as const;
  if (unknown) return notAssessed(`whether an alarm on ${req.title} exists could not be settled: ${findings.join('; ')}`, ...evidence);
  return fail(arns.length === 0 ? 'the account has no CloudTrail trail, so nothing can alarm on its events' : `no logging multi-region trail's log group has a metric filter and alarm for ${req.title}: ${findings.join('; ')}`, ...evidence);
}
