import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { RequirementId } from '../nprm/catalog.js';
import { BackupDrBackupVault } from '@cdktf/provider-google/lib/backup-dr-backup-vault/index.js';
import { ComputeFirewall } from '@cdktf/provider-google/lib/compute-firewall/index.js';
import { ComputeGlobalAddress } from '@cdktf/provider-google/lib/compute-global-address/index.js';
import { ComputeNetwork } from '@cdktf/provider-google/lib/compute-network/index.js';
import { ComputeSubnetwork } from '@cdktf/provider-google/lib/compute-subnetwork/index.js';
import { KmsCryptoKey } from '@cdktf/provider-google/lib/kms-crypto-key/index.js';
import { KmsCryptoKeyIamMember } from '@cdktf/provider-google/lib/kms-crypto-key-iam-member/index.js';
import { KmsKeyRing } from '@cdktf/provider-google/lib/kms-key-ring/index.js';
import { ProjectIamAuditConfig } from '@cdktf/provider-google/lib/project-iam-audit-config/index.js';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider/index.js';
import { ServiceNetworkingConnection } from '@cdktf/provider-google/lib/service-networking-connection/index.js';
import { SqlDatabaseInstance } from '@cdktf/provider-google/lib/sql-database-instance/index.js';
import { StorageBucket } from '@cdktf/provider-google/lib/storage-bucket/index.js';
import { ephiTags, type Tags } from './tags.js';

/**
 * GCP HIPAA baseline constructs. The project number is a literal prop so the service agents that
 * need the CMEK keys are named without a data source lookup.
 */

const DAY = 86_400;

interface GcpScope {
  readonly project: string;
  /** Region of the key ring, bucket, subnet and Cloud SQL instance (CMEK keys must share it). */
  readonly region: string;
}

// ---- KMS ------------------------------------------------------------------------------------

export interface CmekKeyRingProps extends GcpScope {
  readonly name?: string;
  /** One key per purpose, e.g. `storage`, `sql`. */
  readonly keys: readonly string[];
  /** Rotation period in days (phiscan allows at most 90 for ePHI keys). Default 90. */
  readonly rotationDays?: number;
  /** Members that may encrypt/decrypt with every key (service agents), e.g. `serviceAccount:service-123@gs-project-accounts.iam.gserviceaccount.com`. */
  readonly encrypterDecrypters?: Readonly<Record<string, readonly string[]>>;
  readonly labels?: Tags;
}

