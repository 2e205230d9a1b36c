import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-config-recorder-all-resources',
    title: 'AWS Config records all resource types, and global types in one region',
    severity: 'medium',
    provider: 'aws',
    service: 'config',
    resourceTypes: ['aws.config.recorder'],
    requirements: ['asset-inventory', 'configuration-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(A)'],
    rationale: 'The NPRM would require an inventory of every technology asset (proposed 164.308(a)(1)(ii)(A)). A recorder limited to selected types leaves the rest out of the history. Global resources (IAM) need recording in only one region of the account: this check passes a region when any recorder of the same account in the inventory records them, and is not assessed when that cannot be seen.',
    remediation: {
      summary: 'Set the recording group to all supported resource types; include global resource types in exactly one region.',
      console: 'AWS Config > Settings > Edit > Recording strategy: All resource types with customizable overrides; include globally recorded types in the home region.',
      cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=ROLE --recording-group allSupported=true,includeGlobalResourceTypes=true',
      terraform: 'resource "aws_config_configuration_recorder" "x" { recording_group { all_supported = true\n include_global_resource_types = true } }',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html'],
  },
  lookups: { types: ['aws.config.recorder'] },
  evaluate(rec, ctx) {
    const c = rec.config;
    if (c.present === false) return notApplicable('no recorder in the region (reported by aws-config-recorder-enabled)');
    const path = 'config.allSupported';
    if (c.allSupported === undefined) return notAssessed('recording group could not be read', [path, c.allSupported]);
    if (!c.allSupported) return fail('recorder records only selected resource types', [path, false]);
    if (c.includeGlobalResourceTypes === true) return pass('records all resource types, including global ones', [path, true], ['config.includeGlobalResourceTypes', true]);
    const peers = ctx.inventory.ofType('aws.config.recorder').filter((r) => r.account === rec.account && r.id !== rec.id);
    const global = peers.filter((r) => r.config.present === true && r.config.recording === true && r.config.includeGlobalResourceTypes === true).map((r) => r.region ?? '?').sort();
    if (global.length > 0) return pass(`records all regional types; global types are recorded in ${global.join(', ')}`, [path, true]);
    if (c.includeGlobalResourceTypes === undefined || peers.some((r) => r.config.includeGlobalResourceTypes === undefined)) return notAssessed('whether any region records global resource types is unknown', ['config.includeGlobalResourceTypes', c.includeGlobalResourceTypes]);
    return fail('no recorder in the scanned regions of the account records global resource types (IAM)', ['config.includeGlobalResourceTypes', c.includeGlobalResourceTypes]);
  },
});
