import check from '../../../../checks/aws/cloudwatch/alarm-cloudtrail-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['cloudtrail-changes'], "{ ($.eventName = \"StopLogging\") || ($.eventName = \"StartLogging\") || ($.eventName = \"DeleteTrail\") || ($.eventName = \"UpdateTrail\") || ($.eventName = \"CreateTrail\") }");
