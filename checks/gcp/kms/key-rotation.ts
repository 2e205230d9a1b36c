import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { kmsKeyRelativeName } from '../../../src/model/types/gcp/index.js';

const DAY = 86_400;

export default defineCheck({
  meta: {
    id: 'gcp-kms-key-rotation',
    title: 'Cloud KMS key rotates automatically (365 days at most, 90 for ePHI keys)',
    severity: 'medium',
    provider: 'gcp',
    service: 'kms',
    resourceTypes: ['gcp.kms.crypto-key'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): automatic rotation limits how much data one key version protects and how long a leaked version stays useful. A key counts as an ePHI key when it is labelled so or when a collected ePHI resource uses it; those get the shorter period.',
    remediation: {
      summary: 'Set a rotation period on the key (at most 90 days for keys that protect ePHI).',
      console: 'Security > Key Management > key ring > key > Edit rotation period.',
      cli: 'gcloud kms keys update KEY --keyring=RING --location=LOCATION --rotation-period=90d --next-rotation-time=$(date -u -d "+1 day" +%Y-%m-%dT%H:%M:%SZ)',
      terraform: 'resource "google_kms_crypto_key" "phi" {\n  rotation_period = "7776000s" # 90 days\n}',
    },
    references: ['https://cloud.google.com/kms/docs/key-rotation', 'https://cloud.google.com/kms/docs/rotate-key'],
    defaultOptions: { maxDays: 365, ephiMaxDays: 90 },
  },
  lookups: { referencedIds: (key) => [kmsKeyRelativeName(key.id)] },
  evaluate(key, ctx) {
    const { purpose, rotationPeriodSeconds } = key.config;
    if (purpose !== undefined && purpose !== 'ENCRYPT_DECRYPT') return notApplicable(`${purpose} keys cannot rotate automatically`);
    const path = 'config.rotationPeriodSeconds';
    if (rotationPeriodSeconds === undefined || purpose === undefined) return notAssessed('the key purpose or rotation period could not be read', [path, rotationPeriodSeconds]);
    const users = ctx.inventory.referencing(kmsKeyRelativeName(key.id));
    const ephi = ctx.isEphi(key) || users.some((r) => ctx.isEphi(r));
    // Unreadable tags on the key or a resource it encrypts: it may be an ePHI key, held to the stricter limit.
    const maybeEphi = !ephi && [key, ...users].some((r) => r.tags === undefined);
    const limitDays = Number(ephi ? ctx.options.ephiMaxDays : ctx.options.maxDays);
    if (rotationPeriodSeconds === null) return fail('no automatic rotation', [path, rotationPeriodSeconds], ['ephiKey', ephi]);
    const days = rotationPeriodSeconds / DAY;
    if (days > limitDays) return fail(`rotates every ${days} days; at most ${limitDays} allowed${ephi ? ' for an ePHI key' : ''}`, [path, rotationPeriodSeconds], ['ephiKey', ephi]);
    const ephiLimit = Number(ctx.options.ephiMaxDays);
    if (maybeEphi && days > ephiLimit) return notAssessed(`rotates every ${days} days, within ${limitDays} but over the ${ephiLimit}-day limit for ePHI keys, and whether it protects ePHI is unknown (tags could not be read)`, [path, rotationPeriodSeconds], ['ephiKey', undefined]);
    return pass(`rotates every ${days} days (limit ${limitDays})`, [path, rotationPeriodSeconds], ['ephiKey', ephi]);
  },
});
