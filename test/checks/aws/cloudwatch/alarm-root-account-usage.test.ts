import check from '../../../../checks/aws/cloudwatch/alarm-root-account-usage.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['root-account-usage'], "{$.userIdentity.type=\"Root\"&&$.userIdentity.invokedBy NOT EXISTS&&$.eventType!=\"AwsServiceEvent\"}");
