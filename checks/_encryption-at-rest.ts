import type { CheckMeta } from '../src/engine/check-api.js';
import type { ResourceType } from '../src/model/resource.js';

/**
 * Shared metadata of the "encrypted at rest" checks for stores the provider encrypts always and
 * for good (S3 since 2023, DynamoDB, Azure Storage, managed disks, Cosmos DB, flexible servers,
 * every Google Cloud store). Provider-managed keys are encryption: the NPRM proposes encryption
 * (164.312(b)(2)), not customer-managed keys, which the key-management checks report apart.
 * These checks record which keys protect each store and fail only on evidence of unencrypted
 * data, which the provider's APIs cannot return for these stores.
 */
export interface EncryptionAtRestSpec<T extends ResourceType> {
  readonly id: string;
  readonly title: string;
  readonly provider: 'aws' | 'azure' | 'gcp';
  readonly service: string;
  readonly resourceTypes: readonly T[];
  /** How the provider encrypts every such store at rest (one or two sentences, with any caveat). */
  readonly platform: string;
  /** Where to see the encryption setting: read-only steps. */
  readonly view: { readonly console: string; readonly cli: string; readonly terraform: string };
  readonly references: readonly string[];
}

export function encryptionAtRestMeta<T extends ResourceType>(s: EncryptionAtRestSpec<T>): CheckMeta<T> {
  return {
    id: s.id,
    title: s.title,
    severity: 'high',
    provider: s.provider,
    service: s.service,
    resourceTypes: s.resourceTypes,
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: `${s.platform} Provider-managed keys are encryption at rest as the NPRM would have it (proposed 164.312(b)(2)) and as the current rule reads (164.312(a)(2)(iv)); customer-managed keys are reported apart, as key management beyond the NPRM. The finding records which keys protect the store.`,
    remediation: {
      summary: 'Nothing to change: the store is encrypted at rest. Add a customer-managed key only where your own policy asks for one (see the key-management checks).',
      console: s.view.console,
      cli: s.view.cli,
      terraform: s.view.terraform,
    },
    references: s.references,
  };
}
