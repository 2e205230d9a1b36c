import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { DescribeRepositoriesCommand } from '@aws-sdk/client-ecr';
import { paginateDescribeListeners, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetDetectorCommand, ListMalwareProtectionPlansCommand, paginateListDetectors } from '@aws-sdk/client-guardduty';
import {
  GenerateCredentialReportCommand, GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, GetCredentialReportCommand, ListSAMLProvidersCommand, paginateGetAccountAuthorizationDetails, paginateListVirtualMFADevices,
} from '@aws-sdk/client-iam';
import { BatchGetAccountStatusCommand } from '@aws-sdk/client-inspector2';
import { GetAccountSettingsCommand } from '@aws-sdk/client-lambda';
import type { IamUserConfig } from '../../../src/model/types/aws/index.js';
import { arr, iso, listenerConfig, num, obj, str, tagsOf, type Raw } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';
import { adminPolicyArns, directPolicies, emitAuthorization, holdsFullAdmin } from './iam-authz.js';
import { loadBalancerAttributes, logGroupId, trailSelectors } from './logging.js';

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/** Parse the credential report CSV (no quoted fields in this report) into rows keyed by header. */
export function parseCredentialReport(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv.trim().split(/\r?\n/);
  const cols = (head ?? '').split(',');
  return lines.filter(Boolean).map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i] ?? `c${i}`, v])));
}

const reportDate = (v: string | undefined): string | null => (v && !['N/A', 'no_information', 'not_supported'].includes(v) ? v : null);

