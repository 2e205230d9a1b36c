import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-config-recorder-enabled',
    title: 'AWS Config records configuration changes in the region',
    severity: 'medium',
    provider: 'aws',
    service: 'config',
    resourceTypes: ['aws.config.recorder'],
    requirements: ['configuration-management', 'audit-logging', 'asset-inventory'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)', '45 CFR 164.308(a)(1)(ii)(D)'],
    rationale: 'AWS Config keeps the configuration history of every resource: the evidence that a configuration baseline holds over time, and the inventory this scanner prefers. The recorder must exist in each region, be recording, deliver through a delivery channel and not be failing.',
    remediation: {
      summary: 'Create a configuration recorder and delivery channel in the region and start recording (or deploy it to all accounts with a conformance pack / StackSets).',
      console: 'AWS Config > Settings > Edit > Enable recording > Record all current and future resource types > Delivery channel: S3 bucket.',
      cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=ROLE --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=BUCKET && aws configservice start-configuration-recorder --configuration-recorder-name default',
      terraform: 'resource "aws_config_configuration_recorder_status" "x" { name = aws_config_configuration_recorder.x.name\n is_enabled = true\n depends_on = [aws_config_delivery_channel.x] }',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
  },
  evaluate(rec) {
    const c = rec.config;
    if (c.present === undefined) return notAssessed('configuration recorders could not be listed', ['config.present', c.present]);
    if (!c.present) return fail('no configuration recorder in the region', ['config.present', false]);
    if (c.recording === undefined) return notAssessed('recorder status could not be read', ['config.recording', c.recording]);
    if (!c.recording) return fail('recorder is stopped', ['config.recording', false]);
    if (c.deliveryChannel === false) return fail('recorder has no delivery channel', ['config.deliveryChannel', false]);
    if (c.lastStatus === 'FAILURE') return fail('last recording attempt failed', ['config.lastStatus', c.lastStatus]);
    if (c.deliveryChannel === undefined) return notAssessed('delivery channel could not be read', ['config.deliveryChannel', c.deliveryChannel]);
    return pass('recorder is recording', ['config.recording', true], ['config.lastStatus', c.lastStatus]);
  },
});
