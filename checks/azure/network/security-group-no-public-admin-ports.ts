import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateNsgPorts, nsgMeta } from './_nsg.js';

export default defineCheck({
  meta: nsgMeta({
    id: 'azure-network-security-group-no-public-admin-ports',
    title: 'Network security group does not open SSH or RDP to the internet',
    what: 'administrative (SSH, RDP, WinRM)',
    ports: [22, 3389, 5985, 5986],
  }),
  evaluate: (nsg, ctx) => evaluateNsgPorts(nsg, ctx, 'administrative'),
});
