import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { kmsKeyRelativeName } from '../../../src/model/types/gcp/index.js';

const UNUSABLE = ['DESTROY_SCHEDULED', 'DESTROYED', 'DISABLED'];

export default defineCheck({
  meta: {
    id: 'gcp-kms-key-in-use-not-destroyed',
    title: 'Cloud KMS key used by resources is not disabled or scheduled for destruction',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'gcp',
    service: 'kms',
    resourceTypes: ['gcp.kms.crypto-key'],
    requirements: ['integrity', 'key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)', '45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Data encrypted with a CMEK key is unreadable once the key version is destroyed: a disk, bucket or database whose key is scheduled for destruction will lose its data (and its backups under the same key) when the schedule runs out.',
    remediation: {
      summary: 'Restore the key version (cancel the scheduled destruction) or re-encrypt the dependent resources with another key before the deadline.',
      console: 'Security > Key Management > key ring > key > Versions > version > Restore.',
      cli: 'gcloud kms keys versions restore VERSION --key=KEY --keyring=RING --location=LOCATION',
      terraform: 'resource "google_kms_crypto_key" "x" {\n  lifecycle { prevent_destroy = true }\n}',
    },
    references: ['https://cloud.google.com/kms/docs/destroy-restore', 'https://cloud.google.com/kms/docs/key-states'],
  },
  lookups: { referencedIds: (key) => [kmsKeyRelativeName(key.id)] },
  evaluate(key, ctx) {
    const users = ctx.inventory.referencing(kmsKeyRelativeName(key.id)).filter((r) => r.provider === 'gcp');
    if (users.length === 0) return notApplicable('no collected resource uses this key');
    const state = key.config.primaryState;
    const path = 'config.primaryState';
    const names = users.map((u) => u.id).sort();
    if (state === undefined) return notAssessed('the key version state could not be read', [path, state], ['usedBy', names]);
    if (state === null || UNUSABLE.includes(state)) return fail(`${users.length} resource(s) use a key whose primary version is ${state ?? 'missing'}`, [path, state], ['usedBy', names]);
    return pass(`primary version ${state}`, [path, state], ['usedBy', names]);
  },
});
