/** Shared GCP shapes. Convention: undefined = not known, null = known absent. */

export interface IamBinding {
  readonly role: string;
  readonly members: readonly string[];
  /** CEL expression of a conditional binding; null = unconditional. */
  readonly condition: string | null;
}

export interface AuditLogConfig {
  readonly logType: 'ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE' | 'LOG_TYPE_UNSPECIFIED';
  /** undefined = not known (IaC: a member unknown until apply). */
  readonly exemptedMembers: readonly string[] | undefined;
}

export interface AuditConfig {
  /** `allServices` or a service name such as `storage.googleapis.com`. */
  readonly service: string;
  readonly auditLogConfigs: readonly AuditLogConfig[];
}

/** Members that make a resource readable by anyone. */
export const PUBLIC_MEMBERS: readonly string[] = ['allUsers', 'allAuthenticatedUsers'];

/** `0.0.0.0/0` or `::/0`: every address. */
export function isAnywhere(cidr: string): boolean {
  return /^0\.0\.0\.0\/0$|^::\/0$/.test(cidr.trim());
}
