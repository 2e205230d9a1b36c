import check from '../../../../checks/aws/cloudwatch/alarm-route-table-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alarm, alarmCases, group, summary, trail } from './_alarm-cases.js';

const req = ALARMS['route-table-changes'];
const cases = alarmCases(req, "{($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }");

checkCases(check, {
  ...cases,
  fail: [
    { name: 'the alarm watches another metric', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ metrics: [{ namespace: 'CISBenchmark', name: 'Other' }] })], evidencePath: 'trails' },
    ...cases.fail,
  ],
});
