/**
 * A declarative AWS world for the loopback simulator: accounts, their enabled regions and the
 * resources in each, written in the shapes the AWS SDK for JavaScript v3 returns (PascalCase
 * output members, ISO timestamps). The simulator serializes them to each service's wire
 * protocol; the AWS Config view of an item is the same object with camelCase keys.
 */

import type { DataServicesRegion } from './world-data-services.js';

export type Item = Readonly<Record<string, unknown>>;
export type PolicyJson = Readonly<Record<string, unknown>>;

export interface AwsWorld {
  /** Present when the accounts form an AWS Organization. */
  readonly organization?: { readonly id: string; readonly managementAccount: string };
  readonly accounts: readonly WorldAccount[];
}

export interface WorldAccount {
  readonly id: string;
  readonly name?: string;
  /** Roles other principals may assume into this account (AssumeRole checks name and external id). */
  readonly roles?: readonly { readonly name: string; readonly externalId?: string }[];
  /** Enabled regions and what each holds; a region not listed answers AuthFailure like an opt-in region that is off. */
  readonly regions: Readonly<Record<string, WorldRegion>>;
  readonly iam?: WorldIam;
  readonly s3?: WorldS3;
  /** CloudFront (global): distributions with their DistributionConfig (the GetDistributionConfig shape) and tags. */
  readonly cloudfront?: { readonly distributions?: readonly WorldDistribution[] };
  /** Config aggregators owned by this account; each aggregates every account and region of the world. */
  readonly configAggregators?: readonly { readonly name: string; readonly region: string }[];
}

export interface WorldIamUser {
  readonly UserName: string;
  readonly CreateDate: string;
  readonly Tags?: readonly { readonly Key: string; readonly Value: string }[];
  readonly password?: boolean;
  readonly passwordLastUsed?: string | null;
  readonly mfa?: boolean;
  readonly accessKeys?: readonly { readonly active: boolean; readonly lastRotated: string; readonly lastUsed?: string | null }[];
  readonly groups?: readonly string[];
  /** Managed policy ARNs attached to the user. */
  readonly attachedPolicies?: readonly string[];
  readonly inlinePolicies?: readonly { readonly name: string; readonly document: PolicyJson }[];
}

export interface WorldIam {
  readonly users?: readonly WorldIamUser[];
  readonly groups?: readonly { readonly GroupName: string; readonly attachedPolicies?: readonly string[]; readonly inlinePolicies?: readonly { readonly name: string; readonly document: PolicyJson }[] }[];
  /** Root user; omitted = root credentials removed (centrally managed root access). */
  readonly root?: { readonly mfa: boolean; readonly hardwareMfa?: boolean; readonly accessKeys?: boolean; readonly passwordLastUsed?: string | null } | null;
  /** SAML provider names (`AWSSSO_..._DO_NOT_DELETE` for IAM Identity Center); omitted = none. */
  readonly samlProviders?: readonly string[];
  /** `GetAccountPasswordPolicy` PasswordPolicy; null = none (NoSuchEntity). */
  readonly passwordPolicy?: Item | null;
  /** Roles (`RoleDetailList`); `path` `/aws-service-role/...` for service-linked ones. */
  readonly roles?: readonly {
    readonly RoleName: string; readonly path?: string; readonly trustPolicy?: PolicyJson; readonly attachedPolicies?: readonly string[];
    readonly inlinePolicies?: readonly { readonly name: string; readonly document: PolicyJson }[]; readonly Tags?: readonly { readonly Key: string; readonly Value: string }[];
  }[];
  /** Customer-managed policies (`Policies`, LocalManagedPolicy): the default version's document. */
  readonly policies?: readonly { readonly PolicyName: string; readonly document: PolicyJson; readonly attachmentCount?: number }[];
}

export interface WorldBucket {
  readonly Name: string;
  readonly Region: string;
  readonly CreationDate?: string;
  readonly tags?: Readonly<Record<string, string>>;
  /** ServerSideEncryptionConfiguration; null/omitted = ServerSideEncryptionConfigurationNotFoundError. */
  readonly encryption?: Item | null;
  readonly policy?: PolicyJson | null;
  readonly versioning?: { readonly Status?: 'Enabled' | 'Suspended'; readonly MFADelete?: 'Enabled' | 'Disabled' };
  /** ObjectLockConfiguration; null/omitted = not enabled. */
  readonly objectLock?: Item | null;
  readonly publicAccessBlock?: Item | null;
  readonly logging?: { readonly TargetBucket: string; readonly TargetPrefix: string } | null;
}

