import type { RoleAssignment } from '../../../src/model/types/azure/index.js';

/** Built-in Azure role definition GUIDs (the same in every tenant). */
export const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
export const USER_ACCESS_ADMINISTRATOR = '18d7d88d-d35e-4fb5-a5c3-7773c6a72d9d';
export const RBAC_ADMINISTRATOR = 'f58310d9-a9f6-439a-9e8d-f62e7b41a168';

export const PRIVILEGED_ROLES: Readonly<Record<string, string>> = {
  [OWNER]: 'Owner', [CONTRIBUTOR]: 'Contributor', [USER_ACCESS_ADMINISTRATOR]: 'User Access Administrator', [RBAC_ADMINISTRATOR]: 'Role Based Access Control Administrator',
};

/** The GUID at the end of a role definition id. */
export const roleGuid = (roleDefinitionId: string): string => roleDefinitionId.slice(roleDefinitionId.lastIndexOf('/') + 1).toLowerCase();

/** Distinct principals holding Owner at the subscription or above, by type. */
export function owners(assignments: readonly RoleAssignment[]): { principalId: string; principalType: string | null }[] {
  const byId = new Map<string, string | null>();
  for (const a of assignments) if (roleGuid(a.roleDefinitionId) === OWNER) byId.set(a.principalId.toLowerCase(), a.principalType);
  return [...byId].sort(([a], [b]) => (a < b ? -1 : 1)).map(([principalId, principalType]) => ({ principalId, principalType }));
}

export const OWNER_REMEDIATION_REFS = ['https://learn.microsoft.com/azure/role-based-access-control/best-practices', 'https://learn.microsoft.com/rest/api/authorization/role-assignments/list-for-subscription'];
