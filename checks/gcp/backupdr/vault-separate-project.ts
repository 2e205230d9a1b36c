import { defineCheck, fail, notApplicable, notAssessed, pass, type CheckContext } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import { projectIdIn } from '../_shared.js';

/** A project id for a name, or the project of the collected resource the name is (IaC references). */
function projectFor(name: string | null | undefined, ctx: CheckContext): string | undefined {
  if (!name) return undefined;
  return projectIdIn(name, ctx) ?? ctx.inventory.byId(name)?.account;
}

export default defineCheck({
  meta: {
    id: 'gcp-backupdr-vault-separate-project',
    title: 'Backups of a protected workload go to a vault in another project',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'gcp',
    service: 'backupdr',
    resourceTypes: ['gcp.backupdr.plan-association'],
    requirements: ['backup-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Good practice, not a quoted requirement: the NPRM would require separate technical controls for backup and recovery (proposed 164.312(i) and (j)) but does not mention immutable or offline copies. A backup vault in a project other than the workload\'s puts the backups under a different IAM policy, so an owner or attacker of the workload\'s project cannot reach them; this evidences that separation.',
    remediation: {
      summary: 'Create the backup vault (and plan) in a dedicated backup project and point the workload\'s plan association at it.',
      console: 'Backup and DR > Backup vaults > Create (in the backup project); Backup plans > Create with that vault; protect the workload with it.',
      cli: 'gcloud backup-dr backup-vaults create VAULT --project=BACKUP_PROJECT --location=LOCATION --backup-min-enforced-retention=30d',
      terraform: 'resource "google_backup_dr_backup_vault" "v" {\n  project        = var.backup_project # not the workload project\n  backup_vault_id = "ephi"\n  location       = var.region\n  backup_minimum_enforced_retention_duration = "2592000s"\n}',
    },
    references: ['https://cloud.google.com/backup-disaster-recovery/docs/concepts/backup-vault', 'https://cloud.google.com/backup-disaster-recovery/docs/concepts/backupdr-best-practices'],
  },
  lookups: { types: ['gcp.resourcemanager.project', 'gcp.backupdr.backup-plan', 'gcp.backupdr.vault'] },
  evaluate(assoc, ctx) {
    const { resource, backupPlan, dataSource, state } = assoc.config;
    if (state === 'DELETING') return notApplicable('the association is being deleted');
    const plan = backupPlan ? (ctx.inventory.byId(backupPlan) ?? ctx.inventory.byId(`//backupdr.googleapis.com/${backupPlan}`)) : undefined;
    const vault = dataSource ?? (plan?.type === 'gcp.backupdr.backup-plan' ? (plan as Resource<'gcp.backupdr.backup-plan'>).config.backupVault : undefined);
    const workloadProject = projectFor(resource, ctx) ?? assoc.account;
    const vaultProject = projectFor(vault, ctx);
    const ev = [['config.resource', resource], ['vault', vault ?? null], ['projects', { workload: workloadProject, vault: vaultProject }]] as const;
    if (!workloadProject || !vaultProject) return notAssessed('the workload\'s or the vault\'s project could not be resolved (the plan is not collected, or its vault is unknown)', ...ev);
    // A project number that no collected project explains cannot be compared with an id.
    if (workloadProject !== vaultProject && (workloadProject.startsWith('#') || vaultProject.startsWith('#'))) return notAssessed('one side names a project by number that no collected project explains; scan both projects', ...ev);
    return workloadProject === vaultProject ? fail(`the vault is in the workload's own project ${workloadProject}`, ...ev) : pass(`the workload is in ${workloadProject}, its backups in ${vaultProject}`, ...ev);
  },
});