/** IAM for the account: users and root from the credential report, password policy, administrator grants, roles and customer-managed policies. */
export async function collectIam(u: UnitContext): Promise<void> {
  const { account } = u.unit;
  const iam = u.client('iam');
  const USERS = ['aws.iam.user', 'aws.iam.root-account'] as const;
  const report = await u.call('iam', 'GetCredentialReport', USERS, async () => {
    // GenerateCredentialReport only prepares the report; poll until it is complete (bounded).
    for (let i = 0; i < 20; i++) {
      const g = await iam.send(new GenerateCredentialReportCommand({}));
      if (g.State === 'COMPLETE') break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const r = await iam.send(new GetCredentialReportCommand({}));
    return parseCredentialReport(Buffer.from(r.Content ?? new Uint8Array()).toString('utf8'));
  });
  const [summary, policy, authz, virtualMfa, saml] = await Promise.all([
    u.call('iam', 'GetAccountSummary', ['aws.iam.root-account'], () => iam.send(new GetAccountSummaryCommand({}))),
    u.call('iam', 'GetAccountPasswordPolicy', ['aws.iam.password-policy'], () => iam.send(new GetAccountPasswordPolicyCommand({})), ['NoSuchEntity', 'NoSuchEntityException']),
    u.call('iam', 'GetAccountAuthorizationDetails', ['aws.iam.user', 'aws.iam.role', 'aws.iam.policy', 'aws.iam.emergency-access'], () => drain(paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 1000 }, { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'] }), (r) => [r], u.signal)),
    u.call('iam', 'ListVirtualMFADevices', ['aws.iam.root-account'], () => drain(paginateListVirtualMFADevices({ client: iam, pageSize: 1000 }, { AssignmentStatus: 'Assigned' }), (r) => raw(r.VirtualMFADevices), u.signal)),
    u.call('iam', 'ListSAMLProviders', ['aws.iam.identity-providers'], () => iam.send(new ListSAMLProvidersCommand({}))),
  ]);
  const base = { provider: 'aws' as const, account, region: 'global' };
  u.emit({
    ...base, type: 'aws.iam.identity-providers', id: `arn:aws:iam::${account}:saml-provider/*`, name: 'SAML identity providers', tags: {},
    config: { samlProviders: saml ? raw(saml.SAMLProviderList).flatMap((p) => str(p.Arn) ?? []).sort() : undefined }, source: { kind: 'live', api: 'iam:ListSAMLProviders' },
  });

  const users = authz?.flatMap((p) => raw(p.UserDetailList));
  const groups = new Map(authz?.flatMap((p) => raw(p.GroupDetailList)).map((g) => [str(g.GroupName) ?? '', g]));
  emitAuthorization(u, authz ?? undefined);
  const adminPolicies = adminPolicyArns(authz ?? []);
  const isAdmin = (attached: unknown, inline: unknown) => holdsFullAdmin(attached, inline, adminPolicies);
  for (const row of report ?? []) {
    const name = row.user ?? '';
    if (name === '<root_account>') continue;
    const detail = users?.find((x) => str(x.UserName) === name);
    const keys = [1, 2].filter((n) => row[`access_key_${n}_active`] === 'true' || reportDate(row[`access_key_${n}_last_rotated`]) !== null)
      .map((n) => ({ active: row[`access_key_${n}_active`] === 'true', lastRotated: reportDate(row[`access_key_${n}_last_rotated`]), lastUsed: reportDate(row[`access_key_${n}_last_used_date`]) }));
    const admin = users === undefined ? undefined : detail !== undefined && (isAdmin(detail.AttachedManagedPolicies, detail.UserPolicyList)
      || ((detail.GroupList as string[] | undefined) ?? []).some((g) => { const gd = groups.get(g); return gd !== undefined && isAdmin(gd.AttachedManagedPolicies, gd.GroupPolicyList); }));
    const config: IamUserConfig = {
      passwordEnabled: row.password_enabled === 'true', passwordLastUsed: reportDate(row.password_last_used), mfaActive: row.mfa_active === 'true', accessKeys: keys,
      createdAt: row.user_creation_time, hasAdministratorAccess: admin, ...directPolicies(detail),
    };
    u.emit({ ...base, type: 'aws.iam.user', id: row.arn ?? `arn:aws:iam::${account}:user/${name}`, name, tags: detail ? tagsOf(detail.Tags) : undefined, config, source: { kind: 'live', api: 'iam:GetCredentialReport' } });
  }

  if (report !== undefined && report !== null) {
    const root = report.find((r) => r.user === '<root_account>');
    const summaryMap = summary?.SummaryMap;
    const mfa = root ? root.mfa_active === 'true' : undefined;
    const rootVirtual = virtualMfa?.some((d) => str(obj(d.User).Arn) === `arn:aws:iam::${account}:root` || /root-account-mfa-device$/.test(str(d.SerialNumber) ?? ''));
    u.emit({
      ...base, type: 'aws.iam.root-account', id: `arn:aws:iam::${account}:root`, name: 'root', tags: {},
      config: {
        // GetAccountSummary says whether root has a password, keys or certificates; none = centrally managed root access.
        credentialsPresent: summaryMap ? (summaryMap.AccountPasswordPresent ?? 0) + (summaryMap.AccountAccessKeysPresent ?? 0) + (summaryMap.AccountSigningCertificatesPresent ?? 0) > 0 : undefined,
        mfaEnabled: root ? mfa : summaryMap ? summaryMap.AccountMFAEnabled === 1 : undefined,
        hardwareMfa: !root || !mfa ? (root ? null : undefined) : rootVirtual === undefined ? undefined : !rootVirtual,
        accessKeysPresent: root ? root.access_key_1_active === 'true' || root.access_key_2_active === 'true' : summaryMap ? (summaryMap.AccountAccessKeysPresent ?? 0) > 0 : undefined,
        passwordLastUsed: root ? reportDate(root.password_last_used) : undefined,
      },
      source: { kind: 'live', api: 'iam:GetCredentialReport' },
    });
  }

  if (policy !== undefined) {
    const pp = policy === null ? undefined : (policy.PasswordPolicy as Raw | undefined);
    const v = <T>(x: T | undefined): T | null => (pp === undefined ? null : (x ?? null));
    u.emit({
      ...base, type: 'aws.iam.password-policy', id: `arn:aws:iam::${account}:account-password-policy`, name: 'IAM password policy', tags: {},
      config: {
        present: pp !== undefined, minimumLength: v(num(pp?.MinimumPasswordLength)), requireSymbols: v(pp?.RequireSymbols as boolean | undefined), requireNumbers: v(pp?.RequireNumbers as boolean | undefined),
        requireUppercase: v(pp?.RequireUppercaseCharacters as boolean | undefined), requireLowercase: v(pp?.RequireLowercaseCharacters as boolean | undefined),
        maxAgeDays: v(num(pp?.MaxPasswordAge)), reusePrevention: v(num(pp?.PasswordReusePrevention)),
      },
      source: { kind: 'live', api: 'iam:GetAccountPasswordPolicy' },
    });
  }
}

/** Trails homed in this region, with logging status and data-event selectors. */
export async function collectCloudTrail(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const ct = u.client('cloudtrail');
  const trails = await u.call('cloudtrail', 'DescribeTrails', ['aws.cloudtrail.trail'], async () => raw((await ct.send(new DescribeTrailsCommand({ includeShadowTrails: false }))).trailList));
  await Promise.all((trails ?? []).filter((t) => str(t.HomeRegion) === undefined || str(t.HomeRegion) === region).map((t) => u.each(async () => {
    const arn = str(t.TrailARN) ?? '';
    const [status, selectors] = await Promise.all([
      u.call('cloudtrail', 'GetTrailStatus', ['aws.cloudtrail.trail'], () => ct.send(new GetTrailStatusCommand({ Name: arn }))),
      u.call('cloudtrail', 'GetEventSelectors', ['aws.cloudtrail.trail'], () => ct.send(new GetEventSelectorsCommand({ TrailName: arn }))),
    ]);
    const eventSelectors = selectors ? trailSelectors(selectors as unknown as Raw) : undefined;
    const dataEvents = eventSelectors === undefined ? undefined
      : eventSelectors.basic.some((s) => s.dataResources.length > 0) || eventSelectors.advanced.some((s) => s.fieldSelectors.some((f) => f.field === 'eventCategory' && f.equals.includes('Data')));
    const logGroup = str(t.CloudWatchLogsLogGroupArn);
    u.emit({
      provider: 'aws', type: 'aws.cloudtrail.trail', id: arn, name: str(t.Name) ?? arn, account, region, tags: undefined,
      config: {
        homeRegion: str(t.HomeRegion), isMultiRegion: t.IsMultiRegionTrail as boolean | undefined, isOrganizationTrail: t.IsOrganizationTrail as boolean | undefined,
        logFileValidation: t.LogFileValidationEnabled as boolean | undefined, kmsKeyId: str(t.KmsKeyId) ?? null, isLogging: status?.IsLogging,
        includeGlobalServiceEvents: t.IncludeGlobalServiceEvents as boolean | undefined, s3BucketName: str(t.S3BucketName) ?? null, dataEvents, eventSelectors,
        cloudWatchLogsLogGroupArn: logGroup ? logGroupId(logGroup) : null,
        latestCloudWatchLogsDeliveryTime: status ? (iso(status.LatestCloudWatchLogsDeliveryTime) ?? null) : undefined,
        latestCloudWatchLogsDeliveryError: status ? (str(status.LatestCloudWatchLogsDeliveryError) || null) : undefined,
      },
      source: { kind: 'live', api: 'cloudtrail:DescribeTrails' },
    });
  })));
}

/** Every trail that applies to the account, own and organization (shadow) trails: one DescribeTrails in the home region. */
export async function collectAccountTrails(u: UnitContext): Promise<void> {
  const { account } = u.unit;
  const ct = u.client('cloudtrail');
  const trails = await u.call('cloudtrail', 'DescribeTrails', ['aws.cloudtrail.account-trails'], async () => raw((await ct.send(new DescribeTrailsCommand({ includeShadowTrails: true }))).trailList));
  u.emit({
    provider: 'aws', type: 'aws.cloudtrail.account-trails', id: `arn:aws:cloudtrail::${account}:account-trails`, name: 'CloudTrail trails of the account', account, region: 'global', tags: {},
    config: { trailArns: trails ? [...new Set(trails.map((t) => str(t.TrailARN) ?? ''))].filter(Boolean).sort() : undefined }, source: { kind: 'live', api: 'cloudtrail:DescribeTrails' },
  });
}

export interface RecorderState {
  readonly present: boolean;
  readonly recording: boolean;
  readonly allSupported: boolean | undefined;
  readonly includeGlobal: boolean | undefined;
  readonly lastStatus: string | null;
  /** The recording group's type list and how it is used (all supported types, only these, all but these). */
  readonly strategy: 'ALL_SUPPORTED_RESOURCE_TYPES' | 'INCLUSION_BY_RESOURCE_TYPES' | 'EXCLUSION_BY_RESOURCE_TYPES' | undefined;
  readonly resourceTypes: readonly string[];
  readonly excludedTypes: readonly string[];
}

/** Does a running recorder record this resource type (so its Config items can stand in for the service's own APIs)? */
export function recordsType(rec: RecorderState | undefined, type: string): boolean {
  if (!rec?.present || !rec.recording) return false;
  if (rec.allSupported === true || rec.strategy === 'ALL_SUPPORTED_RESOURCE_TYPES') return true;
  if (rec.strategy === 'EXCLUSION_BY_RESOURCE_TYPES') return !rec.excludedTypes.includes(type);
  return rec.resourceTypes.includes(type);
}

/** The region's Config recorder, read once per account and region (the EC2 unit needs it too). */
export async function readRecorder(u: Pick<UnitContext, 'call' | 'client'>): Promise<RecorderState | undefined> {
  const cfg = u.client('config');
  const [recorders, status] = await Promise.all([
    u.call('config', 'DescribeConfigurationRecorders', ['aws.config.recorder'], () => cfg.send(new DescribeConfigurationRecordersCommand({}))),
    u.call('config', 'DescribeConfigurationRecorderStatus', ['aws.config.recorder'], () => cfg.send(new DescribeConfigurationRecorderStatusCommand({}))),
  ]);
  if (!recorders || !status) return undefined;
  const rec = recorders.ConfigurationRecorders?.[0];
  const st = status.ConfigurationRecordersStatus?.[0];
  const group = rec?.recordingGroup;
  return {
    present: rec !== undefined, recording: st?.recording === true, allSupported: group?.allSupported, includeGlobal: group?.includeGlobalResourceTypes, lastStatus: st?.lastStatus ?? null,
    strategy: group?.recordingStrategy?.useOnly, resourceTypes: group?.resourceTypes ?? [], excludedTypes: group?.exclusionByResourceTypes?.resourceTypes ?? [],
  };
}

export async function collectConfigRecorder(u: UnitContext, recorder: Promise<RecorderState | undefined>): Promise<void> {
  const { account, region } = u.unit;
  const cfg = u.client('config');
  const [rec, channels] = await Promise.all([
    recorder,
    u.call('config', 'DescribeDeliveryChannels', ['aws.config.recorder'], () => cfg.send(new DescribeDeliveryChannelsCommand({}))),
  ]);
  u.emit({
    provider: 'aws', type: 'aws.config.recorder', id: `arn:aws:config:${region}:${account}:config-recorder`, name: `AWS Config recorder (${region})`, account, region, tags: {},
    config: {
      // With no recorder nothing is recorded: the recording-group flags are a known false, not unknown.
      present: rec?.present, recording: rec ? rec.recording : undefined, allSupported: rec ? (rec.present ? rec.allSupported : false) : undefined,
      includeGlobalResourceTypes: rec ? (rec.present ? rec.includeGlobal : false) : undefined, lastStatus: rec ? rec.lastStatus : undefined,
      deliveryChannel: channels === undefined || channels === null ? undefined : (channels.DeliveryChannels?.length ?? 0) > 0,
    },
    source: { kind: 'live', api: 'config:DescribeConfigurationRecorderStatus' },
  });
}

export async function collectGuardDuty(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const gd = u.client('guardduty');
  const T = ['aws.guardduty.detector'] as const;
  const [ids, plans] = await Promise.all([
    u.call('guardduty', 'ListDetectors', T, () => drain(paginateListDetectors({ client: gd, pageSize: 50 }, {}), (r) => r.DetectorIds ?? [], u.signal)),
    u.call('guardduty', 'ListMalwareProtectionPlans', T, async () => {
      let token: string | undefined;
      let count = 0;
      do {
        const r = await gd.send(new ListMalwareProtectionPlansCommand({ NextToken: token }));
        count += r.MalwareProtectionPlans?.length ?? 0;
        token = r.NextToken;
      } while (token);
      return count;
    }),
  ]);
  const detectorId = ids === undefined || ids === null ? undefined : (ids[0] ?? null);
  const detector = detectorId ? await u.call('guardduty', 'GetDetector', T, () => gd.send(new GetDetectorCommand({ DetectorId: detectorId }))) : detectorId === null ? null : undefined;
  const feature = (name: string) => (detector === undefined ? undefined : detector === null ? false : arr(detector.Features).some((f) => str(f.Name) === name && str(f.Status) === 'ENABLED'));
  u.emit({
    provider: 'aws', type: 'aws.guardduty.detector', id: `arn:aws:guardduty:${region}:${account}:detector/${detectorId ?? 'none'}`, name: `GuardDuty (${region})`, account, region, tags: {},
    config: {
      detectorId, enabled: detector === undefined ? undefined : detector === null ? false : detector.Status === 'ENABLED', ebsMalwareProtection: feature('EBS_MALWARE_PROTECTION'),
      s3MalwareProtection: plans === undefined || plans === null ? undefined : plans > 0, s3DataEvents: feature('S3_DATA_EVENTS'),
    },
    source: { kind: 'live', api: 'guardduty:GetDetector' },
  });
}

/**
 * Inspector's scan types per region, and whether the region holds anything each would scan:
 * a scan type that is off where nothing exists to scan is no gap.
 */
export async function collectInspector2(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const T = ['aws.inspector2.status'] as const;
  const [r, instances, repositories, lambda] = await Promise.all([
    u.call('inspector2', 'BatchGetAccountStatus', T, () => u.client('inspector2').send(new BatchGetAccountStatusCommand({ accountIds: [account] }))),
    u.call('ec2', 'DescribeInstances', T, () => u.client('ec2').send(new DescribeInstancesCommand({ MaxResults: 5, Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }] }))),
    u.call('ecr', 'DescribeRepositories', T, () => u.client('ecr').send(new DescribeRepositoriesCommand({ maxResults: 1 }))),
    u.call('lambda', 'GetAccountSettings', T, () => u.client('lambda').send(new GetAccountSettingsCommand({}))),
  ]);
  const state = r ? obj(arr(r.accounts).find((a) => str(a.accountId) === account)?.resourceState) : undefined;
  const on = (k: string) => (state === undefined ? undefined : str(obj(state[k]).status) === 'ENABLED');
  const workloads = {
    ec2: instances ? arr(instances.Reservations).some((res) => arr(res.Instances).length > 0) : undefined,
    ecr: repositories ? arr(repositories.repositories).length > 0 : undefined,
    lambda: lambda ? (num(obj(lambda.AccountUsage).FunctionCount) ?? 0) > 0 : undefined,
  };
  u.emit({ provider: 'aws', type: 'aws.inspector2.status', id: `arn:aws:inspector2:${region}:${account}:account-status`, name: `Amazon Inspector (${region})`, account, region, tags: {}, config: { ec2: on('ec2'), ecr: on('ecr'), lambda: on('lambda'), workloads }, source: { kind: 'live', api: 'inspector2:BatchGetAccountStatus' } });
}

/** Load balancers of a region (access-log attributes) and their listeners. */
export async function collectElbv2(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const elb = u.client('elbv2');
  const T = ['aws.elbv2.listener', 'aws.elbv2.load-balancer'] as const;
  const lbs = await u.call('elasticloadbalancing', 'DescribeLoadBalancers', T, () => drain(paginateDescribeLoadBalancers({ client: elb, pageSize: 400 }, {}), (r) => raw(r.LoadBalancers), u.signal));
  await Promise.all((lbs ?? []).map((lb) => u.each(async () => {
    const [listeners] = await Promise.all([
      u.call('elasticloadbalancing', 'DescribeListeners', ['aws.elbv2.listener'], () => drain(paginateDescribeListeners({ client: elb, pageSize: 400 }, { LoadBalancerArn: str(lb.LoadBalancerArn) }), (r) => raw(r.Listeners), u.signal)),
      loadBalancerAttributes(u, lb),
    ]);
    for (const l of listeners ?? []) {
      const id = str(l.ListenerArn) ?? '';
      u.emit({ provider: 'aws', type: 'aws.elbv2.listener', id, name: `${str(lb.LoadBalancerName) ?? ''}:${num(l.Port) ?? ''}`, account, region, tags: undefined, config: listenerConfig(l, lb), source: { kind: 'live', api: 'elasticloadbalancing:DescribeListeners' } });
    }
  })));
}
