import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-opensearch-domain-audit-logs',
    title: 'OpenSearch domain publishes audit logs',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Audit logs record who read, wrote or was refused which index and document (authentication failures, REST and transport requests). Error (application) and slow logs do not say who touched the data, so they do not pass this check. Audit logs need fine-grained access control and are published to CloudWatch Logs.',
    remediation: {
      summary: 'Turn on fine-grained access control and publish audit logs to a CloudWatch Logs group.',
      console: 'Amazon OpenSearch Service > Domains > domain > Logs > Audit logs > Enable > choose a log group and resource policy.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --log-publishing-options "AUDIT_LOGS={CloudWatchLogsLogGroupArn=LOG_GROUP_ARN,Enabled=true}"',
      terraform: 'resource "aws_opensearch_domain" "x" { log_publishing_options {\n  log_type = "AUDIT_LOGS"\n  cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn } }',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html'],
  },
  evaluate(domain) {
    const path = 'config.enabledLogTypes';
    const types = domain.config.enabledLogTypes;
    if (types === undefined) return notAssessed('log publishing options could not be read', [path, types]);
    if (types.includes('AUDIT_LOGS')) return pass('audit logs are published', [path, types]);
    const also = types.includes('ES_APPLICATION_LOGS') ? ' (error logs are published, but they do not record access)' : '';
    return fail(`audit logs are not published${also}`, [path, types], ['config.fineGrainedAccessControl', domain.config.fineGrainedAccessControl]);
  },
});
