import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-no-public-ip',
    title: 'Cloud SQL instance has no public IP address',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'A public IP puts the database listener on the internet, guarded only by authorized networks and passwords. Private IP (private services access or Private Service Connect) keeps ePHI databases inside the VPC.',
    remediation: {
      summary: 'Enable private IP, move clients to it (or the Cloud SQL Auth Proxy over private IP), then disable the public IP. Enforce constraints/sql.restrictPublicIp.',
      console: 'SQL > instance > Connections > Networking > Private IP: on; Public IP: off.',
      cli: 'gcloud sql instances patch INSTANCE --network=projects/PROJECT/global/networks/VPC --no-assign-ip',
      terraform: 'resource "google_sql_database_instance" "x" {\n  settings { ip_configuration { ipv4_enabled = false\n    private_network = google_compute_network.phi.id } }\n}',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/configure-private-ip', 'https://cloud.google.com/sql/docs/mysql/configure-ip'],
  },
  evaluate(db) {
    const v = db.config.ipv4Enabled;
    const path = 'config.ipv4Enabled';
    if (v === undefined) return notAssessed('the IP configuration could not be read', [path, v]);
    return v ? fail('the instance has a public IPv4 address', [path, v], ['config.authorizedNetworks', db.config.authorizedNetworks]) : pass('no public IP', [path, v]);
  },
});
