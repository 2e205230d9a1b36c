import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMEK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-pubsub-topic-cmek',
    title: 'Pub/Sub topic carrying ePHI encrypts messages with a customer-managed KMS key',
    severity: 'medium',
    provider: 'gcp',
    service: 'pubsub',
    resourceTypes: ['gcp.pubsub.topic'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: `${CMEK_RATIONALE} Pub/Sub always encrypts stored messages with Google-managed keys; with a topic key, the customer-managed key wraps the data encryption keys of the topic's stored messages (envelope encryption).`,
    remediation: {
      summary: 'Set a Cloud KMS key on the topic (grant the Pub/Sub service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it first).',
      console: 'Pub/Sub > Topics > topic > Edit > Encryption: Cloud KMS key.',
      cli: 'gcloud pubsub topics update TOPIC --topic-encryption-key=projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY',
      terraform: 'resource "google_pubsub_topic" "phi" {\n  kms_key_name = google_kms_crypto_key.phi.id\n}',
    },
    references: ['https://cloud.google.com/pubsub/docs/encryption', 'https://cloud.google.com/pubsub/docs/cmek'],
  },
  evaluate(topic, ctx) {
    const na = ephiOnly(topic, ctx);
    if (na) return na;
    const key = topic.config.kmsKeyName;
    const path = 'config.kmsKeyName';
    if (key === undefined) return notAssessed('the topic encryption key could not be read', [path, key]);
    if (key === null) return fail('messages are encrypted with Google-managed keys only', [path, key]);
    return pass('messages are encrypted with a customer-managed key', [path, key]);
  },
});
