import check from '../../../../checks/aws/cloudwatch/alarm-vpc-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { alarmCases } from './_alarm-cases.js';

alarmCases(check, ALARMS['vpc-changes'], "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = *VpcPeeringConnection) || ($.eventName = *ClassicLink*) }");
