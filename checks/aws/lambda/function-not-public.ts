import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { publicGrants } from '../../../src/model/aws/iam-policy.js';

export default defineCheck({
  meta: {
    id: 'aws-lambda-function-not-public',
    title: 'Lambda function resource policy does not let everyone invoke it',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'A resource policy statement that allows principal "*" without a condition naming the calling resource, account or organization (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID...) lets any AWS account, or anyone at all through a function URL with auth type NONE, run the function with its role\'s access to ePHI.',
    remediation: {
      summary: 'Remove the open statement, or add a condition naming the calling resource or account (aws:SourceArn / aws:SourceAccount).',
      console: 'Lambda > Functions > function > Configuration > Permissions > Resource-based policy statements > the statement > Delete (add it back with a source ARN).',
      cli: 'aws lambda remove-permission --function-name FUNCTION --statement-id SID',
      terraform: 'resource "aws_lambda_permission" "x" { principal = "s3.amazonaws.com"\n  source_arn = aws_s3_bucket.in.arn\n  source_account = data.aws_caller_identity.me.account_id }',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html', 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  },
  evaluate(fn) {
    const path = 'config.policy';
    const policy = fn.config.policy;
    if (policy === undefined) return notAssessed('resource policy could not be read', [path, policy]);
    if (policy === null) return pass('function has no resource policy', [path, null]);
    const open = publicGrants(policy);
    return open.length === 0 ? pass('no statement grants everyone without a source condition', [path, policy]) : fail(`${open.length} statement(s) let everyone invoke the function without a source condition`, [path, open]);
  },
});
