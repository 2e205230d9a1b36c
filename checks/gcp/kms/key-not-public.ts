import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { publicMembers } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-kms-key-not-public',
    title: 'Cloud KMS key or key ring grants no role to allUsers or allAuthenticatedUsers',
    severity: 'critical',
    provider: 'gcp',
    service: 'kms',
    resourceTypes: ['gcp.kms.crypto-key', 'gcp.kms.key-ring'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'A key that anyone can use to decrypt (or manage) makes the encryption of every store that uses it meaningless for access control, and lets anyone destroy it. A key ring\'s bindings apply to every key in it. Matches CIS GCP Foundations 1.9 and Prowler\'s kms_key_not_publicly_accessible.',
    remediation: {
      summary: 'Remove allUsers and allAuthenticatedUsers from the key\'s and key ring\'s IAM policies.',
      console: 'Security > Key Management > key ring or key > Permissions > remove allUsers / allAuthenticatedUsers.',
      cli: 'gcloud kms keys remove-iam-policy-binding KEY --keyring=RING --location=LOCATION --member=allUsers --role=ROLE',
      terraform: 'resource "google_kms_crypto_key_iam_member" "x" {\n  crypto_key_id = google_kms_crypto_key.k.id\n  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"\n  member        = "serviceAccount:${google_service_account.app.email}" # never allUsers\n}',
    },
    references: ['https://cloud.google.com/kms/docs/iam', 'https://cloud.google.com/iam/docs/overview#allusers'],
  },
  evaluate(r) {
    const bindings = r.config.iamBindings;
    const path = 'config.iamBindings';
    if (bindings === undefined) return notAssessed('the IAM policy could not be read', [path, bindings]);
    const found = publicMembers(bindings);
    return found.length > 0
      ? fail(`roles granted to ${found.join(' and ')}`, [path, bindings.filter((b) => b.members.some((m) => found.includes(m)))])
      : pass('no public principals in the IAM policy', [path, bindings.length]);
  },
});
