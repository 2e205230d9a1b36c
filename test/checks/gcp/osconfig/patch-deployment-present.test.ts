import check from '../../../../checks/gcp/osconfig/patch-deployment-present.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { instance, patchDeployment, project, PROJECT } from '../_fixtures.js';

const filter = (over: Partial<{ all: boolean; groupLabels: Record<string, string>[]; zones: string[]; instances: string[]; instanceNamePrefixes: string[] }>) => ({ all: false, groupLabels: [], zones: [], instances: [], instanceNamePrefixes: [], ...over });
const vm = instance();
const gap = { provider: 'gcp' as const, service: 'cloudasset', operation: 'ListAssets', account: PROJECT, resourceTypes: ['gcp.osconfig.patch-deployment' as const], reason: 'access-denied' as const, message: 'denied' };

checkCases(check, {
  pass: [
    { name: 'weekly, all VMs', resource: project(), inventory: [vm, patchDeployment()] },
    { name: 'weekly, by zone', resource: project(), inventory: [vm, patchDeployment({ recurringFrequency: 'WEEKLY', instanceFilter: filter({ zones: ['us-central1-a'] }) })] },
    { name: 'monthly where the limit is raised to 31 days', resource: project(), inventory: [vm, patchDeployment({ recurringFrequency: 'MONTHLY' })], options: { maxIntervalDays: 31 } },
    { name: 'by label group', resource: project(), inventory: [instance({}, { tags: { tier: 'db', phi: 'true' } }), patchDeployment({ instanceFilter: filter({ groupLabels: [{ tier: 'db' }] }) })] },
    { name: 'by instance name', resource: project(), inventory: [vm, patchDeployment({ instanceFilter: filter({ instances: ['zones/us-central1-a/instances/vm1'] }) })] },
  ],
  fail: [
    { name: 'no deployment', resource: project(), inventory: [vm], evidencePath: 'patchCoverage' },
    { name: 'paused', resource: project(), inventory: [vm, patchDeployment({ state: 'PAUSED' })], evidencePath: 'patchCoverage' },
    { name: 'one-time only', resource: project(), inventory: [vm, patchDeployment({ recurringFrequency: null })], evidencePath: 'patchCoverage' },
    { name: 'ended', resource: project(), inventory: [vm, patchDeployment({ endTime: '2026-01-01T00:00:00Z' })], evidencePath: 'patchCoverage' },
    { name: 'other zone', resource: project(), inventory: [vm, patchDeployment({ instanceFilter: filter({ zones: ['us-east1-b'] }) })], evidencePath: 'patchCoverage' },
    { name: 'monthly, over the default 15-day critical window', resource: project(), inventory: [vm, patchDeployment({ recurringFrequency: 'MONTHLY' })], evidencePath: 'patchCoverage' },
    { name: 'weekly over a 5-day limit', resource: project(), inventory: [vm, patchDeployment({ recurringFrequency: 'WEEKLY' })], options: { maxIntervalDays: 5 }, evidencePath: 'patchCoverage' },
    { name: 'label group not matching', resource: project(), inventory: [instance({}, { tags: { tier: 'web' } }), patchDeployment({ instanceFilter: filter({ groupLabels: [{ tier: 'db' }] }) })], evidencePath: 'patchCoverage' },
  ],
  notAssessed: [
    { name: 'deployments unreadable', resource: project(), inventory: [vm], gaps: [gap], evidencePath: 'patchCoverage' },
    { name: 'VM labels unreadable for a label filter', resource: project(), inventory: [instance({}, { tags: undefined }), patchDeployment({ instanceFilter: filter({ groupLabels: [{ tier: 'db' }] }) })], evidencePath: 'patchCoverage' },
    { name: 'a deployment whose filter is unknown', resource: project(), inventory: [vm, patchDeployment({ instanceFilter: undefined })], evidencePath: 'patchCoverage' },
  ],
  notApplicable: [
    { name: 'no running VMs', resource: project(), inventory: [instance({ status: 'TERMINATED' })] },
  ],
});
