import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { MissingPatch } from '../../../src/model/types/azure/index.js';

const DAY_MS = 86_400_000;

/** The NPRM window a missing patch falls under: critical (15 days) or high (30 days); undefined for other patches. */
function patchRisk(p: MissingPatch): 'critical' | 'high' | undefined {
  const classes = p.classifications.map((c) => c.toLowerCase());
  const msrc = p.msrcSeverity?.toLowerCase();
  if (msrc === 'critical' || classes.includes('critical')) return 'critical';
  if (msrc === 'important' || classes.includes('security')) return 'high';
  return undefined;
}

export default defineCheck({
  meta: {
    id: 'azure-compute-virtual-machine-no-missing-critical-patches',
    title: 'VM has no critical update missing over 15 days or security update over 30 days',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.virtual-machine'],
    requirements: ['patch-management', 'patch-install-controls'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)', '45 CFR 164.308(a)(5)(ii)(B)'],
    rationale: 'The NPRM proposes applying patches within 15 calendar days for critical risks and 30 for high risks (proposed 164.308(a)(4)), and technical controls that install them in a timely manner (164.312(h)(2)(iv)). Azure Update Manager\'s latest assessment lists the updates still missing on the VM with their classification, MSRC severity and publication date. A Critical update (or MSRC Critical) published more than 15 days ago, or a Security update (or MSRC Important) more than 30 days ago, is overdue. The publication date stands in for the day the need was identified, the earliest the clock can start. Patches with a documented exception (proposed 164.308(a)(4)(ii)(D)) belong in phiscan exceptions. A pass needs a successful assessment from the last 7 days (option maxAssessmentAgeDays). Azure Policy: "System updates should be installed on your machines (powered by Azure Update Manager)".',
    remediation: {
      summary: 'Install the overdue updates (a one-time update or a maintenance configuration with a schedule), and keep periodic assessment on.',
      console: 'Azure Update Manager > Machines > select the VM > One-time update (or Schedule updates) > include Critical and Security classifications > Install.',
      cli: 'az vm install-patches -g RG -n VM --maximum-duration PT2H --reboot-setting IfRequired --classifications-to-include-linux Critical Security\n# Windows: --classifications-to-include-win Critical Security',
      terraform: 'resource "azurerm_maintenance_configuration" "patch" {\n  name                     = "phi-weekly"\n  resource_group_name      = azurerm_resource_group.ops.name\n  location                 = azurerm_resource_group.ops.location\n  scope                    = "InGuestPatch"\n  in_guest_user_patch_mode = "User"\n  window {\n    start_date_time = "2026-01-04 02:00"\n    duration        = "03:00"\n    time_zone       = "UTC"\n    recur_every     = "1Week"\n  }\n  install_patches {\n    reboot = "IfRequired"\n    linux { classifications_to_include = ["Critical", "Security"] }\n    windows { classifications_to_include = ["Critical", "Security"] }\n  }\n}\nresource "azurerm_maintenance_assignment_virtual_machine" "phi" {\n  location                     = azurerm_linux_virtual_machine.phi.location\n  maintenance_configuration_id = azurerm_maintenance_configuration.patch.id\n  virtual_machine_id           = azurerm_linux_virtual_machine.phi.id\n}',
    },
    references: ['https://learn.microsoft.com/azure/update-manager/query-logs', 'https://learn.microsoft.com/azure/update-manager/sample-query-logs'],
    defaultOptions: { criticalDays: 15, highDays: 30, maxAssessmentAgeDays: 7 },
  },
  evaluate(vm, ctx) {
    const a = vm.config.patchAssessment;
    const path = 'config.patchAssessment';
    if (a === undefined) return notAssessed('Azure Update Manager results (Resource Graph patchassessmentresources) could not be read', [path, a]);
    if (a === null) return notAssessed('Azure Update Manager has no assessment for this VM (see azure-compute-virtual-machine-patch-assessment)', [path, a]);
    const opt = (k: string, d: number): number => {
      const v = ctx.options[k];
      return typeof v === 'number' ? v : d;
    };
    const now = ctx.now.getTime();
    const assessed = a.lastModifiedDateTime === null ? Number.NaN : Date.parse(a.lastModifiedDateTime);
    const maxAge = opt('maxAssessmentAgeDays', 7);
    const overdueAfter = { critical: opt('criticalDays', 15), high: opt('highDays', 30) };
    const overdue = a.missingPatches.flatMap((p) => {
      const risk = patchRisk(p);
      const published = p.publishedDateTime === null ? Number.NaN : Date.parse(p.publishedDateTime);
      if (!risk || Number.isNaN(published)) return [];
      const days = Math.floor((now - published) / DAY_MS);
      return days > overdueAfter[risk] ? [{ name: p.name, kbId: p.kbId, risk, classifications: p.classifications, msrcSeverity: p.msrcSeverity, publishedDateTime: p.publishedDateTime, daysSincePublished: days }] : [];
    });
    // Overdue patches are evidence whatever the assessment's age: they were missing when it ran.
    if (overdue.length > 0) return fail(`${overdue.length} overdue update${overdue.length === 1 ? '' : 's'} (${overdue.filter((o) => o.risk === 'critical').length} critical over ${overdueAfter.critical} days, ${overdue.filter((o) => o.risk === 'high').length} security over ${overdueAfter.high} days)`, [`${path}.missingPatches`, overdue], ['config.patchAssessment.lastModifiedDateTime', a.lastModifiedDateTime]);
    if (a.status !== 'Succeeded' && a.status !== 'CompletedWithWarnings') return notAssessed(`the latest assessment did not succeed (status ${a.status ?? 'unknown'})`, [`${path}.status`, a.status]);
    if (Number.isNaN(assessed) || now - assessed > maxAge * DAY_MS) return notAssessed(`the latest assessment is older than ${maxAge} days (${a.lastModifiedDateTime ?? 'no date'})`, [`${path}.lastModifiedDateTime`, a.lastModifiedDateTime]);
    const undated = a.missingPatches.filter((p) => patchRisk(p) && p.publishedDateTime === null);
    if (undated.length > 0) return notAssessed(`${undated.length} missing critical or security update${undated.length === 1 ? ' has' : 's have'} no publication date`, [`${path}.missingPatches`, undated]);
    return pass(`no critical or security update is overdue (assessed ${a.lastModifiedDateTime ?? ''}, ${a.missingPatches.length} update${a.missingPatches.length === 1 ? '' : 's'} missing)`, [`${path}.missingPatches`, a.missingPatches.length], ['config.patchAssessment.lastModifiedDateTime', a.lastModifiedDateTime]);
  },
});
