import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

/** The built-in "HIPAA HITRUST" regulatory compliance initiative. */
const HIPAA_HITRUST = '/providers/microsoft.authorization/policysetdefinitions/a169a624-5599-4385-a696-c8d643089fab';

export default defineCheck({
  meta: {
    id: 'azure-policy-subscription-hipaa-assignment',
    title: 'A HIPAA regulatory compliance initiative is assigned to the subscription',
    severity: 'info',
    provider: 'azure',
    service: 'policy',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['configuration-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'Assigning the built-in HIPAA HITRUST initiative (or your own HIPAA initiative) makes Azure Policy evaluate every resource continuously and shows the results in the Defender for Cloud regulatory compliance dashboard, between scans. Informational: the initiative audits, it does not make a subscription compliant.',
    remediation: {
      summary: 'Assign the HIPAA HITRUST built-in initiative at the subscription or a management group above it (or list your own initiative ids in this check\'s options).',
      console: 'Policy > Definitions > search "HIPAA HITRUST" > Assign initiative > Scope: the subscription or management group.',
      cli: 'az policy assignment create --name hipaa-hitrust --scope /subscriptions/SUB_ID --policy-set-definition a169a624-5599-4385-a696-c8d643089fab',
      terraform: 'resource "azurerm_subscription_policy_assignment" "hipaa" {\n  name                 = "hipaa-hitrust"\n  subscription_id      = data.azurerm_subscription.current.id\n  policy_definition_id = "/providers/Microsoft.Authorization/policySetDefinitions/a169a624-5599-4385-a696-c8d643089fab"\n}',
    },
    references: ['https://learn.microsoft.com/azure/governance/policy/samples/hipaa-hitrust', 'https://learn.microsoft.com/azure/defender-for-cloud/regulatory-compliance-dashboard'],
    defaultOptions: { initiativeIds: [HIPAA_HITRUST] },
  },
  evaluate(sub, ctx) {
    const assignments = sub.config.policyAssignments;
    const path = 'config.policyAssignments';
    if (assignments === undefined) return notAssessed('policy assignments could not be read', [path, assignments]);
    const ids = ((ctx.options.initiativeIds as readonly string[] | undefined) ?? [HIPAA_HITRUST]).map((i) => i.toLowerCase());
    const found = assignments.find((a) => ids.includes(a.policyDefinitionId.toLowerCase()));
    if (found) return pass(`"${found.displayName ?? found.name}" is assigned at ${found.scope === sub.id ? 'the subscription' : found.scope}`, [path, found]);
    return fail(`none of ${assignments.length} policy assignment(s) is a HIPAA initiative`, [path, assignments.map((a) => a.policyDefinitionId)]);
  },
});
