import type { DiagnosticSetting } from '../../src/model/types/azure/index.js';

/** Shared wording and helpers for Azure checks (not a check: the leading underscore keeps it out of the registry). */

/** Controls required for ePHI only: other resources get no finding (unreadable tags: not assessed). */
export { ephiOnly } from '../../src/engine/check-api.js';

export const CMK_RATIONALE =
  'Key management beyond the NPRM: Azure already encrypts all data at rest with Microsoft-managed keys, which is encryption as the NPRM proposes it. A customer-managed key in Key Vault or Managed HSM adds an access policy on decryption, Key Vault audit logs of every key use, rotation under your control and the ability to revoke the key to make the data unreadable.';

/** The reason every Microsoft Graph-based check gives when the tenant data is unknown. */
export const GRAPH_PERMISSION_REASON =
  'Microsoft Entra ID policies could not be read: the scanning identity needs the Microsoft Graph application permission Policy.Read.All (admin consent)';

/** TLS version strings in the many spellings Azure uses (`TLS1_2`, `1.2`, `TLSv1.2`, `Tls12`, `TLSv1_2`; `TLSv1` = 1.0) → a number, or undefined. */
export function tlsNumber(v: string): number | undefined {
  const m = /^(?:tls)?v?\s*1(?:[._]?([0-3]))?$/i.exec(v.trim());
  return m ? Number(`1.${m[1] ?? '0'}`) : undefined;
}

/** A diagnostic setting that sends logs somewhere. */
export function hasDestination(s: DiagnosticSetting): boolean {
  return Boolean(s.workspaceId ?? s.storageAccountId ?? s.eventHubAuthorizationRuleId ?? s.marketplacePartnerId);
}

/** Does some enabled log entry of a setting with a destination cover `category` (directly or through a category group)? */
export function logsCategory(settings: readonly DiagnosticSetting[], category: string, groups: readonly string[]): boolean {
  return settings.some((s) => hasDestination(s) && s.logs.some((l) => l.enabled && ((l.category !== null && l.category.toLowerCase() === category.toLowerCase()) || (l.categoryGroup !== null && groups.includes(l.categoryGroup)))));
}

export { isInternetSource } from '../../src/model/types/azure/common.js';

/** A firewall rule (SQL, PostgreSQL, MySQL) start/end pair that admits every IPv4 address. */
export function isAllIpv4Range(start: string, end: string): boolean {
  return start.trim() === '0.0.0.0' && end.trim() === '255.255.255.255';
}

/** The `0.0.0.0`-`0.0.0.0` rule: "Allow Azure services and resources to access this server" (any tenant's Azure resources). */
export function isAllowAzureServicesRange(start: string, end: string): boolean {
  return start.trim() === '0.0.0.0' && end.trim() === '0.0.0.0';
}

export function lower(s: string | null | undefined): string | undefined {
  return s === null || s === undefined ? undefined : s.toLowerCase();
}
