import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

const ENFORCED = ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'];

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-ssl-required',
    title: 'Cloud SQL instance accepts only encrypted connections',
    severity: 'high',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'With sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED a client can send queries and receive ePHI in clear text. ENCRYPTED_ONLY requires TLS for direct connections; TRUSTED_CLIENT_CERTIFICATE_REQUIRED also requires a client certificate. sslMode supersedes the older requireSsl flag.',
    remediation: {
      summary: 'Set the instance SSL mode to ENCRYPTED_ONLY (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).',
      console: 'SQL > instance > Connections > Security > SSL mode: Allow only SSL connections.',
      cli: 'gcloud sql instances patch INSTANCE --ssl-mode=ENCRYPTED_ONLY',
      terraform: 'resource "google_sql_database_instance" "x" {\n  settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } }\n}',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/configure-ssl-instance', 'https://cloud.google.com/sql/docs/mysql/admin-api/rest/v1/instances#SslMode'],
  },
  evaluate(db) {
    const { sslMode, requireSsl } = db.config;
    if (sslMode === undefined) return notAssessed('the SSL mode could not be read', ['config.sslMode', sslMode]);
    if (sslMode !== null) return ENFORCED.includes(sslMode) ? pass(`sslMode ${sslMode}`, ['config.sslMode', sslMode]) : fail(`sslMode ${sslMode} accepts unencrypted connections`, ['config.sslMode', sslMode]);
    if (requireSsl === undefined) return notAssessed('neither sslMode nor requireSsl could be read', ['config.requireSsl', requireSsl]);
    return requireSsl ? pass('requireSsl is on', ['config.requireSsl', requireSsl]) : fail('no SSL mode set and requireSsl is off: unencrypted connections are accepted', ['config.sslMode', sslMode], ['config.requireSsl', requireSsl]);
  },
});
