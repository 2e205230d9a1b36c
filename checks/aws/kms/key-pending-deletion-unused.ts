import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-kms-key-pending-deletion-unused',
    title: 'KMS key pending deletion no longer protects any resource',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'kms',
    resourceTypes: ['aws.kms.key'],
    requirements: ['integrity', 'key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)'],
    rationale: 'Once a key is deleted, everything encrypted under it (volumes, snapshots, databases, backups) is unrecoverable. A key scheduled for deletion that resources in the inventory still reference is a pending data-loss event. Resources outside the scanned inventory cannot be seen, so a pass means only "no scanned resource uses it".',
    remediation: {
      summary: 'Cancel the key deletion, re-encrypt the dependent resources under another key, and only then schedule deletion again.',
      console: 'KMS > Customer managed keys > key > Key actions > Cancel key deletion; then Enable.',
      cli: 'aws kms cancel-key-deletion --key-id KEY_ID && aws kms enable-key --key-id KEY_ID',
      terraform: 'Remove the pending destroy of aws_kms_key (or set deletion_window_in_days and keep the key) until dependents are migrated.',
    },
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-determining-usage.html'],
  },
  // Only a key pending deletion is looked up: declaring every key's ids made the engine collect the references to each (a million keys: 1M ids and a walk of every resource's strings).
  lookups: { referencedIds: (key) => (pendingDeletion(key.config.keyState) ? namesOf(key) : []) },
  evaluate(key, ctx) {
    const path = 'config.keyState';
    const state = key.config.keyState;
    if (state === undefined) return notAssessed('key state could not be read', [path, state]);
    if (!pendingDeletion(state)) return notApplicable(`key is ${state}, not pending deletion`);
    const refs = namesOf(key).flatMap((id) => ctx.inventory.referencing(id));
    const users = [...new Set(refs.filter((r) => r.type !== 'aws.kms.key').map((r) => r.id))].sort();
    if (users.length > 0) return fail(`key is scheduled for deletion on ${key.config.deletionDate ?? 'an unknown date'} but ${users.length} resource(s) still reference it`, [path, state], ['referencedBy', users], ['config.deletionDate', key.config.deletionDate]);
    return pass('no scanned resource references the key', [path, state]);
  },
});

function pendingDeletion(state: string | undefined): boolean {
  return state === 'PendingDeletion' || state === 'PendingReplicaDeletion';
}

/** Resources name keys by ARN or by bare key id (the ARN's last segment). */
function namesOf(key: { readonly id: string }): string[] {
  const keyId = key.id.split('/').pop() ?? key.id;
  return keyId !== key.id ? [key.id, keyId] : [key.id];
}
