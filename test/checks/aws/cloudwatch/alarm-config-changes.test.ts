import check from '../../../../checks/aws/cloudwatch/alarm-config-changes.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alarm, alarmCases, group, summary, trail } from './_alarm-cases.js';

const req = ALARMS['config-changes'];
const cases = alarmCases(req, "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }");

checkCases(check, {
  ...cases,
  fail: [
    { name: 'the alarm watches another metric', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ metrics: [{ namespace: 'CISBenchmark', name: 'Other' }] })], evidencePath: 'trails' },
    ...cases.fail,
  ],
});
