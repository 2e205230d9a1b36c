import check from '../../../../checks/aws/cloudwatch/alarm-root-account-usage.js';
import { ALARMS } from '../../../../checks/aws/cloudwatch/_alarm.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { alarm, alarmCases, group, summary, trail } from './_alarm-cases.js';

const req = ALARMS['root-account-usage'];
const cases = alarmCases(req, "{$.userIdentity.type=\"Root\"&&$.userIdentity.invokedBy NOT EXISTS&&$.eventType!=\"AwsServiceEvent\"}");

checkCases(check, {
  ...cases,
  fail: [
    { name: 'the alarm watches another metric', resource: summary(), inventory: [trail(), group(req.pattern), alarm({ metrics: [{ namespace: 'CISBenchmark', name: 'Other' }] })], evidencePath: 'trails' },
    ...cases.fail,
  ],
});
