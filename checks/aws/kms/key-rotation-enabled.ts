import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { rotationNotApplicable } from '../../../src/model/aws/kms.js';
import { numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-kms-key-rotation-enabled',
    title: 'Customer-managed KMS key rotates automatically',
    severity: 'medium',
    provider: 'aws',
    service: 'kms',
    resourceTypes: ['aws.kms.key'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): rotation limits how much data one key version protects. Only symmetric keys with AWS-generated material in the default key store can rotate automatically; asymmetric, HMAC, imported-material and custom-key-store keys are not applicable, and AWS-managed keys rotate on their own. The rotation period (90 to 2560 days) must not exceed maxRotationDays.',
    remediation: {
      summary: 'Enable automatic rotation on the key with a period no longer than the configured maximum.',
      console: 'KMS > Customer managed keys > key > Key rotation > Automatically rotate this KMS key every N days.',
      cli: 'aws kms enable-key-rotation --key-id KEY_ID --rotation-period-in-days 365',
      terraform: 'resource "aws_kms_key" "x" { enable_key_rotation = true\n  rotation_period_in_days = 365 }',
    },
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
    defaultOptions: { maxRotationDays: 365 },
  },
  evaluate(key, ctx) {
    const c = key.config;
    if (c.keyState === 'PendingDeletion' || c.keyState === 'PendingReplicaDeletion') return notApplicable('key is pending deletion');
    const why = rotationNotApplicable(c);
    if (why === undefined) return notAssessed('key manager, spec or origin could not be read', ['config.keyManager', c.keyManager], ['config.keySpec', c.keySpec], ['config.origin', c.origin]);
    if (why !== null) return notApplicable(why);
    const path = 'config.rotationEnabled';
    if (c.rotationEnabled === undefined) return notAssessed('rotation status could not be read (kms:GetKeyRotationStatus)', [path, c.rotationEnabled]);
    if (!c.rotationEnabled) return fail('automatic rotation is off', [path, false]);
    const max = numberOption(ctx.options, 'maxRotationDays', 365);
    const period = c.rotationPeriodDays;
    if (period === undefined) return notAssessed('rotation period could not be read', ['config.rotationPeriodDays', period]);
    // null period with rotation on: keys enabled before configurable periods rotate yearly.
    const effective = period ?? 365;
    if (effective > max) return fail(`rotation period ${effective} days exceeds ${max}`, ['config.rotationPeriodDays', period]);
    return pass(`rotates every ${effective} days`, [path, true], ['config.rotationPeriodDays', period]);
  },
});
