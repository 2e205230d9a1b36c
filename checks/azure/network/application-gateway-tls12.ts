import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsNumber } from '../_shared.js';

/** Predefined policies and their minimum protocol (Application Gateway TLS policy overview). */
const PREDEFINED_MIN_TLS: Readonly<Record<string, number>> = {
  appgwsslpolicy20150501: 1.0,
  appgwsslpolicy20170401: 1.1,
  appgwsslpolicy20170401s: 1.2,
  appgwsslpolicy20220101: 1.2,
  appgwsslpolicy20220101s: 1.2,
};

export default defineCheck({
  meta: {
    id: 'azure-network-application-gateway-tls12',
    title: 'Application Gateway SSL policy requires TLS 1.2 or later',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'network',
    resourceTypes: ['azure.network.application-gateway'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'The gateway terminates TLS for the applications behind it. The older predefined policies (AppGwSslPolicy20150501, AppGwSslPolicy20170401) and the default of gateways created with API versions before 2023-02-01 accept TLS 1.0 or 1.1, which are deprecated (RFC 8996).',
    remediation: {
      summary: 'Set a predefined policy with TLS 1.2 minimum (AppGwSslPolicy20220101 or AppGwSslPolicy20220101S) or a CustomV2 policy with minProtocolVersion TLSv1_2.',
      console: 'Application gateway > Settings > Listeners > SSL settings / Listener TLS certificates > change the default SSL policy: AppGwSslPolicy20220101S.',
      cli: 'az network application-gateway ssl-policy set -g RG --gateway-name AGW --policy-type Predefined --name AppGwSslPolicy20220101S',
      terraform: 'resource "azurerm_application_gateway" "phi" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101S"\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview'],
  },
  evaluate(agw) {
    const p = agw.config.sslPolicy;
    const path = 'config.sslPolicy';
    if (p === undefined) return notAssessed('the SSL policy could not be read', [path, p]);
    if (p === null) return fail('no SSL policy is set: the default depends on the creating API version and is TLS 1.0 for older gateways', [path, p]);
    const fromName = p.policyName ? PREDEFINED_MIN_TLS[p.policyName.toLowerCase()] : undefined;
    const fromMin = p.minProtocolVersion ? tlsNumber(p.minProtocolVersion) : undefined;
    const disabled = p.disabledSslProtocols.map(tlsNumber);
    // Legacy form: only disabledSslProtocols set; the lowest version still enabled decides.
    const fromDisabled = p.policyName === null && p.minProtocolVersion === null && disabled.length > 0 ? [1.0, 1.1, 1.2].find((v) => !disabled.includes(v)) : undefined;
    const min = (p.policyType ?? '').toLowerCase() === 'predefined' ? fromName : (fromMin ?? fromName ?? fromDisabled);
    if (min === undefined) return notAssessed(`cannot tell the minimum TLS version of policy ${p.policyName ?? p.policyType ?? '(custom)'}`, [path, p]);
    return min >= 1.2 ? pass(`the SSL policy requires TLS ${min.toFixed(1)} or later`, [path, p]) : fail(`the SSL policy accepts TLS ${min.toFixed(1)}`, [path, p]);
  },
});
