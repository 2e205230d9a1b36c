import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ssm-document-not-public',
    title: 'Systems Manager document is not shared publicly',
    severity: 'high',
    provider: 'aws',
    service: 'ssm',
    resourceTypes: ['aws.ssm.document'],
    requirements: ['access-control-least-privilege', 'secure-configuration'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(4)(ii)(B)'],
    rationale: 'A document shared with "All" can be read by every AWS account: its commands, scripts, parameters, host names and sometimes embedded credentials describe the systems that hold ePHI (AWS Config ssm-document-not-public). Documents the account owns are listed with their share permissions; one shared with All fails. Sharing with named accounts passes.',
    remediation: {
      summary: 'Remove the public share (share with named accounts if needed) and turn on the account\'s block public sharing setting.',
      console: 'Systems Manager > Documents > Owned by me > document > Details > Permissions > Private; Documents > Preferences > Block public sharing > Edit > On.',
      cli: 'aws ssm modify-document-permission --name DOCUMENT --permission-type Share --account-ids-to-remove All && aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
      terraform: 'resource "aws_ssm_document" "x" { permissions = { type = "Share"\n account_ids = "111122223333" } }  # never "All"',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/ssm-document-not-public.html', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html'],
  },
  evaluate(doc) {
    const path = 'config.sharedWith';
    const shared = doc.config.sharedWith;
    if (shared === undefined) return notAssessed('the document\'s share permissions could not be read', [path, shared]);
    if (shared.some((a) => a.toLowerCase() === 'all')) return fail('document is shared with All (public)', [path, shared]);
    return pass(shared.length === 0 ? 'document is private' : `shared only with ${shared.length} named account(s)`, [path, shared]);
  },
});
