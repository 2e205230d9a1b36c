import check from '../../../../checks/gcp/backupdr/plan-frequency-48h.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { backupPlan } from '../_fixtures.js';

const rule = (recurrenceType: string | undefined, over: { hourlyFrequency?: number; daysOfWeek?: string[] } = {}) => ({ ruleId: recurrenceType?.toLowerCase() ?? 'r', recurrenceType, hourlyFrequency: over.hourlyFrequency, daysOfWeek: over.daysOfWeek ?? [], backupRetentionDays: 30 });
const plan = (...rules: ReturnType<typeof rule>[]) => backupPlan({ rules });

checkCases(check, {
  pass: [
    { name: 'daily', resource: backupPlan() },
    { name: 'every 6 hours', resource: plan(rule('HOURLY', { hourlyFrequency: 6 })) },
    { name: 'weekly on every other day (max gap 2 days)', resource: plan(rule('WEEKLY', { daysOfWeek: ['MONDAY', 'WEDNESDAY', 'FRIDAY', 'SATURDAY'] })) },
    { name: 'a monthly rule beside a daily one', resource: plan(rule('MONTHLY'), rule('DAILY')) },
  ],
  fail: [
    { name: 'weekly once', resource: plan(rule('WEEKLY', { daysOfWeek: ['SUNDAY'] })), evidencePath: 'config.rules' },
    { name: 'weekly with a 3-day gap', resource: plan(rule('WEEKLY', { daysOfWeek: ['MONDAY', 'THURSDAY'] })), evidencePath: 'config.rules' },
    { name: 'monthly only', resource: plan(rule('MONTHLY')), evidencePath: 'config.rules' },
    { name: 'no rules', resource: plan(), evidencePath: 'config.rules' },
  ],
  notAssessed: [
    { name: 'rules unreadable', resource: backupPlan({ rules: undefined }), evidencePath: 'config.rules' },
    { name: 'a rule with an unreported recurrence beside a monthly one', resource: plan(rule(undefined), rule('MONTHLY')), evidencePath: 'config.rules' },
    { name: 'weekly without days', resource: plan(rule('WEEKLY')), evidencePath: 'config.rules' },
  ],
});