export interface WorldDistribution {
  readonly Id: string;
  readonly DomainName: string;
  readonly Status?: string;
  readonly DistributionConfig: Item;
  readonly Tags?: readonly { readonly Key: string; readonly Value: string }[];
}

export interface WorldS3 {
  /** PublicAccessBlockConfiguration of the account; null/omitted = not configured. */
  readonly accountPublicAccessBlock?: Item | null;
  readonly buckets?: readonly WorldBucket[];
}

export interface WorldRegion extends DataServicesRegion {
  /** null/omitted = no recorder in the region. `resourceTypes`: record only these (INCLUSION_BY_RESOURCE_TYPES); omitted = all supported types. */
  readonly config?: {
    readonly recording: boolean; readonly allSupported?: boolean; readonly resourceTypes?: readonly string[]; readonly includeGlobalResourceTypes?: boolean; readonly lastStatus?: string; readonly deliveryChannel?: boolean;
  } | null;
  readonly ec2?: {
    readonly ebsEncryptionByDefault?: boolean;
    readonly ebsDefaultKmsKeyId?: string;
    readonly volumes?: readonly Item[];
    /** Snapshot items; `public: true` = createVolumePermission group all. */
    readonly snapshots?: readonly (Item & { readonly public?: boolean })[];
    readonly vpcs?: readonly Item[];
    readonly subnets?: readonly Item[];
    readonly routeTables?: readonly Item[];
    readonly securityGroups?: readonly Item[];
    readonly networkAcls?: readonly Item[];
    readonly flowLogs?: readonly Item[];
    readonly instances?: readonly Item[];
    readonly networkInterfaces?: readonly Item[];
    readonly internetGateways?: readonly Item[];
    /** DescribeVpcPeeringConnections items (`RequesterVpcInfo`, `AccepterVpcInfo`, `Status.Code`). */
    readonly vpcPeeringConnections?: readonly Item[];
  };
  /** `notInConfig`: KeyMetadata members the key's AWS Config item lacks (an item not recorded in full). */
  readonly kms?: {
    readonly keys?: readonly { readonly KeyMetadata: Item; readonly rotation?: boolean; readonly rotationPeriodInDays?: number; readonly policy?: PolicyJson; readonly Tags?: readonly Item[]; readonly notInConfig?: readonly string[] }[];
  };
  readonly rds?: {
    readonly instances?: readonly Item[];
    readonly clusters?: readonly Item[];
    readonly snapshots?: readonly (Item & { readonly public?: boolean })[];
    /** Parameters (the `Parameter` shape) per DB parameter group name. */
    readonly parameterGroups?: Readonly<Record<string, readonly Item[]>>;
    readonly clusterParameterGroups?: Readonly<Record<string, readonly Item[]>>;
  };
  /** `attributes`: DescribeLoadBalancerAttributes `Attributes` per load balancer ARN (default: access logs off). */
  readonly elbv2?: { readonly loadBalancers?: readonly Item[]; readonly listeners?: readonly Item[]; readonly attributes?: Readonly<Record<string, readonly Item[]>> };
  readonly cloudtrail?: { readonly trails?: readonly WorldTrail[] };
  /** CloudWatch Logs: DescribeLogGroups items (metricFilterCount is computed), DescribeMetricFilters items, and log deliveries (CloudFront logging v2, us-east-1). */
  readonly logs?: { readonly logGroups?: readonly Item[]; readonly metricFilters?: readonly Item[]; readonly deliverySources?: readonly Item[]; readonly deliveries?: readonly Item[] };
  /** CloudWatch metric alarms (DescribeAlarms `MetricAlarms` items). */
  readonly cloudwatch?: { readonly alarms?: readonly Item[] };
  /** Security Hub: DescribeHub's answer; null/omitted = not subscribed (InvalidAccessException). */
  readonly securityhub?: { readonly HubArn: string; readonly SubscribedAt: string } | null;
  readonly backup?: {
    /** `recoveryPoints`: ListRecoveryPointsByBackupVault items (RecoveryPointArn, IsEncrypted...). */
    readonly vaults?: readonly (Item & { readonly policy?: PolicyJson | null; readonly recoveryPoints?: readonly Item[] })[];
    /** ListRestoreTestingPlans items, each with its selections (ListRestoreTestingSelections items). */
    readonly restoreTestingPlans?: readonly (Item & { readonly RestoreTestingPlanName: string; readonly selections?: readonly Item[] })[];
    readonly plans?: readonly { readonly BackupPlanId: string; readonly BackupPlanArn: string; readonly BackupPlanName: string; readonly Rules: readonly Item[]; readonly selections?: readonly Item[] }[];
    /** DescribeRegionSettings ResourceTypeOptInPreference overrides (every type defaults to opted in). */
    readonly resourceTypeOptIn?: Readonly<Record<string, boolean>>;
  };
  /** null/omitted = no detector. */
  readonly guardduty?: { readonly detectorId: string; readonly status: 'ENABLED' | 'DISABLED'; readonly features?: readonly { readonly Name: string; readonly Status: string }[]; readonly malwareProtectionPlans?: number } | null;
  /** DescribeTable `Table` items; `pointInTimeRecovery` and `Tags` feed DescribeContinuousBackups and ListTagsOfResource. */
  readonly dynamodb?: { readonly tables?: readonly (Item & { readonly TableName: string; readonly pointInTimeRecovery?: boolean; readonly Tags?: readonly Item[] })[] };
  /** DescribeFileSystems items (Tags included, as the API returns them); `backupPolicy` omitted/null = PolicyNotFound. */
  readonly efs?: { readonly fileSystems?: readonly (Item & { readonly FileSystemId: string; readonly backupPolicy?: 'ENABLED' | 'DISABLED' | null })[] };
  readonly inspector2?: { readonly ec2: string; readonly ecr: string; readonly lambda: string };
  /** ECR repository names (DescribeRepositories); omitted = none. */
  readonly ecr?: { readonly repositories?: readonly string[] };
  /** Lambda GetAccountSettings AccountUsage.FunctionCount; omitted = 0. */
  readonly lambda?: { readonly functions?: number };
  readonly ssm?: {
    readonly managedInstances?: readonly string[];
    /** ResourceComplianceSummaryItems of ComplianceType Patch, and of Association. */
    readonly patchCompliance?: readonly Item[];
    readonly associationCompliance?: readonly Item[];
    /** Owned documents (DocumentIdentifier items) and the account ids each is shared with (`all` = public). */
    readonly documents?: readonly (Item & { readonly Name: string; readonly sharedWith?: readonly string[] })[];
  };
  /** ListSecrets SecretListEntry items. */
  readonly secretsmanager?: { readonly secrets?: readonly Item[] };
  /** ListCertificates CertificateSummary items. */
  readonly acm?: { readonly certificates?: readonly Item[] };
  /** ListAnalyzers AnalyzerSummary items (camelCase, as the API). */
  readonly accessAnalyzer?: { readonly analyzers?: readonly Item[] };
}

/**
 * A DescribeTrails item with the simulator's annotations: `isLogging` (GetTrailStatus), `status`
 * (more GetTrailStatus members), `selectors` (GetEventSelectors' answer) or, without it, `dataEvents`
 * (a basic selector for every S3 bucket).
 */
export type WorldTrail = Item & { readonly isLogging?: boolean; readonly dataEvents?: boolean; readonly status?: Item; readonly selectors?: Item };

/** The access key id the simulator accepts for an account's own (long-term) credentials. */
export function accessKeyFor(account: string): string {
  return `AKIASIM${account}`;
}

/** Temporary (AssumeRole) keys carry the target account too. */
export function sessionKeyFor(account: string): string {
  return `ASIASIM${account}`;
}

export function accountOfKey(key: string): string | undefined {
  return /^A[KS]IASIM(\d{12})$/.exec(key)?.[1];
}
