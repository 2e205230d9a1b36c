import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluatePublicPorts, firewallMeta } from './_firewall.js';

export default defineCheck({
  meta: firewallMeta({
    id: 'gcp-compute-firewall-no-public-database-ports',
    title: 'VPC firewall rule does not open database ports to the internet',
    what: 'database',
    ports: [1433, 1521, 3306, 5432, 6379, 9042, 9200, 11211, 27017],
  }),
  evaluate: (rule, ctx) => evaluatePublicPorts(rule, ctx, 'database'),
});
