import check from '../../../../checks/aws/cloudwatch/alarm-cmk-disable-or-deletion.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['cmk-disable-or-deletion'], "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}");
