import { fail, notAssessed, type Verdict } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import type { DefenderPlan } from '../../../src/model/types/azure/index.js';

/** Find a Defender plan on a subscription, or the verdict that ends the check (unknown, or off). */
export function defenderPlan(sub: Resource<'azure.resources.subscription'>, name: string, label: string): DefenderPlan | Verdict {
  const plans = sub.config.defenderPlans;
  const path = 'config.defenderPlans';
  if (plans === undefined) return notAssessed('Defender for Cloud pricings (Microsoft.Security/pricings) could not be read', [path, plans]);
  const plan = plans.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (plan === undefined) return notAssessed(`the ${name} plan is not in the pricings list`, [path, plans.map((p) => p.name)]);
  if (plan.pricingTier !== 'Standard') return fail(`${label} is off (pricing tier ${plan.pricingTier})`, [`${path}[${name}].pricingTier`, plan.pricingTier]);
  return plan;
}

export function isVerdict(x: DefenderPlan | Verdict): x is Verdict {
  return 'status' in x;
}