/** Key ring with one software key per purpose, rotating automatically, protected from destroy. */
export class CmekKeyRing extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same); CMEK is key management beyond the NPRM. */
  static readonly requirements: readonly RequirementId[] = ['key-management'];
  readonly keyRing: KmsKeyRing;
  readonly keys: Readonly<Record<string, KmsCryptoKey>>;
  readonly grants: KmsCryptoKeyIamMember[] = [];

  constructor(scope: Construct, id: string, props: CmekKeyRingProps) {
    super(scope, id);
    this.keyRing = new KmsKeyRing(this, 'ring', { name: props.name ?? 'ephi', location: props.region, project: props.project });
    const keys: Record<string, KmsCryptoKey> = {};
    for (const purpose of props.keys) {
      const key = new KmsCryptoKey(this, `key-${purpose}`, {
        name: `ephi-${purpose}`,
        keyRing: this.keyRing.id,
        purpose: 'ENCRYPT_DECRYPT',
        rotationPeriod: `${(props.rotationDays ?? 90) * DAY}s`,
        destroyScheduledDuration: `${30 * DAY}s`,
        labels: ephiTags(props.labels),
        lifecycle: { preventDestroy: true },
      });
      keys[purpose] = key;
      for (const [i, member] of (props.encrypterDecrypters?.[purpose] ?? []).entries()) {
        this.grants.push(new KmsCryptoKeyIamMember(this, `key-${purpose}-user-${i}`, { cryptoKeyId: key.id, role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', member }));
      }
    }
    this.keys = keys;
  }
}

// ---- Storage --------------------------------------------------------------------------------

export interface EphiBucketProps extends GcpScope {
  readonly name: string;
  readonly kmsKey: KmsCryptoKey;
  /** Retention policy in days (objects cannot be deleted or replaced sooner). Default 30. */
  readonly retentionDays?: number;
  /** Lock the retention policy (irreversible). Default false. */
  readonly lockRetention?: boolean;
  /** Soft-delete window in days. Default 30. */
  readonly softDeleteDays?: number;
  readonly labels?: Tags;
  /** Resources the bucket must wait for (the key's IAM grant to the storage service agent). */
  readonly dependsOn?: readonly KmsCryptoKeyIamMember[];
}

/** Bucket with CMEK, uniform bucket-level access, public access prevention enforced, versioning, retention and soft delete. */
export class EphiBucket extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['encryption-at-rest', 'access-control-least-privilege', 'integrity'];
  readonly bucket: StorageBucket;

  constructor(scope: Construct, id: string, props: EphiBucketProps) {
    super(scope, id);
    this.bucket = new StorageBucket(this, 'bucket', {
      name: props.name,
      project: props.project,
      location: props.region.toUpperCase(),
      storageClass: 'STANDARD',
      uniformBucketLevelAccess: true,
      publicAccessPrevention: 'enforced',
      encryption: { defaultKmsKeyName: props.kmsKey.id },
      versioning: { enabled: true },
      retentionPolicy: { retentionPeriod: (props.retentionDays ?? 30) * DAY, isLocked: props.lockRetention ?? false },
      softDeletePolicy: { retentionDurationSeconds: (props.softDeleteDays ?? 30) * DAY },
      forceDestroy: false,
      labels: ephiTags(props.labels),
      ...(props.dependsOn ? { dependsOn: [...props.dependsOn] } : {}),
    });
  }
}

// ---- Network --------------------------------------------------------------------------------

export interface PrivateNetworkProps extends GcpScope {
  readonly name?: string;
  /** Default 10.50.0.0/20. */
  readonly subnetCidr?: string;
  /** Range reserved for private services access (Cloud SQL private IP). Default a /16 chosen by Google. */
  readonly privateServicesPrefixLength?: number;
  /** Source ranges allowed SSH (22) through IAP. Default Google's IAP range 35.235.240.0/20. */
  readonly iapRanges?: readonly string[];
}

/** Custom-mode VPC without a default internet route, a flow-logged subnet with Private Google Access, deny-all ingress except SSH via IAP. */
export class PrivateNetwork extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['network-segmentation', 'disable-unused-ports', 'network-map', 'audit-logging'];
  readonly network: ComputeNetwork;
  readonly subnet: ComputeSubnetwork;
  readonly iapSsh: ComputeFirewall;
  readonly denyAll: ComputeFirewall;
  readonly privateServices: ServiceNetworkingConnection;

  constructor(scope: Construct, id: string, props: PrivateNetworkProps) {
    super(scope, id);
    const name = props.name ?? 'ephi';
    this.network = new ComputeNetwork(this, 'network', { name, project: props.project, autoCreateSubnetworks: false, routingMode: 'REGIONAL', deleteDefaultRoutesOnCreate: true });
    this.subnet = new ComputeSubnetwork(this, 'subnet', {
      name: `${name}-${props.region}`,
      project: props.project,
      region: props.region,
      network: this.network.id,
      ipCidrRange: props.subnetCidr ?? '10.50.0.0/20',
      privateIpGoogleAccess: true,
      logConfig: { aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1, metadata: 'INCLUDE_ALL_METADATA' },
    });
    this.iapSsh = new ComputeFirewall(this, 'allow-iap-ssh', {
      name: `${name}-allow-iap-ssh`,
      project: props.project,
      network: this.network.id,
      direction: 'INGRESS',
      priority: 1000,
      sourceRanges: [...(props.iapRanges ?? ['35.235.240.0/20'])],
      allow: [{ protocol: 'tcp', ports: ['22'] }],
      logConfig: { metadata: 'INCLUDE_ALL_METADATA' },
    });
    // Explicit (and logged) rather than relying on the implied deny, so denied attempts are recorded.
    this.denyAll = new ComputeFirewall(this, 'deny-all-ingress', {
      name: `${name}-deny-all-ingress`,
      project: props.project,
      network: this.network.id,
      direction: 'INGRESS',
      priority: 65534,
      sourceRanges: ['0.0.0.0/0'],
      deny: [{ protocol: 'all' }],
      logConfig: { metadata: 'INCLUDE_ALL_METADATA' },
    });
    const range = new ComputeGlobalAddress(this, 'private-services-range', {
      name: `${name}-private-services`,
      project: props.project,
      purpose: 'VPC_PEERING',
      addressType: 'INTERNAL',
      prefixLength: props.privateServicesPrefixLength ?? 16,
      network: this.network.id,
    });
    this.privateServices = new ServiceNetworkingConnection(this, 'private-services', { network: this.network.id, service: 'servicenetworking.googleapis.com', reservedPeeringRanges: [range.name] });
  }
}

