import { expect, it } from 'vitest';
import check from '../../../../checks/azure/entra/tenant-mfa-all-users.js';
import { checkCases, makeContext } from '../../../helpers/check-tester.js';
import { caPolicy, tenant } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'enforced policy for all users and apps', resource: tenant() },
    { name: 'security defaults, CA unreadable', resource: tenant({ securityDefaultsEnabled: true, conditionalAccessPolicies: undefined }) },
    { name: 'authentication strength instead of the mfa control', resource: tenant({ conditionalAccessPolicies: [caPolicy({ controls: [], strength: '00000000-0000-0000-0000-000000000004' })] }) },
    { name: 'mfa AND compliant device, break-glass excluded', resource: tenant({ conditionalAccessPolicies: [caPolicy({ controls: ['mfa', 'compliantDevice'], operator: 'AND', users: { excludeUsers: ['bg-1'] } })] }) },
  ],
  fail: [
    { name: 'report-only policy', resource: tenant({ conditionalAccessPolicies: [caPolicy({ state: 'enabledForReportingButNotEnforced' })] }), evidencePath: 'config.conditionalAccessPolicies' },
    { name: 'mfa OR compliant device', resource: tenant({ conditionalAccessPolicies: [caPolicy({ controls: ['mfa', 'compliantDevice'] })] }), evidencePath: 'config.conditionalAccessPolicies' },
    { name: 'only Office 365', resource: tenant({ conditionalAccessPolicies: [caPolicy({ apps: ['Office365'] })] }), evidencePath: 'config.conditionalAccessPolicies' },
    { name: 'only one group', resource: tenant({ conditionalAccessPolicies: [caPolicy({ users: { includeUsers: [], includeGroups: ['clinicians'] } })] }), evidencePath: 'config.conditionalAccessPolicies' },
    { name: 'no policies, security defaults off', resource: tenant({ conditionalAccessPolicies: [] }), evidencePath: 'config.securityDefaultsEnabled' },
  ],
  notAssessed: [
    { name: 'Graph denied', resource: tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: undefined }), evidencePath: 'config.conditionalAccessPolicies' },
    { name: 'no policies, security defaults unknown', resource: tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: [] }), evidencePath: 'config.securityDefaultsEnabled' },
  ],
});

it('names the missing Graph permission when the tenant policies are unknown', () => {
  const v = check.evaluate(tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: undefined }), makeContext());
  expect(v.status).toBe('not_assessed');
  expect(v.message).toContain('Policy.Read.All');
});
