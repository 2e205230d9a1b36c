import { defineResourceType } from '../registry.js';
import type { PolicyDocument } from './common.js';

/** The account's root user, from the credential report's `<root_account>` row and GetAccountSummary. */
export interface IamRootAccountConfig {
  /** false when root credentials were removed (centrally managed root access): compliant. */
  readonly credentialsPresent: boolean | undefined;
  readonly mfaEnabled: boolean | undefined;
  /** true = hardware MFA; false = only virtual MFA; null = no MFA. */
  readonly hardwareMfa: boolean | null | undefined;
  readonly accessKeysPresent: boolean | undefined;
  readonly passwordLastUsed: string | null | undefined;
}

export interface IamAccessKey {
  readonly active: boolean;
  readonly lastRotated: string | null;
  readonly lastUsed: string | null;
}

export interface IamUserConfig {
  readonly passwordEnabled: boolean | undefined;
  readonly passwordLastUsed: string | null | undefined;
  readonly mfaActive: boolean | undefined;
  readonly accessKeys: readonly IamAccessKey[] | undefined;
  readonly createdAt: string | undefined;
  /** Managed and inline policies grant `*:*` directly or through groups. */
  readonly hasAdministratorAccess: boolean | undefined;
  /** ARNs of managed policies attached to the user itself (not through groups); undefined = not read. */
  readonly attachedPolicyArns: readonly string[] | undefined;
  /** Names of the user's own inline policies; undefined = not read. */
  readonly inlinePolicyNames: readonly string[] | undefined;
}

/** An inline policy; `document` undefined = present but not readable (unknown until apply, unparsable). */
export interface IamInlinePolicy {
  readonly name: string;
  readonly document: PolicyDocument | undefined;
}

/**
 * A customer-managed policy (`GetAccountAuthorizationDetails` Policies with the LocalManagedPolicy
 * filter). Id: the policy ARN.
 */
export interface IamPolicyConfig {
  /** The default version's document; undefined = not read or unknown until apply. */
  readonly document: PolicyDocument | undefined;
  /** Identities the policy is attached to; undefined = not known (IaC). */
  readonly attachmentCount: number | undefined;
}

/** An IAM role (`GetAccountAuthorizationDetails` RoleDetailList). Id: the role ARN. */
export interface IamRoleConfig {
  /** Under `/aws-service-role/`: created and managed by an AWS service, not by the account. */
  readonly serviceLinked: boolean | undefined;
  /** ARNs of attached managed policies (AWS and customer-managed); undefined = not read. */
  readonly attachedPolicyArns: readonly string[] | undefined;
  readonly inlinePolicies: readonly IamInlinePolicy[] | undefined;
  /** The trust (assume-role) policy. */
  readonly trustPolicy: PolicyDocument | undefined;
}

/**
 * Emergency (break-glass) access designations of an account: roles and users carrying the tag
 * `phiscan:break-glass` = `true` (the documented convention, `BREAK_GLASS_TAG`). Id
 * `arn:aws:iam::<account>:break-glass`.
 */
export interface IamEmergencyAccessConfig {
  /** ARNs of the designated identities; [] = none designated; undefined = roles or users not read. */
  readonly designated: readonly string[] | undefined;
}

/** IAM Access Analyzer in one region (`ListAnalyzers`). Id `arn:aws:access-analyzer:<region>:<account>:analyzers`. */
export interface IamAccessAnalyzerConfig {
  /** undefined = ListAnalyzers failed; [] = none. `status` null = declared in IaC, not yet created. */
  readonly analyzers: readonly { readonly arn: string; readonly type: string; readonly status: string | null }[] | undefined;
}

/** null config fields mean the account has no password policy at all. */
export interface IamPasswordPolicyConfig {
  readonly present: boolean | undefined;
  readonly minimumLength: number | null | undefined;
  readonly requireSymbols: boolean | null | undefined;
  readonly requireNumbers: boolean | null | undefined;
  readonly requireUppercase: boolean | null | undefined;
  readonly requireLowercase: boolean | null | undefined;
  readonly maxAgeDays: number | null | undefined;
  readonly reusePrevention: number | null | undefined;
}

/**
 * The account's SAML identity providers (`ListSAMLProviders`): IAM Identity Center
 * (`AWSSSO_..._DO_NOT_DELETE`, created in every account it assigns permission sets in) and any
 * external IdP people federate through. Their MFA is enforced in that IdP, not in IAM.
 * Id `arn:aws:iam::<account>:saml-provider/*`.
 */
export interface IamIdentityProvidersConfig {
  /** Provider ARNs; [] = none; undefined = ListSAMLProviders failed. */
  readonly samlProviders: readonly string[] | undefined;
}

export const IAM_IDENTITY_PROVIDERS = defineResourceType({ type: 'aws.iam.identity-providers', provider: 'aws', title: 'IAM SAML identity providers (IAM Identity Center, federation)', native: {} });
export const IAM_ROOT_ACCOUNT = defineResourceType({ type: 'aws.iam.root-account', provider: 'aws', title: 'IAM root user', native: {} });
export const IAM_USER = defineResourceType({ type: 'aws.iam.user', provider: 'aws', title: 'IAM user', native: { awsConfig: 'AWS::IAM::User', terraform: ['aws_iam_user', 'aws_iam_user_login_profile', 'aws_iam_access_key'] } });
export const IAM_POLICY = defineResourceType({ type: 'aws.iam.policy', provider: 'aws', title: 'IAM customer-managed policy', native: { awsConfig: 'AWS::IAM::Policy', terraform: ['aws_iam_policy'] } });
export const IAM_ROLE = defineResourceType({ type: 'aws.iam.role', provider: 'aws', title: 'IAM role', native: { awsConfig: 'AWS::IAM::Role', terraform: ['aws_iam_role', 'aws_iam_role_policy', 'aws_iam_role_policy_attachment'] } });
export const IAM_EMERGENCY_ACCESS = defineResourceType({ type: 'aws.iam.emergency-access', provider: 'aws', title: 'IAM emergency (break-glass) access designations', native: {} });
export const IAM_ACCESS_ANALYZER = defineResourceType({ type: 'aws.iam.access-analyzer', provider: 'aws', title: 'IAM Access Analyzer (region)', native: { terraform: ['aws_accessanalyzer_analyzer'] } });
export const IAM_PASSWORD_POLICY = defineResourceType({ type: 'aws.iam.password-policy', provider: 'aws', title: 'IAM password policy', native: { terraform: ['aws_iam_account_password_policy'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.iam.identity-providers': IamIdentityProvidersConfig;
    'aws.iam.root-account': IamRootAccountConfig;
    'aws.iam.user': IamUserConfig;
    'aws.iam.password-policy': IamPasswordPolicyConfig;
    'aws.iam.policy': IamPolicyConfig;
    'aws.iam.role': IamRoleConfig;
    'aws.iam.emergency-access': IamEmergencyAccessConfig;
    'aws.iam.access-analyzer': IamAccessAnalyzerConfig;
  }
}
