import check from '../../../../checks/aws/cloudwatch/alarm-console-sign-in-failures.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['console-sign-in-failures'], "{ ($.errorMessage = \"Failed authentication\") && ($.eventName = \"ConsoleLogin\") }");