// ---- Cloud SQL ------------------------------------------------------------------------------

export interface EphiSqlInstanceProps extends GcpScope {
  readonly name: string;
  readonly network: PrivateNetwork;
  readonly kmsKey: KmsCryptoKey;
  /** Default POSTGRES_16. */
  readonly databaseVersion?: string;
  readonly tier?: string;
  /** Backup location, a region other than the instance's. Default us-east4 (us-central1 when the instance is in us-east4). */
  readonly backupLocation?: string;
  /** Default 30. */
  readonly retainedBackups?: number;
  /** Default 7 (the maximum for PostgreSQL PITR). */
  readonly transactionLogRetentionDays?: number;
  readonly labels?: Tags;
  readonly dependsOn?: readonly KmsCryptoKeyIamMember[];
}

/** Private-IP-only Cloud SQL (PostgreSQL) with CMEK, SSL enforced, regional HA, cross-region backups and point-in-time recovery. */
export class EphiSqlInstance extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['encryption-at-rest', 'encryption-in-transit', 'network-segmentation', 'backup-separation', 'system-restore-72h'];
  readonly instance: SqlDatabaseInstance;

  constructor(scope: Construct, id: string, props: EphiSqlInstanceProps) {
    super(scope, id);
    this.instance = new SqlDatabaseInstance(this, 'instance', {
      name: props.name,
      project: props.project,
      region: props.region,
      databaseVersion: props.databaseVersion ?? 'POSTGRES_16',
      encryptionKeyName: props.kmsKey.id,
      deletionProtection: true,
      settings: {
        tier: props.tier ?? 'db-custom-2-7680',
        edition: 'ENTERPRISE',
        availabilityType: 'REGIONAL',
        deletionProtectionEnabled: true,
        userLabels: ephiTags(props.labels),
        ipConfiguration: { ipv4Enabled: false, privateNetwork: props.network.network.id, sslMode: 'ENCRYPTED_ONLY' },
        backupConfiguration: {
          enabled: true,
          pointInTimeRecoveryEnabled: true,
          location: props.backupLocation ?? (props.region === 'us-east4' ? 'us-central1' : 'us-east4'),
          transactionLogRetentionDays: props.transactionLogRetentionDays ?? 7,
          backupRetentionSettings: { retainedBackups: props.retainedBackups ?? 30, retentionUnit: 'COUNT' },
        },
        databaseFlags: [
          { name: 'cloudsql.iam_authentication', value: 'on' },
          { name: 'log_connections', value: 'on' },
          { name: 'log_disconnections', value: 'on' },
        ],
        insightsConfig: { queryInsightsEnabled: true },
      },
      dependsOn: [props.network.privateServices, ...(props.dependsOn ?? [])],
    });
  }
}

// ---- Audit logs and backup vault ------------------------------------------------------------

/** Data Access audit logs (ADMIN_READ, DATA_READ, DATA_WRITE) for all services of the project. */
export class DataAccessAuditLogs extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['audit-logging'];
  readonly auditConfig: ProjectIamAuditConfig;

  constructor(scope: Construct, id: string, props: { readonly project: string; readonly exemptedMembers?: readonly string[] }) {
    super(scope, id);
    const exempt = props.exemptedMembers ? { exemptedMembers: [...props.exemptedMembers] } : {};
    this.auditConfig = new ProjectIamAuditConfig(this, 'all-services', {
      project: props.project,
      service: 'allServices',
      auditLogConfig: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ', ...exempt }, { logType: 'DATA_WRITE', ...exempt }],
    });
  }
}

export interface BackupVaultProps extends GcpScope {
  readonly vaultId?: string;
  /** Minimum enforced retention in days (backups cannot be deleted sooner). Default 30. */
  readonly enforcedRetentionDays?: number;
  readonly labels?: Tags;
}

