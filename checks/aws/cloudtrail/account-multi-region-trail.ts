import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { isType } from '../../../src/model/resource.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudtrail-account-multi-region-trail',
    title: 'Account is covered by a logging multi-region CloudTrail trail',
    severity: 'high',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.account-trails'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(D)'],
    rationale: 'The current rule requires audit controls that record activity in systems holding ePHI (164.312(b)); the NPRM would add real-time audit trail and system log controls (proposed 164.312(d)). A multi-region trail that is logging records management events in every region, including ones nobody uses (where attackers like to work). An organization trail in the management account covers member accounts and counts. Trails listed for the account but missing from the inventory are not assessed unless another listed trail already satisfies the check.',
    remediation: {
      summary: 'Create a multi-region trail (or an organization trail from the management account) with log file validation, and keep it logging.',
      console: 'CloudTrail > Trails > Create trail > Enable for all accounts in my organization (management account) > multi-region is the default; Log file validation: Enabled.',
      cli: 'aws cloudtrail create-trail --name org-trail --s3-bucket-name BUCKET --is-multi-region-trail --is-organization-trail --enable-log-file-validation --kms-key-id KEY_ARN && aws cloudtrail start-logging --name org-trail',
      terraform: 'resource "aws_cloudtrail" "org" { is_multi_region_trail = true\n is_organization_trail = true\n enable_log_file_validation = true\n s3_bucket_name = aws_s3_bucket.trail.id }',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-trail-organization.html'],
  },
  lookups: { types: ['aws.cloudtrail.trail'] },
  evaluate(summary, ctx) {
    const path = 'config.trailArns';
    const arns = summary.config.trailArns;
    if (arns === undefined) return notAssessed('trails of the account could not be listed (DescribeTrails)', [path, arns]);
    let unknown = false;
    for (const arn of [...arns].sort()) {
      const trail = ctx.inventory.byId(arn);
      if (!trail || !isType(trail, 'aws.cloudtrail.trail')) {
        unknown = true;
        continue;
      }
      const c = trail.config;
      if (c.isMultiRegion === true && c.isLogging === true) return pass(`${arn} is multi-region and logging${c.isOrganizationTrail ? ' (organization trail)' : ''}`, [path, arns]);
      if (c.isMultiRegion === undefined || (c.isMultiRegion && c.isLogging === undefined)) unknown = true;
    }
    if (unknown) return notAssessed('some trails of the account could not be read', [path, arns]);
    return fail(arns.length === 0 ? 'the account has no CloudTrail trail' : 'no trail is both multi-region and logging', [path, arns]);
  },
});
