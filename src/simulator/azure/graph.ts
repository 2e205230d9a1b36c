import type { JsonObject } from './world.js';

/**
 * `conditionalAccessPolicy` as Microsoft Graph v1.0 returns it: every property present, unset
 * condition sets as null and unset lists as [] (worlds may write only what they set), and an
 * authentication strength expanded with its requirements, as the list call returns it.
 */

/** The built-in authentication strengths (`authenticationStrengthPolicy`, policyType builtIn). */
const BUILT_IN_STRENGTHS: Readonly<Record<string, { displayName: string; allowedCombinations: readonly string[] }>> = {
  '00000000-0000-0000-0000-000000000002': { displayName: 'Multifactor authentication', allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush', 'temporaryAccessPassOneTime', 'temporaryAccessPassMultiUse', 'password,microsoftAuthenticatorPush', 'password,softwareOath', 'password,hardwareOath', 'password,sms', 'password,voice', 'federatedMultiFactor', 'microsoftAuthenticatorPush,federatedSingleFactor', 'softwareOath,federatedSingleFactor', 'hardwareOath,federatedSingleFactor', 'sms,federatedSingleFactor', 'voice,federatedSingleFactor'] },
  '00000000-0000-0000-0000-000000000003': { displayName: 'Passwordless MFA', allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush'] },
  '00000000-0000-0000-0000-000000000004': { displayName: 'Phishing-resistant MFA', allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'] },
};

const obj = (v: unknown): JsonObject => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const nullable = (v: unknown): unknown => (v === undefined ? null : v);

function strength(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  const s = obj(v);
  const builtIn = typeof s.id === 'string' ? BUILT_IN_STRENGTHS[s.id] : undefined;
  return {
    id: s.id, createdDateTime: '2023-01-01T00:00:00Z', modifiedDateTime: '2023-01-01T00:00:00Z',
    displayName: s.displayName ?? builtIn?.displayName ?? 'Custom strength', description: s.description ?? null,
    policyType: s.policyType ?? (builtIn ? 'builtIn' : 'custom'), requirementsSatisfied: s.requirementsSatisfied ?? (builtIn ? 'mfa' : 'none'),
    allowedCombinations: s.allowedCombinations ?? builtIn?.allowedCombinations ?? [],
  };
}

export function graphConditionalAccessPolicy(p: JsonObject): JsonObject {
  const c = obj(p.conditions);
  const users = obj(c.users);
  const apps = obj(c.applications);
  const grant = p.grantControls === null ? null : obj(p.grantControls);
  return {
    id: p.id, templateId: p.templateId ?? null, displayName: p.displayName, createdDateTime: p.createdDateTime ?? '2024-01-01T00:00:00Z', modifiedDateTime: p.modifiedDateTime ?? null, state: p.state,
    sessionControls: nullable(p.sessionControls),
    conditions: {
      userRiskLevels: list(c.userRiskLevels), signInRiskLevels: list(c.signInRiskLevels), clientAppTypes: list(c.clientAppTypes), servicePrincipalRiskLevels: list(c.servicePrincipalRiskLevels),
      insiderRiskLevels: nullable(c.insiderRiskLevels), platforms: nullable(c.platforms), locations: nullable(c.locations), devices: nullable(c.devices), clientApplications: nullable(c.clientApplications),
      authenticationFlows: nullable(c.authenticationFlows),
      applications: {
        includeApplications: list(apps.includeApplications), excludeApplications: list(apps.excludeApplications), includeUserActions: list(apps.includeUserActions),
        includeAuthenticationContextClassReferences: list(apps.includeAuthenticationContextClassReferences), applicationFilter: nullable(apps.applicationFilter),
      },
      users: {
        includeUsers: list(users.includeUsers), excludeUsers: list(users.excludeUsers), includeGroups: list(users.includeGroups), excludeGroups: list(users.excludeGroups),
        includeRoles: list(users.includeRoles), excludeRoles: list(users.excludeRoles),
        includeGuestsOrExternalUsers: nullable(users.includeGuestsOrExternalUsers), excludeGuestsOrExternalUsers: nullable(users.excludeGuestsOrExternalUsers),
      },
    },
    grantControls: grant === null ? null : {
      operator: grant.operator ?? 'OR', builtInControls: list(grant.builtInControls), customAuthenticationFactors: list(grant.customAuthenticationFactors), termsOfUse: list(grant.termsOfUse),
      'authenticationStrength@odata.context': `https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies('${typeof p.id === 'string' ? p.id : ''}')/grantControls/authenticationStrength/$entity`,
      authenticationStrength: strength(grant.authenticationStrength),
    },
  } as JsonObject;
}
