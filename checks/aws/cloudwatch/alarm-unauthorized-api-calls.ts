import { defineCheck } from '../../../src/engine/check-api.js';
import { ALARM_LOOKUPS, ALARMS, alarmMeta, evaluateAlarm } from './_alarm.js';

const req = ALARMS['unauthorized-api-calls'];

export default defineCheck({
  meta: alarmMeta(req),
  lookups: ALARM_LOOKUPS,
  evaluate: (summary, ctx) => evaluateAlarm(req, summary, ctx.inventory, ctx),
});
