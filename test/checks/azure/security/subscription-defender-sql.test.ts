import check from '../../../../checks/azure/security/subscription-defender-sql.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { subscription } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'on', resource: subscription() }],
  fail: [{ name: 'Free tier', resource: subscription({ defenderPlans: [{ name: 'SqlServers', pricingTier: 'Free', subPlan: null, extensions: [] }] }), evidencePath: 'config.defenderPlans[SqlServers].pricingTier' }],
  notAssessed: [{ name: 'pricings unreadable', resource: subscription({ defenderPlans: undefined }), evidencePath: 'config.defenderPlans' }],
});
