import { expect, it } from 'vitest';
import check from '../../../../checks/azure/entra/tenant-mfa-all-users.js';
import { checkCases, makeContext } from '../../../helpers/check-tester.js';
import { caPolicy, tenant } from '../_fixtures.js';

const CP = 'config.conditionalAccessPolicies';
const only = (...p: ReturnType<typeof caPolicy>[]) => tenant({ conditionalAccessPolicies: p });
const CUSTOM = '7f4b0000-0000-4000-8000-00000000c001';

checkCases(check, {
  pass: [
    { name: 'enforced policy for all users and apps', resource: tenant() },
    { name: 'security defaults, CA unreadable', resource: tenant({ securityDefaultsEnabled: true, conditionalAccessPolicies: undefined }) },
    { name: 'built-in authentication strength instead of the mfa control', resource: only(caPolicy({ controls: [], strength: '00000000-0000-0000-0000-000000000004', requirementsSatisfied: null })) },
    { name: 'custom strength that satisfies MFA', resource: only(caPolicy({ controls: [], strength: CUSTOM, requirementsSatisfied: 'mfa' })) },
    { name: 'mfa AND compliant device, declared break-glass excluded', resource: only(caPolicy({ controls: ['mfa', 'compliantDevice'], operator: 'AND', users: { excludeUsers: ['bg-1'] } })), options: { breakGlassAccounts: ['BG-1'] } },
    { name: 'an excluded group covered by a second unconditional policy', resource: only(caPolicy({ users: { excludeGroups: ['contractors'] } }), caPolicy({ name: 'contractors', users: { includeUsers: [], includeGroups: ['contractors'] } })) },
    { name: 'location condition on All locations is no narrowing', resource: only(caPolicy({ conditions: { locations: { include: ['All'], exclude: [] } } })) },
  ],
  fail: [
    { name: 'report-only policy', resource: only(caPolicy({ state: 'enabledForReportingButNotEnforced' })), evidencePath: CP },
    { name: 'mfa OR compliant device', resource: only(caPolicy({ controls: ['mfa', 'compliantDevice'] })), evidencePath: CP },
    { name: 'only Office 365', resource: only(caPolicy({ apps: ['Office365'] })), evidencePath: CP },
    { name: 'all apps but one excluded', resource: only(caPolicy({ conditions: { applications: { includeApplications: ['All'], excludeApplications: ['app-1'], includeUserActions: [], includeAuthenticationContextClassReferences: [], applicationFilter: null } } })), evidencePath: CP },
    { name: 'only one group', resource: only(caPolicy({ users: { includeUsers: [], includeGroups: ['clinicians'] } })), evidencePath: CP },
    { name: 'trusted locations excluded', resource: only(caPolicy({ conditions: { locations: { include: ['All'], exclude: ['AllTrusted'] } } })), evidencePath: CP },
    { name: 'only on high sign-in risk', resource: only(caPolicy({ conditions: { signInRiskLevels: ['high'] } })), evidencePath: CP },
    { name: 'only on medium user risk', resource: only(caPolicy({ conditions: { userRiskLevels: ['medium'] } })), evidencePath: CP },
    { name: 'only on Android and iOS', resource: only(caPolicy({ conditions: { platforms: { include: ['android', 'iOS'], exclude: [] } } })), evidencePath: CP },
    { name: 'all platforms but Windows', resource: only(caPolicy({ conditions: { platforms: { include: ['all'], exclude: ['windows'] } } })), evidencePath: CP },
    { name: 'device filter', resource: only(caPolicy({ conditions: { deviceFilter: { mode: 'exclude', rule: 'device.isCompliant -eq True' } } })), evidencePath: CP },
    { name: 'browser only', resource: only(caPolicy({ conditions: { clientAppTypes: ['browser'] } })), evidencePath: CP },
    { name: 'excludes a group nobody else covers', resource: only(caPolicy({ users: { excludeGroups: ['contractors'] } })), evidencePath: CP },
    { name: 'excludes a user not declared as break-glass', resource: only(caPolicy({ users: { excludeUsers: ['svc-legacy'] } })), evidencePath: CP },
    { name: 'excludes a directory role', resource: only(caPolicy({ users: { excludeRoles: ['62e90394-69f5-4237-9190-012177145e10'] } })), evidencePath: CP },
    { name: 'excludes guests', resource: only(caPolicy({ users: { excludeGuestsOrExternalUsers: 'internalGuest,b2bCollaborationGuest' } })), evidencePath: CP },
    { name: 'custom strength that does not satisfy MFA', resource: only(caPolicy({ controls: [], strength: CUSTOM, requirementsSatisfied: 'none' })), evidencePath: CP },
    { name: 'no policies, security defaults off', resource: tenant({ conditionalAccessPolicies: [] }), evidencePath: 'config.securityDefaultsEnabled' },
  ],
  notAssessed: [
    { name: 'Graph denied', resource: tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: undefined }), evidencePath: CP },
    { name: 'no policies, security defaults unknown', resource: tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: [] }), evidencePath: 'config.securityDefaultsEnabled' },
    { name: 'custom strength whose requirements were not returned', resource: only(caPolicy({ controls: [], strength: CUSTOM, requirementsSatisfied: null })), evidencePath: CP },
  ],
});

it('names the missing Graph permission when the tenant policies are unknown', () => {
  const v = check.evaluate(tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: undefined }), makeContext());
  expect(v.status).toBe('not_assessed');
  expect(v.message).toContain('Policy.Read.All');
});

it('states the security defaults caveat when passing on them', () => {
  const v = check.evaluate(tenant({ securityDefaultsEnabled: true }), makeContext());
  expect(v.status).toBe('pass');
  expect(v.message).toMatch(/not at every sign-in/);
});
