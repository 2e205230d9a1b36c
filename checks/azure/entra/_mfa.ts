import type { ConditionalAccessPolicy, IncludeExclude } from '../../../src/model/types/azure/index.js';

/**
 * How conditional access policies are read for the MFA checks. A policy counts only when it is
 * enforced, requires MFA on every way of satisfying it, targets all cloud apps, and no
 * condition (location, risk, platform, device filter, client app type, authentication flow)
 * narrows it: such a policy still lets some sign-ins through without MFA.
 */

/** Directory role template ids that "Require MFA for administrators" must cover by default. */
export const DEFAULT_ADMIN_ROLES: Readonly<Record<string, string>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814': 'Privileged Role Administrator',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9': 'Conditional Access Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
};

/** Built-in authentication strengths (MFA, passwordless MFA, phishing-resistant MFA): all satisfy MFA. */
const BUILT_IN_STRENGTHS = ['00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000004'];

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());

/**
 * Every way to satisfy the policy's grant is MFA: the `mfa` control (alone, or with AND), or an
 * authentication strength that satisfies MFA. With OR, another control (a compliant device...)
 * lets a sign-in through without MFA. undefined = a custom strength whose requirements Graph did not return.
 */
export function requiresMfa(p: ConditionalAccessPolicy): boolean | undefined {
  const g = p.grantControls;
  if (!g) return false;
  const controls = lower(g.builtInControls);
  const s = g.authenticationStrength;
  const strength = s === null ? undefined : BUILT_IN_STRENGTHS.includes(s.id) || s.requirementsSatisfied?.toLowerCase() === 'mfa' ? true : s.requirementsSatisfied === null ? 'unknown' : false;
  const mfa = controls.includes('mfa');
  if (g.operator === 'AND' && controls.length > 0) return mfa || strength === true ? true : strength === 'unknown' ? undefined : false;
  // OR (or a strength alone): every alternative must be MFA.
  if (controls.some((c) => c !== 'mfa')) return false;
  if (strength === false) return false;
  if (strength === 'unknown') return undefined;
  return mfa || strength === true;
}

const allOf = (c: IncludeExclude | null, all: string) => c === null || (lower(c.include).includes(all) && c.exclude.length === 0);

/** What limits the policy to some sign-ins or apps; [] = every sign-in of its users to every cloud app. */
export function narrowing(p: ConditionalAccessPolicy): string[] {
  const c = p.conditions;
  const out: string[] = [];
  const apps = lower(c.applications.includeApplications);
  if (!apps.includes('all')) out.push(`applications ${c.applications.includeApplications.join(', ') || (c.applications.includeUserActions.length > 0 ? 'user actions' : 'authentication contexts')} only`);
  if (c.applications.excludeApplications.length > 0) out.push(`${c.applications.excludeApplications.length} excluded application(s)`);
  if (c.applications.applicationFilter) out.push('an application filter');
  const clients = lower(c.clientAppTypes);
  const allClients = clients.length === 0 || clients.includes('all') || (clients.includes('browser') && clients.includes('mobileappsanddesktopclients'));
  if (!allClients) out.push(`client app types ${c.clientAppTypes.join(', ')}`);
  if (c.clientApplications && c.clientApplications.include.length > 0) out.push('workload identities');
  if (!allOf(c.locations, 'all')) out.push('a location condition');
  if (!allOf(c.platforms, 'all')) out.push('a platform condition');
  if (c.deviceFilter) out.push('a device filter');
  if (c.userRiskLevels.length > 0) out.push(`user risk ${c.userRiskLevels.join('/')}`);
  if (c.signInRiskLevels.length > 0) out.push(`sign-in risk ${c.signInRiskLevels.join('/')}`);
  if (c.servicePrincipalRiskLevels.length > 0) out.push('service principal risk');
  if (c.insiderRiskLevels.length > 0) out.push(`insider risk ${c.insiderRiskLevels.join('/')}`);
  if (c.authenticationFlows.length > 0) out.push(`authentication flows ${c.authenticationFlows.join('/')}`);
  return out;
}

/** Enforced, unconditional over all cloud apps and every sign-in, requiring MFA (undefined: the strength's requirements are unknown). */
export function unconditionalMfa(p: ConditionalAccessPolicy): boolean | undefined {
  if (p.state !== 'enabled' || narrowing(p).length > 0) return false;
  return requiresMfa(p);
}

export function targetsAllUsers(p: ConditionalAccessPolicy): boolean {
  return lower(p.conditions.users.includeUsers).includes('all');
}

export type Principal = { readonly kind: 'user' | 'group' | 'role'; readonly id: string } | { readonly kind: 'guests'; readonly id: string };

/** The policy's user-side exclusions, except the declared emergency-access (break-glass) accounts. */
export function exclusionsOf(p: ConditionalAccessPolicy, breakGlass: readonly string[]): Principal[] {
  const u = p.conditions.users;
  const glass = lower(breakGlass);
  return [
    ...u.excludeUsers.filter((id) => !glass.includes(id.toLowerCase())).map((id) => ({ kind: 'user' as const, id })),
    ...u.excludeGroups.map((id) => ({ kind: 'group' as const, id })),
    ...u.excludeRoles.map((id) => ({ kind: 'role' as const, id })),
    ...(u.excludeGuestsOrExternalUsers !== null ? [{ kind: 'guests' as const, id: u.excludeGuestsOrExternalUsers || 'guests or external users' }] : []),
  ];
}

/** Another unconditional MFA policy that includes the principal explicitly (or all users) without excluding it. */
export function coveredElsewhere(x: Principal, by: readonly ConditionalAccessPolicy[]): boolean {
  const id = x.id.toLowerCase();
  return by.some((q) => {
    const u = q.conditions.users;
    const has = (list: readonly string[]) => lower(list).includes(id);
    switch (x.kind) {
      case 'user': return (targetsAllUsers(q) || has(u.includeUsers)) && !has(u.excludeUsers);
      case 'group': return (targetsAllUsers(q) || has(u.includeGroups)) && !has(u.excludeGroups);
      case 'role': return (targetsAllUsers(q) || has(u.includeRoles)) && !has(u.excludeRoles);
      case 'guests': return (targetsAllUsers(q) || u.includeGuestsOrExternalUsers !== null) && u.excludeGuestsOrExternalUsers === null;
    }
  });
}

export function describeExclusions(xs: readonly Principal[]): string {
  const count = (k: Principal['kind'], what: string) => {
    const n = xs.filter((x) => x.kind === k).length;
    return n > 0 ? [`${n} ${what}`] : [];
  };
  return [...count('user', 'user(s)'), ...count('group', 'group(s)'), ...count('role', 'role(s)'), ...(xs.some((x) => x.kind === 'guests') ? ['guests or external users'] : [])].join(', ');
}

/** Policies as evidence: name, state and what narrows each. */
export function policyEvidence(policies: readonly ConditionalAccessPolicy[] | undefined): readonly string[] | undefined {
  return policies?.map((p) => {
    const n = narrowing(p);
    return `${p.displayName} [${p.state}]${n.length > 0 ? ` (${n.join('; ')})` : ''}`;
  });
}

export const BREAK_GLASS_NOTE = 'List emergency-access (break-glass) account object ids in the check option breakGlassAccounts to accept their exclusion.';

export const SECURITY_DEFAULTS_CAVEAT = 'security defaults require every user to register for MFA and administrators to use it at every sign-in, but other users are prompted only when Microsoft judges a sign-in risky (and for Azure management): not at every sign-in to every application';
