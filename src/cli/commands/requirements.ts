import { Command, Option } from 'commander';
import { ALL_CHECKS } from '../../../checks/index.js';
import { attestationPeriod, expectsAttestation } from '../../attest/evaluate.js';
import { formatDuration } from '../../attest/calendar-date.js';
import { CATALOG_META, CATALOG_NOTES, EXCEPTION_PROVISIONS, REQUIREMENTS, formatCurrentCitation, formatProposedCitation } from '../../nprm/index.js';
import { CURRENT_RULE, CURRENT_RULE_META, currentRuleItemForCitation } from '../../nprm/current-rule.js';
import { table } from './checks.js';

/** `--rule nprm` (default): the proposed-rule catalog; `--rule current`: 45 CFR 164.308-316 as in force. */
export function requirementsCommand(): Command {
  return new Command('requirements')
    .addOption(new Option('--rule <rule>', 'which catalog').choices(['nprm', 'current']).default('nprm'))
    .option('--json', 'machine-readable output')
    .action((flags: { json?: boolean; rule: 'nprm' | 'current' }) => {
      if (flags.rule === 'current') return listCurrent(flags.json ?? false);
      const rows = REQUIREMENTS.map((r) => {
        const period = attestationPeriod(r);
        const mapped = ALL_CHECKS.filter((c) => (c.meta.requirements as readonly string[]).includes(r.id)).map((c) => c.meta.id);
        return {
          ...r,
          // A process requirement is never decided by checks: they only support it.
          checks: r.cloudEvidence === 'none' ? [] : mapped,
          supportingChecks: r.cloudEvidence === 'none' ? mapped : [],
          attestation: { expected: expectsAttestation(r), period: formatDuration(period.duration), periodSource: period.source },
        };
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ catalog: CATALOG_META, requirements: rows, exceptionProvisions: EXCEPTION_PROVISIONS, notes: CATALOG_NOTES }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${CATALOG_META.document}\n${CATALOG_META.federalRegister}, RIN ${CATALOG_META.rin} (${CATALOG_META.status}; catalog ${CATALOG_META.version} as of ${CATALOG_META.asOf})\nEffective date: ${CATALOG_META.effectiveDate}. Compliance date: ${CATALOG_META.complianceDate}.\n\n`);
      process.stdout.write(
        table(
          ['ID', 'PROPOSED', 'CURRENT', 'CLOUD EVIDENCE', 'CHECKS', 'ATTEST EVERY', 'TITLE'],
          rows.map((r) => [
            r.id,
            formatProposedCitation(r).replace('proposed 45 CFR ', ''),
            formatCurrentCitation(r).replace('current 45 CFR ', ''),
            r.cloudEvidence,
            `${r.checks.length}${r.supportingChecks.length > 0 ? ` (+${r.supportingChecks.length} supporting)` : ''}`,
            `${r.attestation.period}${r.attestation.expected ? '' : ' (optional)'}`,
            r.title,
          ]),
        ),
      );
    });
}

function listCurrent(json: boolean): void {
  const citing = (list: readonly string[] | undefined, id: string) => (list ?? []).some((cite) => currentRuleItemForCitation(cite)?.id === id);
  const rows = CURRENT_RULE.map((item) => {
    const evidencing = ALL_CHECKS.filter((c) => citing(c.meta.currentRule, item.id)).map((c) => c.meta.id);
    const supporting = ALL_CHECKS.filter((c) => citing(c.meta.currentRuleSupport, item.id)).map((c) => c.meta.id);
    // A policy or procedure item is never decided by checks: they only support it.
    return item.cloudEvidence === 'none' ? { ...item, checks: [], supportingChecks: [...evidencing, ...supporting] } : { ...item, checks: evidencing, supportingChecks: supporting };
  });
  if (json) {
    process.stdout.write(`${JSON.stringify({ catalog: CURRENT_RULE_META, requirements: rows }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${CURRENT_RULE_META.title}\n${CURRENT_RULE_META.source} (as of ${CURRENT_RULE_META.asOf})\n\n`);
  process.stdout.write(
    table(
      ['CITATION', 'KIND', 'DESIGNATION', 'ATTESTED BY', 'CHECKS', 'SUPPORTING', 'TITLE'],
      rows.map((r) => [`45 CFR ${r.citation}`, r.kind === 'standard' ? 'standard' : 'spec', r.designation, r.attestedBy.join(',') || '-', String(r.checks.length), String(r.supportingChecks.length), r.title]),
    ),
  );
}
