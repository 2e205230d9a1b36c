import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluatePublicPorts, firewallMeta } from './_firewall.js';

export default defineCheck({
  meta: firewallMeta({
    id: 'gcp-compute-firewall-no-public-admin-ports',
    title: 'VPC firewall rule does not open SSH or RDP to the internet',
    what: 'administrative (SSH, RDP)',
    ports: [22, 3389],
  }),
  evaluate: (rule, ctx) => evaluatePublicPorts(rule, ctx, 'administrative'),
});
