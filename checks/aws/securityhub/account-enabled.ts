import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-securityhub-account-enabled',
    title: 'Security Hub is enabled in the account and region',
    severity: 'medium',
    provider: 'aws',
    service: 'securityhub',
    resourceTypes: ['aws.securityhub.hub'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(D)'],
    rationale: 'The NPRM would require controls that monitor activity in real time and alert workforce members (proposed 164.312(d)). Security Hub gathers GuardDuty, Inspector, Config and partner findings per region and runs security standard controls continuously, so one place shows what needs attention; today\'s rule asks for regular review of information system activity (164.308(a)(1)(ii)(D)). Checked per region: a region without Security Hub is a blind spot. AWS Config: securityhub-enabled.',
    remediation: {
      summary: 'Enable Security Hub in every region you use (from the delegated administrator with central configuration, for an organization).',
      console: 'Security Hub > Go to Security Hub > Enable Security Hub (or Configuration > Central configuration in the delegated administrator).',
      cli: 'aws securityhub enable-security-hub --region REGION --enable-default-standards',
      terraform: 'resource "aws_securityhub_account" "this" {}',
    },
    references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html', 'https://docs.aws.amazon.com/config/latest/developerguide/securityhub-enabled.html'],
  },
  evaluate(hub) {
    const path = 'config.enabled';
    const v = hub.config.enabled;
    if (v === undefined) return notAssessed('whether Security Hub is enabled could not be read (DescribeHub)', [path, v]);
    return v ? pass(`Security Hub is enabled${hub.config.subscribedAt ? ` (since ${hub.config.subscribedAt})` : ''}`, [path, v], ['config.subscribedAt', hub.config.subscribedAt])
      : fail('the account is not subscribed to Security Hub in this region (DescribeHub answered InvalidAccessException)', [path, v]);
  },
});
