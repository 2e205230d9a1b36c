import check from '../../../../checks/aws/cloudwatch/alarm-network-gateway-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['network-gateway-changes'], "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = *InternetGateway) }");