/** Backup and DR vault with a minimum enforced retention, restricted to the organization. */
export class EphiBackupVault extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['backup-separation', 'integrity'];
  readonly vault: BackupDrBackupVault;

  constructor(scope: Construct, id: string, props: BackupVaultProps) {
    super(scope, id);
    this.vault = new BackupDrBackupVault(this, 'vault', {
      project: props.project,
      location: props.region,
      backupVaultId: props.vaultId ?? 'ephi-backup-vault',
      backupMinimumEnforcedRetentionDuration: `${(props.enforcedRetentionDays ?? 30) * DAY}s`,
      accessRestriction: 'WITHIN_ORGANIZATION',
      labels: { ...props.labels },
    });
  }
}

// ---- The whole baseline ----------------------------------------------------------------------

export interface GcpHipaaBaselineProps extends GcpScope {
  /** Numeric project number, for the Cloud Storage and Cloud SQL service agents that use the CMEK keys. */
  readonly projectNumber: string;
  /** Globally unique bucket name. */
  readonly bucketName: string;
  readonly sqlInstanceName?: string;
  readonly subnetCidr?: string;
  readonly keyRotationDays?: number;
  readonly bucketRetentionDays?: number;
  readonly backupEnforcedRetentionDays?: number;
  readonly sqlBackupLocation?: string;
  /** Create the Cloud SQL instance. Default true. */
  readonly sql?: boolean;
  readonly labels?: Tags;
}

/** Every GCP baseline construct, wired together. */
export class GcpHipaaBaseline extends Construct {
  readonly keys: CmekKeyRing;
  readonly bucket: EphiBucket;
  readonly network: PrivateNetwork;
  readonly sql: EphiSqlInstance | undefined;
  readonly auditLogs: DataAccessAuditLogs;
  readonly backupVault: EphiBackupVault;

  constructor(scope: Construct, id: string, props: GcpHipaaBaselineProps) {
    super(scope, id);
    const scopeProps: GcpScope = { project: props.project, region: props.region };
    const labels = { ...props.labels };
    this.keys = new CmekKeyRing(this, 'kms', {
      ...scopeProps,
      keys: ['storage', 'sql'],
      ...(props.keyRotationDays !== undefined ? { rotationDays: props.keyRotationDays } : {}),
      encrypterDecrypters: {
        storage: [`serviceAccount:service-${props.projectNumber}@gs-project-accounts.iam.gserviceaccount.com`],
        sql: [`serviceAccount:service-${props.projectNumber}@gcp-sa-cloud-sql.iam.gserviceaccount.com`],
      },
      labels,
    });
    const key = (purpose: string): KmsCryptoKey => {
      const k = this.keys.keys[purpose];
      if (!k) throw new Error(`no ${purpose} key`);
      return k;
    };
    const grant = (purpose: string) => this.keys.grants.filter((g) => g.node.id.startsWith(`key-${purpose}-`));
    this.bucket = new EphiBucket(this, 'bucket', { ...scopeProps, name: props.bucketName, kmsKey: key('storage'), ...(props.bucketRetentionDays !== undefined ? { retentionDays: props.bucketRetentionDays } : {}), labels, dependsOn: grant('storage') });
    this.network = new PrivateNetwork(this, 'network', { ...scopeProps, ...(props.subnetCidr ? { subnetCidr: props.subnetCidr } : {}) });
    this.sql = props.sql === false ? undefined : new EphiSqlInstance(this, 'sql', {
      ...scopeProps,
      name: props.sqlInstanceName ?? 'ephi-postgres',
      network: this.network,
      kmsKey: key('sql'),
      ...(props.sqlBackupLocation ? { backupLocation: props.sqlBackupLocation } : {}),
      labels,
      dependsOn: grant('sql'),
    });
    this.auditLogs = new DataAccessAuditLogs(this, 'audit-logs', { project: props.project });
    this.backupVault = new EphiBackupVault(this, 'backup-vault', { ...scopeProps, ...(props.backupEnforcedRetentionDays !== undefined ? { enforcedRetentionDays: props.backupEnforcedRetentionDays } : {}), labels });
  }
}

/** A stack with the Google provider and the whole baseline, ready to synthesize. */
export class GcpBaselineStack extends TerraformStack {
  readonly baseline: GcpHipaaBaseline;

  constructor(scope: Construct, id: string, props: GcpHipaaBaselineProps) {
    super(scope, id);
    new GoogleProvider(this, 'google', { project: props.project, region: props.region });
    this.baseline = new GcpHipaaBaseline(this, 'baseline', props);
    new TerraformOutput(this, 'ephi_bucket', { value: this.baseline.bucket.bucket.name });
    new TerraformOutput(this, 'network', { value: this.baseline.network.network.id });
  }
}
