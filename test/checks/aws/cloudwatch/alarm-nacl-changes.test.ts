import check from '../../../../checks/aws/cloudwatch/alarm-nacl-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['nacl-changes'], "{ ($.eventName = CreateNetworkAcl*) || ($.eventName = DeleteNetworkAcl*) || ($.eventName = ReplaceNetworkAcl*) }");
