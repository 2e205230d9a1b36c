import { defineResourceType } from '../registry.js';

export interface ServiceAccountKeySummary {
  /** Full resource name of the key. */
  readonly name: string;
  /** `USER_MANAGED` or `SYSTEM_MANAGED`; undefined = not reported. */
  readonly keyType: string | undefined;
  readonly disabled: boolean;
  /** RFC 3339; undefined = not reported (user-managed keys do not expire unless an org policy sets it). */
  readonly validBeforeTime: string | undefined;
}

/** A service account (CAI `iam.googleapis.com/ServiceAccount`) with its keys joined. */
export interface IamServiceAccountConfig {
  readonly email: string | undefined;
  readonly uniqueId: string | undefined;
  readonly disabled: boolean | undefined;
  /** Its keys (`iam.googleapis.com/ServiceAccountKey` assets); undefined = the key listing failed. */
  readonly keys: readonly ServiceAccountKeySummary[] | undefined;
}

export const IAM_SERVICE_ACCOUNT = defineResourceType({
  type: 'gcp.iam.service-account',
  provider: 'gcp',
  title: 'IAM service account',
  native: { cai: 'iam.googleapis.com/ServiceAccount', terraform: ['google_service_account', 'google_service_account_key'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.iam.service-account': IamServiceAccountConfig;
  }
}
