import check from '../../../../checks/aws/cloudwatch/alarm-unauthorized-api-calls.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['unauthorized-api-calls'], "{($.errorCode=\"AccessDenied*\")||($.errorCode=\"*UnauthorizedOperation\")}");
