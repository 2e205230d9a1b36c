import { defineResourceType } from '../registry.js';

/** A Cloud SQL instance (CAI `sqladmin.googleapis.com/Instance`, SQL Admin API shape). */
export interface SqlInstanceConfig {
  readonly databaseVersion: string | undefined;
  /** CMEK key; null = Google-managed key. */
  readonly kmsKeyName: string | null | undefined;
  readonly ipv4Enabled: boolean | undefined;
  /** Full resource name of the VPC for private IP; null = no private IP. */
  readonly privateNetwork: string | null | undefined;
  readonly authorizedNetworks: readonly string[] | undefined;
  /** `ALLOW_UNENCRYPTED_AND_ENCRYPTED`, `ENCRYPTED_ONLY`, `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`; null = not set (then `requireSsl` decides). */
  readonly sslMode: string | null | undefined;
  /** The legacy flag; null = not set. */
  readonly requireSsl: boolean | null | undefined;
  readonly backupEnabled: boolean | undefined;
  readonly pointInTimeRecoveryEnabled: boolean | undefined;
  /** MySQL point-in-time recovery uses binary logs. */
  readonly binaryLogEnabled: boolean | undefined;
  /** Custom backup location (region or multi-region); null = the instance's own location by default. */
  readonly backupLocation: string | null | undefined;
  readonly retainedBackups: number | null | undefined;
  readonly region: string | undefined;
}

export const SQL_INSTANCE = defineResourceType({
  type: 'gcp.sql.instance',
  provider: 'gcp',
  title: 'Cloud SQL instance',
  native: { cai: 'sqladmin.googleapis.com/Instance', terraform: ['google_sql_database_instance'] },
  network: (c) => ({
    ...(c.privateNetwork ? { networkId: c.privateNetwork } : {}),
    publicAddress: c.ipv4Enabled,
  }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.sql.instance': SqlInstanceConfig;
  }
}
