import check from '../../../../checks/aws/cloudwatch/alarm-s3-bucket-policy-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alarm, alarmCases, group, summary, trail } from './_alarm-cases.js';

const req = ALARMS['s3-bucket-policy-changes'];
const cases = alarmCases(req, "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucket*) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }");

checkCases(check, {
  ...cases,
  fail: [
    { name: 'the alarm watches another metric', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ metrics: [{ namespace: 'CISBenchmark', name: 'Other' }] })], evidencePath: 'trails' },
    ...cases.fail,
  ],
});
