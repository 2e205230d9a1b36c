import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-no-open-authorized-networks',
    title: 'Cloud SQL instance does not authorize 0.0.0.0/0',
    severity: 'critical',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['network-segmentation', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'An authorized network of 0.0.0.0/0 lets any address on the internet reach the public IP of the database, leaving only the database password between an attacker and the ePHI.',
    remediation: {
      summary: 'Remove 0.0.0.0/0 (and other broad ranges) from the authorized networks; connect through private IP or the Cloud SQL Auth Proxy.',
      console: 'SQL > instance > Connections > Networking > Authorized networks > delete 0.0.0.0/0.',
      cli: 'gcloud sql instances patch INSTANCE --clear-authorized-networks',
      terraform: 'resource "google_sql_database_instance" "x" {\n  settings { ip_configuration { authorized_networks { value = "203.0.113.0/24" } } } # never 0.0.0.0/0\n}',
    },
    references: ['https://cloud.google.com/sql/docs/mysql/authorize-networks', 'https://cloud.google.com/sql/docs/postgres/authorize-networks'],
  },
  evaluate(db) {
    const { ipv4Enabled, authorizedNetworks } = db.config;
    if (ipv4Enabled === false) return notApplicable('no public IP: authorized networks do not apply');
    const path = 'config.authorizedNetworks';
    if (authorizedNetworks === undefined) return notAssessed('authorized networks could not be read', [path, authorizedNetworks]);
    const open = authorizedNetworks.filter((n) => /\/0$/.test(n.trim()));
    return open.length > 0 ? fail(`authorized networks include ${open.join(', ')}`, [path, authorizedNetworks]) : pass(`${authorizedNetworks.length} authorized network(s), none open to the internet`, [path, authorizedNetworks]);
  },
});
