import { fail, notAssessed, pass, type CheckContext, type CheckMeta, type Verdict } from '../../src/engine/check-api.js';
import type { Resource } from '../../src/model/resource.js';
import { encryptionAtRestMeta } from '../_encryption-at-rest.js';
import { CMK_RATIONALE, ephiOnly, isAllIpv4Range, isAllowAzureServicesRange, tlsNumber } from './_shared.js';

/** Shared by the PostgreSQL and MySQL flexible server checks (same ARM shape, different engines). */

type FlexType = 'azure.postgresql.flexible-server' | 'azure.mysql.flexible-server';
type Engine = { type: FlexType; service: 'postgresql' | 'mysql'; label: string; cli: string; tf: string; docs: string };

export const POSTGRESQL: Engine = { type: 'azure.postgresql.flexible-server', service: 'postgresql', label: 'PostgreSQL', cli: 'az postgres flexible-server', tf: 'azurerm_postgresql_flexible_server', docs: 'https://learn.microsoft.com/azure/postgresql/flexible-server' };
export const MYSQL: Engine = { type: 'azure.mysql.flexible-server', service: 'mysql', label: 'MySQL', cli: 'az mysql flexible-server', tf: 'azurerm_mysql_flexible_server', docs: 'https://learn.microsoft.com/azure/mysql/flexible-server' };

export function flexCmkMeta(e: Engine): CheckMeta<FlexType> {
  return {
    id: `azure-${e.service}-flexible-server-cmk`,
    title: `${e.label} flexible server holding ePHI encrypts with a customer-managed key`,
    severity: 'medium',
    provider: 'azure',
    service: e.service,
    resourceTypes: [e.type],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: `${CMK_RATIONALE} Flexible servers take the key (dataEncryption.type AzureKeyVault) only at creation.`,
    remediation: {
      summary: 'Create the server with data encryption using a Key Vault key and a user-assigned identity, then migrate (point-in-time restore into the new server).',
      console: `Create ${e.label} flexible server > Security > Data encryption: Customer managed key > select the identity and key.`,
      cli: `${e.cli} create ... --key KEY_ID --identity IDENTITY_ID`,
      terraform: `resource "${e.tf}" "phi" {\n  customer_managed_key {\n    key_vault_key_id                  = azurerm_key_vault_key.db.id\n    primary_user_assigned_identity_id = azurerm_user_assigned_identity.db.id\n  }\n}`,
    },
    references: [`${e.docs}/${e.service === 'postgresql' ? 'concepts-data-encryption' : 'concepts-customer-managed-key'}`],
  };
}

export function evaluateFlexCmk(server: Resource<FlexType>, ctx: CheckContext): Verdict {
  const na = ephiOnly(server, ctx);
  if (na) return na;
  const v = server.config.dataEncryptionType;
  const path = 'config.dataEncryptionType';
  if (v === undefined) return notAssessed('the data encryption settings could not be read', [path, v]);
  return v === 'AzureKeyVault' ? pass('data is encrypted with a customer-managed Key Vault key', [path, v]) : fail('data is encrypted with a system-managed key only', [path, v]);
}

export function flexEncryptedMeta(e: Engine): CheckMeta<FlexType> {
  return encryptionAtRestMeta({
    id: `azure-${e.service}-flexible-server-encrypted-at-rest`,
    title: `${e.label} flexible server encrypts data at rest`,
    provider: 'azure',
    service: e.service,
    resourceTypes: [e.type],
    platform: `Azure Database for ${e.label} flexible server encrypts data, backups and temporary files at rest with AES-256, with system-managed keys unless a Key Vault key is configured; it cannot be turned off.`,
    view: {
      console: `${e.label} flexible server > Security > Data encryption (read only).`,
      cli: `${e.cli} show --name SERVER --resource-group RG --query dataEncryption.type`,
      terraform: `# Nothing to set: encryption at rest is always on. To use a Key Vault key: customer_managed_key on ${e.tf}.`,
    },
    references: [`${e.docs}/${e.service === 'postgresql' ? 'concepts-data-encryption' : 'concepts-customer-managed-key'}`],
  });
}

export function evaluateFlexEncrypted(server: Resource<FlexType>): Verdict {
  const v = server.config.dataEncryptionType;
  const path = 'config.dataEncryptionType';
  if (v === undefined) return notAssessed('the data encryption settings could not be read', [path, v]);
  return pass(v === 'AzureKeyVault' ? 'data is encrypted at rest with a customer-managed Key Vault key' : 'data is encrypted at rest with system-managed keys', [path, v]);
}

