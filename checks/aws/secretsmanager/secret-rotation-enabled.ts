import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-secretsmanager-secret-rotation-enabled',
    title: 'Secrets Manager secret rotates automatically',
    severity: 'medium',
    provider: 'aws',
    service: 'secretsmanager',
    resourceTypes: ['aws.secretsmanager.secret'],
    requirements: ['authentication', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(5)(ii)(D)', '45 CFR 164.312(d)'],
    rationale: 'Secrets are the credentials of databases and services that hold ePHI; one that never changes keeps working for whoever copied it, including former workforce members and leaked configuration. Automatic rotation (a rotation function or managed rotation) bounds that exposure (AWS Config secretsmanager-rotation-enabled-check). Fails when rotation is off. In Terraform a secret rotates only with an aws_secretsmanager_secret_rotation resource.',
    remediation: {
      summary: 'Turn on automatic rotation with a rotation function (or managed rotation for RDS, Redshift and DocumentDB secrets).',
      console: 'Secrets Manager > secret > Rotation > Edit rotation > Automatic rotation on; choose a schedule and a rotation function.',
      cli: 'aws secretsmanager rotate-secret --secret-id SECRET --rotation-lambda-arn FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30',
      terraform: 'resource "aws_secretsmanager_secret_rotation" "x" { secret_id = aws_secretsmanager_secret.x.id\n rotation_lambda_arn = aws_lambda_function.rotate.arn\n rotation_rules { automatically_after_days = 30 } }',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/secretsmanager-rotation-enabled-check.html', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html'],
  },
  evaluate(secret) {
    const path = 'config.rotationEnabled';
    const on = secret.config.rotationEnabled;
    if (on === undefined) return notAssessed('rotation status could not be read', [path, on]);
    return on ? pass('automatic rotation is on', [path, true], ['config.rotationScheduleExpression', secret.config.rotationScheduleExpression], ['config.rotationIntervalDays', secret.config.rotationIntervalDays]) : fail('automatic rotation is off', [path, false]);
  },
});
