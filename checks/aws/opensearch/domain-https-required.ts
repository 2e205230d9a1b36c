import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { classifyOpenSearchTlsPolicy } from '../../../src/model/aws/tls.js';

export default defineCheck({
  meta: {
    id: 'aws-opensearch-domain-https-required',
    title: 'OpenSearch domain accepts only HTTPS with TLS 1.2 or later',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Without EnforceHTTPS the domain endpoint also answers plain HTTP, so queries and documents can travel unencrypted. Policy-Min-TLS-1-0-2019-07 still negotiates TLS 1.0 and 1.1, which NIST SP 800-52r2 no longer allows; the Policy-Min-TLS-1-2 policies require TLS 1.2 or later. An unrecognised policy name is reported as not assessed.',
    remediation: {
      summary: 'Require HTTPS and set the TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10 (or Policy-Min-TLS-1-2-2019-07).',
      console: 'Amazon OpenSearch Service > Domains > domain > Security configuration > Edit > Require HTTPS for all traffic; TLS security policy: Policy-Min-TLS-1-2-PFS-2023-10 > Save.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
      terraform: 'resource "aws_opensearch_domain" "x" { domain_endpoint_options {\n  enforce_https = true\n  tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" } }',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html'],
  },
  evaluate(domain) {
    const c = domain.config;
    if (c.enforceHttps === undefined) return notAssessed('HTTPS enforcement could not be read', ['config.enforceHttps', c.enforceHttps]);
    if (!c.enforceHttps) return fail('domain endpoint also accepts plain HTTP', ['config.enforceHttps', false]);
    const path = 'config.tlsSecurityPolicy';
    if (c.tlsSecurityPolicy === undefined) return notAssessed('HTTPS is required but the TLS security policy could not be read', ['config.enforceHttps', true], [path, c.tlsSecurityPolicy]);
    const kind = classifyOpenSearchTlsPolicy(c.tlsSecurityPolicy);
    if (kind === 'unknown') return notAssessed(`HTTPS is required; TLS security policy ${c.tlsSecurityPolicy} is not one phiscan can classify`, ['config.enforceHttps', true], [path, c.tlsSecurityPolicy]);
    return kind === 'modern'
      ? pass(`HTTPS is required with ${c.tlsSecurityPolicy} (TLS 1.2 or later)`, ['config.enforceHttps', true], [path, c.tlsSecurityPolicy])
      : fail(`HTTPS is required but ${c.tlsSecurityPolicy} still accepts TLS 1.0 and 1.1`, ['config.enforceHttps', true], [path, c.tlsSecurityPolicy]);
  },
});
