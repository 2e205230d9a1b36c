import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-compute-virtual-machine-patch-assessment',
    title: 'VM is assessed for missing updates periodically (Azure Update Manager)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.virtual-machine'],
    requirements: ['patch-management', 'vulnerability-scanning'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM proposes patching critical risks within 15 calendar days and high risks within 30 (proposed 164.308(a)(4)); the clock starts when the need is identified, which needs a regular look at what is missing. With patchSettings.assessmentMode AutomaticByPlatform, Azure Update Manager checks the VM for missing updates every 24 hours and reports them in Azure Resource Graph. Azure Policy "Machines should be configured to periodically check for missing system updates" asks for it. ImageDefault (the default) leaves the VM unassessed unless someone starts an assessment.',
    remediation: {
      summary: 'Set the VM\'s patch assessment mode to AutomaticByPlatform (or assign the Update Manager periodic assessment policy).',
      console: 'Azure Update Manager > Machines > select the VM > Update settings > Periodic assessment: Enable > Save.',
      cli: 'az vm update -g RG -n VM --set osProfile.linuxConfiguration.patchSettings.assessmentMode=AutomaticByPlatform\n# Windows: osProfile.windowsConfiguration.patchSettings.assessmentMode=AutomaticByPlatform',
      terraform: 'resource "azurerm_linux_virtual_machine" "phi" {\n  patch_assessment_mode = "AutomaticByPlatform"\n  patch_mode            = "AutomaticByPlatform"\n}',
    },
    references: ['https://learn.microsoft.com/azure/update-manager/assessment-options', 'https://learn.microsoft.com/azure/update-manager/periodic-assessment-at-scale'],
  },
  evaluate(vm) {
    const s = vm.config.patchSettings;
    const path = 'config.patchSettings.assessmentMode';
    if (s === undefined) return notAssessed('the VM\'s OS profile (patch settings) could not be read', [path, s]);
    if (s.assessmentMode === 'AutomaticByPlatform') return pass('Azure Update Manager assesses the VM for missing updates every 24 hours', [path, s.assessmentMode]);
    return fail(`periodic assessment is off (assessment mode ${s.assessmentMode ?? 'ImageDefault, not set'})`, [path, s.assessmentMode]);
  },
});
