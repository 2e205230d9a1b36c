import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

const DAY_MS = 86_400_000;

export default defineCheck({
  meta: {
    id: 'azure-siterecovery-test-failover-recent',
    title: 'Site Recovery replicated items had a successful test failover in the last 6 months',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'siterecovery',
    resourceTypes: ['azure.recoveryservices.vault'],
    requirements: ['system-backup-testing', 'contingency-plan-testing'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(D)', '45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'The NPRM proposes that backups of the relevant electronic information systems themselves be reviewed and tested at least every six months (proposed 164.312(j)), and that the contingency plan be tested (164.308(a)(13)(ii)(F)). For systems replicated with Azure Site Recovery, a test failover brings the replica up in an isolated network without touching production: its date is recorded on each replicated item (lastSuccessfulTestFailoverTime). An item never tested, or tested more than six months ago, has no evidence that the system can be restored from its replica. A recent test failover is evidence, not proof, that the whole plan works (applications, DNS, people).',
    remediation: {
      summary: 'Run a test failover (and its cleanup) for each replicated item, or a recovery plan covering them, at least every six months, and record the result.',
      console: 'Recovery Services vault > Site Recovery > Replicated items > the item (or Recovery Plans > the plan) > Test failover > choose a recovery point and an isolated VNet > OK; then Cleanup test failover.',
      cli: 'az rest --method post --url "https://management.azure.com/subscriptions/SUB/resourceGroups/RG/providers/Microsoft.RecoveryServices/vaults/VAULT/replicationRecoveryPlans/PLAN/testFailover?api-version=2024-04-01" --body @test-failover.json',
      terraform: '# Test failovers are operations, not configuration: schedule them (an Azure Automation runbook or pipeline) and keep the results.',
    },
    references: ['https://learn.microsoft.com/azure/site-recovery/azure-to-azure-tutorial-dr-drill', 'https://learn.microsoft.com/rest/api/site-recovery/replication-protected-items/list'],
    defaultOptions: { maxAgeDays: 183 },
  },
  evaluate(vault, ctx) {
    const items = vault.config.replicatedItems;
    const path = 'config.replicatedItems';
    if (items === undefined) return notAssessed('the vault\'s Site Recovery replicated items could not be read', [path, items]);
    if (items.length === 0) return notApplicable('the vault replicates nothing with Site Recovery');
    const maxAgeDays = typeof ctx.options.maxAgeDays === 'number' ? ctx.options.maxAgeDays : 183;
    const cutoff = ctx.now.getTime() - maxAgeDays * DAY_MS;
    const shown = items.map((i) => ({ name: i.friendlyName, protectionState: i.protectionState, lastSuccessfulTestFailoverTime: i.lastSuccessfulTestFailoverTime }));
    const tested = (t: string | null): boolean | undefined => {
      if (t === null) return false;
      const ms = Date.parse(t);
      return Number.isNaN(ms) ? undefined : ms >= cutoff;
    };
    const stale = items.filter((i) => tested(i.lastSuccessfulTestFailoverTime) === false);
    if (stale.length > 0) return fail(`${stale.map((i) => `${i.friendlyName} (${i.lastSuccessfulTestFailoverTime === null ? 'never tested' : `last tested ${i.lastSuccessfulTestFailoverTime.slice(0, 10)}`})`).join(', ')}: no successful test failover in the last ${maxAgeDays} days`, [path, shown]);
    if (items.some((i) => tested(i.lastSuccessfulTestFailoverTime) === undefined)) return notAssessed('a test failover time could not be read as a date', [path, shown]);
    return pass(`every replicated item (${items.length}) had a successful test failover in the last ${maxAgeDays} days`, [path, shown]);
  },
});
