import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-apigateway-stage-cache-encrypted',
    title: 'API Gateway stage cache is encrypted',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'apigateway',
    resourceTypes: ['aws.apigateway.stage'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'A REST API stage cache keeps responses (which may carry ePHI) for up to an hour. Cache data is not encrypted unless the stage\'s method settings ask for it, and any method may override the stage default. HTTP and WebSocket APIs have no cache.',
    remediation: {
      summary: 'Turn on "Encrypt cache data" in the stage\'s default method settings and in every method override that caches.',
      console: 'API Gateway > APIs > API > Stages > stage > Stage details > Edit > Cache settings > Encrypt cache data > Save; repeat in any method override.',
      cli: 'aws apigateway update-stage --rest-api-id API --stage-name STAGE --patch-operations op=replace,path=/*/*/caching/dataEncrypted,value=true',
      terraform: 'resource "aws_api_gateway_method_settings" "all" { method_path = "*/*"\n settings { caching_enabled = true\n  cache_data_encrypted = true } }',
    },
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
  },
  evaluate(stage) {
    const c = stage.config;
    if (c.apiType !== undefined && c.apiType !== 'REST') return notApplicable(`${c.apiType} APIs have no stage cache`);
    const enabled = 'config.cacheClusterEnabled';
    if (c.cacheClusterEnabled === undefined) return notAssessed('stage cache setting could not be read', [enabled, c.cacheClusterEnabled]);
    if (!c.cacheClusterEnabled) return notApplicable('stage has no cache');
    const path = 'config.cacheDataEncrypted';
    if (c.cacheDataEncrypted === undefined || c.cacheDataEncrypted === null) return notAssessed('cache is on but its encryption setting could not be read', [enabled, true], [path, c.cacheDataEncrypted]);
    return c.cacheDataEncrypted ? pass('cache data is encrypted', [enabled, true], [path, true]) : fail('cache data is not encrypted (the stage default or a method override)', [enabled, true], [path, false]);
  },
});
