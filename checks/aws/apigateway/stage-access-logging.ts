import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-apigateway-stage-access-logging',
    title: 'API Gateway stage logs its requests (access or execution logging)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'apigateway',
    resourceTypes: ['aws.apigateway.stage'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Access logs record each request (caller, source address, route, status); execution logs (REST and WebSocket) record the processing at ERROR or INFO level. A stage with neither leaves no record of who called the API.',
    remediation: {
      summary: 'Turn on access logging to a CloudWatch Logs group or Firehose stream (and execution logging where supported).',
      console: 'API Gateway > APIs > API > Stages > stage > Logs and tracing > Edit > Custom access logging: on, destination ARN and format > Save.',
      cli: 'aws apigateway update-stage --rest-api-id API --stage-name STAGE --patch-operations op=replace,path=/accessLogSettings/destinationArn,value=LOG_GROUP_ARN',
      terraform: 'resource "aws_api_gateway_stage" "x" { access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn\n  format = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp" }) } }',
    },
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
  },
  evaluate(stage) {
    const c = stage.config;
    const access = 'config.accessLogDestinationArn';
    const execution = 'config.executionLoggingLevel';
    if (c.accessLogDestinationArn) return pass(`access logs go to ${c.accessLogDestinationArn}`, [access, c.accessLogDestinationArn]);
    if (c.executionLoggingLevel === 'ERROR' || c.executionLoggingLevel === 'INFO') return pass(`execution logging is at ${c.executionLoggingLevel}`, [access, c.accessLogDestinationArn], [execution, c.executionLoggingLevel]);
    if (c.accessLogDestinationArn === undefined || c.executionLoggingLevel === undefined) return notAssessed('stage logging settings could not be read', [access, c.accessLogDestinationArn], [execution, c.executionLoggingLevel]);
    return fail('neither access logging nor execution logging is on', [access, null], [execution, c.executionLoggingLevel]);
  },
});
