import check from '../../../../checks/azure/security/subscription-defender-servers.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { subscription } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Plan 2', resource: subscription() }],
  fail: [{ name: 'Free tier', resource: subscription({ defenderPlans: [{ name: 'VirtualMachines', pricingTier: 'Free', subPlan: null, extensions: [] }] }), evidencePath: 'config.defenderPlans[VirtualMachines].pricingTier' }],
  notAssessed: [
    { name: 'pricings unreadable', resource: subscription({ defenderPlans: undefined }), evidencePath: 'config.defenderPlans' },
    { name: 'plan not listed', resource: subscription({ defenderPlans: [] }), evidencePath: 'config.defenderPlans' },
  ],
});
