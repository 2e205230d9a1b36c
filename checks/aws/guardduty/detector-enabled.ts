import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-guardduty-detector-enabled',
    title: 'GuardDuty threat detection is enabled in the region',
    severity: 'medium',
    provider: 'aws',
    service: 'guardduty',
    resourceTypes: ['aws.guardduty.detector'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(D)'],
    rationale: 'GuardDuty analyses CloudTrail, VPC flow and DNS logs for compromised instances and credentials, crypto-mining and exfiltration: managed threat detection: evidence of the real-time activity monitoring the NPRM proposes (164.312(d)). It is not anti-malware protection (GuardDuty Malware Protection is, see aws-guardduty-malware-protection-enabled). It is regional, so every region in use needs a detector.',
    remediation: {
      summary: 'Enable GuardDuty in every region (delegated administrator with auto-enable for the organization).',
      console: 'GuardDuty > Get started > Enable GuardDuty; in the delegated admin account: Accounts > Auto-enable.',
      cli: 'aws guardduty create-detector --enable --region REGION',
      terraform: 'resource "aws_guardduty_detector" "x" { enable = true }',
    },
    references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
  },
  evaluate(d) {
    const c = d.config;
    if (c.detectorId === undefined) return notAssessed('detectors could not be listed', ['config.detectorId', c.detectorId]);
    if (c.detectorId === null) return fail('no GuardDuty detector in the region', ['config.detectorId', null]);
    if (c.enabled === undefined) return notAssessed('detector status could not be read', ['config.enabled', c.enabled]);
    return c.enabled ? pass('GuardDuty is enabled', ['config.enabled', true]) : fail('GuardDuty detector is suspended', ['config.enabled', false]);
  },
});
