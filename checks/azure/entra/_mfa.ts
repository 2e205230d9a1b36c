import type { ConditionalAccessPolicy } from '../../../src/model/types/azure/index.js';

/** How conditional access policies are read for the MFA checks. */

/** Directory role template ids that "Require MFA for administrators" must cover by default. */
export const DEFAULT_ADMIN_ROLES: Readonly<Record<string, string>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9': 'Conditional Access Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
};

/** The policy demands MFA on every grant: `mfa` with AND (or alone), or an authentication strength. */
export function requiresMfa(p: ConditionalAccessPolicy): boolean {
  const g = p.grantControls;
  if (!g) return false;
  if (g.authenticationStrengthId) return true;
  const controls = g.builtInControls.map((c) => c.toLowerCase());
  if (!controls.includes('mfa')) return false;
  // With OR, another control (a compliant device...) satisfies the policy without MFA.
  return g.operator === 'AND' || controls.length === 1;
}

/** Enforced, for all cloud apps and all client app types, requiring MFA. */
export function isEnforcedMfaForAllApps(p: ConditionalAccessPolicy): boolean {
  const apps = p.conditions.applications.includeApplications.map((a) => a.toLowerCase());
  const clients = p.conditions.clientAppTypes.map((c) => c.toLowerCase());
  const allClients = clients.length === 0 || clients.includes('all') || (clients.includes('browser') && clients.includes('mobileappsanddesktopclients'));
  return p.state === 'enabled' && apps.includes('all') && allClients && requiresMfa(p);
}

export function targetsAllUsers(p: ConditionalAccessPolicy): boolean {
  return p.conditions.users.includeUsers.some((u) => u.toLowerCase() === 'all');
}

/** Exclusions worth telling the reader about (break-glass accounts are expected, but should be few). */
export function exclusions(p: ConditionalAccessPolicy): string {
  const u = p.conditions.users;
  const n = u.excludeUsers.length + u.excludeGroups.length + u.excludeRoles.length;
  return n > 0 ? ` (${n} exclusion(s))` : '';
}
