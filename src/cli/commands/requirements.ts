import { Command } from 'commander';
import { ALL_CHECKS } from '../../../checks/index.js';
import { CATALOG_META, REQUIREMENTS, formatCurrentCitation, formatProposedCitation } from '../../nprm/index.js';
import { table } from './checks.js';

export function requirementsCommand(): Command {
  return new Command('requirements')
    .description('list the NPRM requirement catalog and how many checks evidence each requirement')
    .option('--json', 'machine-readable output')
    .action((flags: { json?: boolean }) => {
      const rows = REQUIREMENTS.map((r) => ({ ...r, checks: ALL_CHECKS.filter((c) => (c.meta.requirements as readonly string[]).includes(r.id)).map((c) => c.meta.id) }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ catalog: CATALOG_META, requirements: rows }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${CATALOG_META.document}\n${CATALOG_META.federalRegister}, RIN ${CATALOG_META.rin} (${CATALOG_META.status}; catalog ${CATALOG_META.version} as of ${CATALOG_META.asOf})\n\n`);
      process.stdout.write(
        table(
          ['ID', 'PROPOSED', 'CURRENT', 'CLOUD EVIDENCE', 'CHECKS', 'TITLE'],
          rows.map((r) => [r.id, formatProposedCitation(r).replace('proposed 45 CFR ', ''), formatCurrentCitation(r).replace('current 45 CFR ', ''), r.cloudEvidence, String(r.checks.length), r.title]),
        ),
      );
    });
}
