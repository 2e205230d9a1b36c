import check from '../../../../checks/aws/cloudwatch/alarm-s3-bucket-policy-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['s3-bucket-policy-changes'], "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucket*) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }");
