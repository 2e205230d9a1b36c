import check from '../../../../checks/aws/cloudtrail/trail-cloudwatch-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: 'delivering, last delivery minutes ago', resource: aws('aws.cloudtrail.trail') },
    { name: 'IaC: configured (deliveries are runtime state)', resource: aws('aws.cloudtrail.trail', { latestCloudWatchLogsDeliveryTime: null, latestCloudWatchLogsDeliveryError: null }, { source: { kind: 'iac' as const, format: 'terraform-plan' as const, file: 'main.tf', line: 1, address: 'aws_cloudtrail.main' } }) },
  ],
  fail: [
    { name: 'S3 only', resource: aws('aws.cloudtrail.trail', { cloudWatchLogsLogGroupArn: null }), evidencePath: 'config.cloudWatchLogsLogGroupArn' },
    { name: 'delivery error', resource: aws('aws.cloudtrail.trail', { latestCloudWatchLogsDeliveryError: 'AccessDenied: cannot assume role' }), evidencePath: 'config.latestCloudWatchLogsDeliveryError' },
    { name: 'last delivery three days ago', resource: aws('aws.cloudtrail.trail', { latestCloudWatchLogsDeliveryTime: '2026-10-29T00:00:00Z' }), evidencePath: 'config.latestCloudWatchLogsDeliveryTime' },
  ],
  notAssessed: [
    { name: 'setting unreadable', resource: aws('aws.cloudtrail.trail', { cloudWatchLogsLogGroupArn: undefined }), evidencePath: 'config.cloudWatchLogsLogGroupArn' },
    { name: 'live: configured, but no delivery reported yet', resource: aws('aws.cloudtrail.trail', { latestCloudWatchLogsDeliveryTime: null }), evidencePath: 'config.latestCloudWatchLogsDeliveryTime' },
    { name: 'status unreadable', resource: aws('aws.cloudtrail.trail', { latestCloudWatchLogsDeliveryTime: undefined }), evidencePath: 'config.latestCloudWatchLogsDeliveryTime' },
  ],
});
