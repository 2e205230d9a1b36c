import { Command, Option } from 'commander';
import { ALL_CHECKS } from '../../../checks/index.js';
import { attestationPeriod, expectsAttestation } from '../../attest/evaluate.js';
import { formatDuration } from '../../attest/calendar-date.js';
import { CATALOG_META, REQUIREMENTS, formatCurrentCitation, formatProposedCitation } from '../../nprm/index.js';
import { CURRENT_RULE, CURRENT_RULE_META, currentRuleItemForCitation } from '../../nprm/current-rule.js';
import { table } from './checks.js';

/** `--rule nprm` (default): the proposed-rule catalog; `--rule current`: 45 CFR 164.308-316 as in force. */
export function requirementsCommand(): Command {
  return new Command('requirements')
    .description('list a requirement catalog: the NPRM (proposed) or the current Security Rule, with the checks that evidence each requirement')
    .addOption(new Option('--rule <rule>', 'which catalog').choices(['nprm', 'current']).default('nprm'))
    .option('--json', 'machine-readable output')
    .action((flags: { json?: boolean; rule: 'nprm' | 'current' }) => {
      if (flags.rule === 'current') return listCurrent(flags.json ?? false);
      const rows = REQUIREMENTS.map((r) => {
        const period = attestationPeriod(r);
        return {
          ...r,
          checks: ALL_CHECKS.filter((c) => (c.meta.requirements as readonly string[]).includes(r.id)).map((c) => c.meta.id),
          attestation: { expected: expectsAttestation(r), period: formatDuration(period.duration), periodSource: period.source },
        };
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ catalog: CATALOG_META, requirements: rows }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${CATALOG_META.document}\n${CATALOG_META.federalRegister}, RIN ${CATALOG_META.rin} (${CATALOG_META.status}; catalog ${CATALOG_META.version} as of ${CATALOG_META.asOf})\n\n`);
      process.stdout.write(
        table(
          ['ID', 'PROPOSED', 'CURRENT', 'CLOUD EVIDENCE', 'CHECKS', 'ATTEST EVERY', 'TITLE'],
          rows.map((r) => [
            r.id,
            formatProposedCitation(r).replace('proposed 45 CFR ', ''),
            formatCurrentCitation(r).replace('current 45 CFR ', ''),
            r.cloudEvidence,
            String(r.checks.length),
            `${r.attestation.period}${r.attestation.expected ? '' : ' (optional)'}`,
            r.title,
          ]),
        ),
      );
    });
}

function listCurrent(json: boolean): void {
  const rows = CURRENT_RULE.map((item) => ({
    ...item,
    checks: ALL_CHECKS.filter((c) => c.meta.requirements.some((r) => (item.nprm as readonly string[]).includes(r)) || c.meta.currentRule.some((cite) => currentRuleItemForCitation(cite)?.id === item.id)).map((c) => c.meta.id),
  }));
  if (json) {
    process.stdout.write(`${JSON.stringify({ catalog: CURRENT_RULE_META, requirements: rows }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${CURRENT_RULE_META.title}\n${CURRENT_RULE_META.source} (as of ${CURRENT_RULE_META.asOf})\n\n`);
  process.stdout.write(
    table(
      ['CITATION', 'KIND', 'DESIGNATION', 'NPRM EVIDENCE', 'CHECKS', 'TITLE'],
      rows.map((r) => [`45 CFR ${r.citation}`, r.kind === 'standard' ? 'standard' : 'spec', r.designation, r.nprm.join(',') || '-', String(r.checks.length), r.title]),
    ),
  );
}
