import check from '../../../../checks/aws/cloudwatch/alarm-console-sign-in-without-mfa.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alarm, alarmCases, group, summary, trail } from './_alarm-cases.js';

const req = ALARMS['console-sign-in-without-mfa'];
const cases = alarmCases(req, "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }");

checkCases(check, {
  ...cases,
  fail: [
    { name: 'the alarm watches another metric', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ metrics: [{ namespace: 'CISBenchmark', name: 'Other' }] })], evidencePath: 'trails' },
    ...cases.fail,
  ],
});
