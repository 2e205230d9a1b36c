import type { RdsTlsParameter } from '../types/aws/rds.js';

/**
 * Does the TLS-forcing parameter require TLS? An explicit value decides; when the group does not
 * set it (value null), the engine default applies: RDS for PostgreSQL 15 and later defaults
 * `rds.force_ssl` to 1, every other engine (older PostgreSQL, Aurora PostgreSQL, MySQL/MariaDB
 * `require_secure_transport`, SQL Server `rds.force_ssl`) defaults to off.
 */
export function tlsRequired(param: RdsTlsParameter, engine: string | undefined, engineVersion: string | undefined): boolean | undefined {
  if (param.value !== null) return ['1', 'on', 'true'].includes(param.value.toLowerCase());
  if (engine === undefined) return undefined;
  if (engine !== 'postgres') return false;
  if (engineVersion === undefined) return undefined;
  const major = Number.parseInt(engineVersion.split('.')[0] ?? '', 10);
  return Number.isNaN(major) ? undefined : major >= 15;
}