export function flexGeoBackupMeta(e: Engine): CheckMeta<FlexType> {
  return {
    id: `azure-${e.service}-flexible-server-geo-backup`,
    title: `${e.label} flexible server keeps geo-redundant backups`,
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: e.service,
    resourceTypes: [e.type],
    requirements: ['system-restore-72h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Flexible servers always take automated backups, but without geo-redundant backup storage they stay in the server\'s region: a regional outage takes the server and its backups together and geo-restore is impossible. The option can only be chosen at creation. Geo-redundancy answers a regional outage only; it is not separation from the server\'s administrators.',
    remediation: {
      summary: 'Create the server with geo-redundant backup enabled (restore the existing server into a new one with the option on).',
      console: `Create ${e.label} flexible server > Compute + storage > Backups > Recover from regional outage or disaster: Geo-redundant.`,
      cli: `${e.cli} create ... --geo-redundant-backup Enabled`,
      terraform: `resource "${e.tf}" "phi" {\n  geo_redundant_backup_enabled = true\n}`,
    },
    references: [`${e.docs}/concepts-backup-restore`],
  };
}

export function evaluateFlexGeoBackup(server: Resource<FlexType>): Verdict {
  const v = server.config.geoRedundantBackup;
  const path = 'config.geoRedundantBackup';
  if (v === undefined) return notAssessed('the backup settings could not be read', [path, v]);
  return v === 'Enabled' ? pass(`geo-redundant backups, ${server.config.backupRetentionDays ?? '?'} day(s) retention`, [path, v]) : fail('backups stay in the server\'s region', [path, v]);
}

export function flexPublicMeta(e: Engine): CheckMeta<FlexType> {
  return {
    id: `azure-${e.service}-flexible-server-no-public-access`,
    title: `${e.label} flexible server is not reachable from all networks`,
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: e.service,
    resourceTypes: [e.type],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'A flexible server with public access and a firewall rule from 0.0.0.0 to 255.255.255.255 accepts logins from every internet address; the 0.0.0.0 rule ("allow public access from any Azure service") admits any Azure customer\'s resources. Use private access (VNet integration) or private endpoints, or allow named ranges only.',
    remediation: {
      summary: 'Use private access (VNet) or disable public network access; otherwise delete the all-address and allow-all-Azure firewall rules.',
      console: `${e.label} flexible server > Settings > Networking > remove the 0.0.0.0-255.255.255.255 rule and untick "Allow public access from any Azure service".`,
      cli: `${e.cli} firewall-rule delete -g RG -n SERVER --rule-name RULE`,
      terraform: `resource "${e.tf}" "phi" {\n  delegated_subnet_id           = azurerm_subnet.db.id\n  public_network_access_enabled = false\n}`,
    },
    references: [`${e.docs}/concepts-networking`],
  };
}

export function evaluateFlexPublic(server: Resource<FlexType>): Verdict {
  const { publicNetworkAccess, firewallRules } = server.config;
  if (publicNetworkAccess === 'Disabled') return pass('public network access is disabled', ['config.publicNetworkAccess', publicNetworkAccess]);
  if (publicNetworkAccess === undefined || firewallRules === undefined) return notAssessed('public network access or the firewall rules could not be read', ['config.publicNetworkAccess', publicNetworkAccess], ['config.firewallRules', firewallRules]);
  const open = firewallRules.filter((r) => isAllIpv4Range(r.startIpAddress, r.endIpAddress) || isAllowAzureServicesRange(r.startIpAddress, r.endIpAddress));
  if (open.length === 0) return pass(`public access is limited to ${firewallRules.length} firewall rule(s)`, ['config.firewallRules', firewallRules]);
  return fail(`firewall rule(s) ${open.map((r) => r.name).join(', ')} admit all addresses or all Azure services`, ['config.firewallRules', open]);
}

export function flexTransportMeta(e: Engine, tlsParam: string): CheckMeta<FlexType> {
  return {
    id: `azure-${e.service}-flexible-server-secure-transport`,
    title: `${e.label} flexible server requires TLS 1.2 or later for every connection`,
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: e.service,
    resourceTypes: [e.type],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: `With require_secure_transport off the server accepts unencrypted connections, so queries and result sets with ePHI cross the network in clear text; ${tlsParam} decides whether the deprecated TLS 1.0 and 1.1 (RFC 8996) are still negotiated.`,
    remediation: {
      summary: `Set the server parameters require_secure_transport to ON and ${tlsParam} to TLS 1.2 or later.`,
      console: `${e.label} flexible server > Settings > Server parameters > require_secure_transport: ON; ${tlsParam}: TLSv1.2.`,
      cli: `${e.cli} parameter set -g RG -s SERVER -n require_secure_transport -v ON`,
      terraform: `resource "${e.tf}_configuration" "tls" {\n  name  = "require_secure_transport"\n  value = "ON"\n}`,
    },
    references: [`${e.docs}/${e.service === 'postgresql' ? 'concepts-networking-ssl-tls' : 'concepts-networking#tls-and-ssl'}`],
  };
}

/** `require_secure_transport` on, and the TLS parameter (a minimum, or a list of allowed versions) at 1.2 or later. */
export function evaluateFlexTransport(server: Resource<FlexType>, tlsParam: string): Verdict {
  const params = server.config.parameters;
  const path = 'config.parameters';
  if (params === undefined) return notAssessed('the server parameters could not be read', [path, params]);
  const rst = params['require_secure_transport'];
  const tls = params[tlsParam];
  const ev = [[`${path}.require_secure_transport`, rst], [`${path}.${tlsParam}`, tls]] as const;
  if (rst !== undefined && rst.toLowerCase() !== 'on') return fail('unencrypted connections are accepted (require_secure_transport is off)', ...ev);
  const versions = tls === undefined ? undefined : tls.split(',').map((v) => tlsNumber(v)).filter((n): n is number => n !== undefined);
  if (versions !== undefined && versions.some((n) => n < 1.2)) return fail(`${tlsParam} allows TLS below 1.2 (${tls})`, ...ev);
  if (rst === undefined || versions === undefined || versions.length === 0) return notAssessed(`require_secure_transport or ${tlsParam} could not be read`, ...ev);
  return pass(`TLS required, ${tlsParam} ${tls}`, ...ev);
}
