import { defineResourceType } from '../registry.js';

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
export const IAM_PASSWORD_POLICY = defineResourceType({ type: 'aws.iam.password-policy', provider: 'aws', title: 'IAM password policy', native: { terraform: ['aws_iam_account_password_policy'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.iam.identity-providers': IamIdentityProvidersConfig;
    'aws.iam.root-account': IamRootAccountConfig;
    'aws.iam.user': IamUserConfig;
    'aws.iam.password-policy': IamPasswordPolicyConfig;
  }
}
