import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { maxIntervalHours } from '../../../src/model/aws/schedule.js';
import { daysSince, numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-secretsmanager-secret-rotated-recently',
    title: 'Secrets Manager secret was rotated within its rotation period',
    severity: 'medium',
    provider: 'aws',
    service: 'secretsmanager',
    resourceTypes: ['aws.secretsmanager.secret'],
    requirements: ['authentication', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(5)(ii)(D)', '45 CFR 164.312(d)'],
    rationale: 'Rotation that is turned on but failing (a broken rotation function, a network path or permission that changed) leaves the secret as static as one never rotated, and nothing else reports it (AWS Config secretsmanager-scheduled-rotation-success-check, secretsmanager-secret-periodic-rotation). A secret with rotation on passes when its last rotation (or, never rotated, its creation) is no older than its rotation period plus a grace period (2 days by default: the rotation window and retries). The period is AutomaticallyAfterDays or the longest gap of its schedule expression. Secrets without rotation are left to aws-secretsmanager-secret-rotation-enabled.',
    remediation: {
      summary: 'Find why rotation failed (the rotation function\'s CloudWatch logs), fix it, and rotate the secret now.',
      console: 'Secrets Manager > secret > Rotation > Rotate secret immediately; CloudWatch > Log groups > /aws/lambda/ROTATION_FUNCTION for the error.',
      cli: 'aws secretsmanager rotate-secret --secret-id SECRET',
      terraform: 'Rotation outcomes are runtime state: fix the aws_lambda_function rotation function (VPC endpoint to Secrets Manager, IAM permissions) and re-run rotation.',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/secretsmanager-scheduled-rotation-success-check.html', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html'],
    defaultOptions: { graceDays: 2 },
  },
  evaluate(secret, ctx) {
    const c = secret.config;
    if (c.rotationEnabled === false) return notApplicable('rotation is off (see aws-secretsmanager-secret-rotation-enabled)');
    if (c.rotationEnabled === undefined) return notAssessed('rotation status could not be read', ['config.rotationEnabled', undefined]);
    const scheduleHours = c.rotationScheduleExpression ? maxIntervalHours(c.rotationScheduleExpression, ctx.now) : undefined;
    const period = c.rotationIntervalDays ?? (scheduleHours === undefined ? undefined : scheduleHours / 24);
    if (period === undefined || period === null || !Number.isFinite(period)) return notAssessed('the rotation period could not be read or understood', ['config.rotationIntervalDays', c.rotationIntervalDays], ['config.rotationScheduleExpression', c.rotationScheduleExpression]);
    const limit = period + numberOption(ctx.options, 'graceDays', 2);
    const last = c.lastRotatedDate;
    if (last === undefined) return notAssessed('the last rotation date could not be read (runtime state, unknown before deployment)', ['config.lastRotatedDate', last]);
    const since = last ?? c.createdDate;
    const age = since === undefined ? undefined : daysSince(since, ctx.now);
    if (age === undefined) return notAssessed('never rotated, and the creation date could not be read', ['config.lastRotatedDate', last], ['config.createdDate', c.createdDate]);
    const ev = [['config.lastRotatedDate', last], ['config.createdDate', c.createdDate], ['rotationPeriodDays', period]] as const;
    if (age > limit) return fail(last === null ? `never rotated, though created ${age} days ago with a ${Math.round(period * 100) / 100}-day rotation period` : `last rotated ${age} days ago, beyond its ${Math.round(period * 100) / 100}-day rotation period (+ grace)`, ...ev);
    return pass(last === null ? `created ${age} days ago, within its first rotation period` : `rotated ${age} days ago, within its ${Math.round(period * 100) / 100}-day period`, ...ev);
  },
});
