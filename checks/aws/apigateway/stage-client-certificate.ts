import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-apigateway-stage-client-certificate',
    title: 'API Gateway stage presents a client certificate to its backend',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'apigateway',
    resourceTypes: ['aws.apigateway.stage'],
    requirements: ['authentication'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'An HTTP integration backend cannot otherwise tell API Gateway\'s requests from anyone else\'s: the stage\'s client certificate lets the backend authenticate API Gateway (mutual TLS to the integration) and refuse other callers. REST and WebSocket APIs support it; HTTP APIs do not.',
    remediation: {
      summary: 'Generate an API Gateway client certificate, attach it to the stage and have the backend require it.',
      console: 'API Gateway > Client certificates > Generate; then APIs > API > Stages > stage > Edit > Client certificate > choose it > Save.',
      cli: 'aws apigateway update-stage --rest-api-id API --stage-name STAGE --patch-operations op=replace,path=/clientCertificateId,value=CERT_ID',
      terraform: 'resource "aws_api_gateway_stage" "x" { client_certificate_id = aws_api_gateway_client_certificate.backend.id }',
    },
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html'],
  },
  evaluate(stage) {
    const c = stage.config;
    if (c.apiType === undefined) return notAssessed('API type could not be read', ['config.apiType', c.apiType]);
    if (c.apiType === 'HTTP') return notApplicable('HTTP APIs cannot present a client certificate');
    const path = 'config.clientCertificateId';
    if (c.clientCertificateId === undefined) return notAssessed('client certificate could not be read', [path, c.clientCertificateId]);
    return c.clientCertificateId ? pass(`stage presents client certificate ${c.clientCertificateId}`, [path, c.clientCertificateId]) : fail('stage presents no client certificate to its backend', [path, null]);
  },
});
