import { formatCurrentRule, type CheckMeta } from '../../src/engine/check-api.js';
import { severityRank, type Severity } from '../../src/model/finding.js';
import type { RequirementSummary } from '../../src/model/report.js';
import { checkDocUrl, fence } from '../check-docs.js';
import { formatProposedCitation, isBeyondNprm } from '../../src/nprm/index.js';
import type { Level, ReportingDescriptor } from './types.js';

/** GitHub shows at most 10 tags per rule (and rejects more than 20). */
export const MAX_TAGS = 10;

/**
 * GitHub's security-severity bands: > 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
 * Info sits at the bottom of "low": code scanning has no informational security band.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.5' };

export function levelFor(severity: Severity): Level {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'note';
}

/** The highest severity the check can report: its ePHI severity when it has one. */
export function ruleSeverity(check: CheckMeta): Severity {
  const e = check.ephiSeverity;
  return e && severityRank(e) < severityRank(check.severity) ? e : check.severity;
}

/** `aws-s3-bucket-kms-encryption` -> `AwsS3BucketKmsEncryption` (SARIF rule `name` is an identifier). */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

interface RequirementLine {
  readonly id: string;
  readonly title: string;
  readonly proposed: string;
  readonly current: string;
}

function requirementLines(check: CheckMeta, reqs: ReadonlyMap<string, RequirementSummary>): RequirementLine[] {
  return check.requirements.map((id) => {
    const r = reqs.get(id);
    const proposed = r ? formatProposedCitation(r) : 'proposed citation not in this report';
    const current = r?.currentCitation ? `current rule 45 CFR ${r.currentCitation}` : r && isBeyondNprm(r) ? 'no current-rule counterpart' : 'no current-rule counterpart (new in the NPRM)';
    return { id, title: r?.title ?? id, proposed, current };
  });
}

export function ruleDescriptor(check: CheckMeta, reqs: ReadonlyMap<string, RequirementSummary>, statusNote: string): ReportingDescriptor {
  const lines = requirementLines(check, reqs);
  const currentRule = formatCurrentRule(check);
  const rem = check.remediation;
  const text = [
    sentence(check.title),
    '',
    `Why: ${check.rationale}`,
    '',
    'HIPAA Security Rule NPRM (RIN 0945-AA22):',
    ...lines.map((l) => `- ${l.title} [${l.id}]: ${l.proposed}; ${l.current}.`),
    `Current Security Rule: ${currentRule}.`,
    '',
    `Remediation: ${rem.summary}`,
    `Console: ${rem.console}`,
    `CLI: ${rem.cli}`,
    `Terraform: ${rem.terraform}`,
    ...(check.references.length > 0 ? ['', 'References:', ...check.references.map((r) => `- ${r}`)] : []),
    '',
    statusNote,
  ].join('\n');
  const markdown = [
    `**${sentence(check.title)}**`,
    '',
    '## Why',
    check.rationale,
    '',
    '## HIPAA Security Rule NPRM (RIN 0945-AA22)',
    '| requirement | proposed citation | current rule |',
    '|---|---|---|',
    ...lines.map((l) => `| ${l.title} (\`${l.id}\`) | ${l.proposed} | ${l.current} |`),
    '',
    `Current Security Rule: ${currentRule}.`,
    '',
    '## Remediation',
    rem.summary,
    '',
    `**Console:** ${rem.console}`,
    '',
    '**CLI:**',
    fence(rem.cli),
    '',
    '**Terraform:**',
    fence(rem.terraform),
    ...(check.references.length > 0 ? ['', '## References', ...check.references.map((r) => `- <${r}>`)] : []),
    '',
    `_${statusNote}_`,
  ].join('\n');
  const severity = ruleSeverity(check);
  const tags = ['security', check.provider, ...check.requirements.map((r) => `nprm/${r}`), 'hipaa'].slice(0, MAX_TAGS);
  return {
    id: check.id,
    name: ruleName(check.id),
    shortDescription: { text: sentence(check.title) },
    fullDescription: { text: sentence(check.rationale) },
    help: { text, markdown },
    // phiscan's own page for the check (docs/checks/<id>.md); vendor references are in the help text.
    helpUri: checkDocUrl(check.id),
    defaultConfiguration: { level: levelFor(severity) },
    properties: {
      tags,
      'security-severity': SECURITY_SEVERITY[severity],
      precision: 'high',
      severity: check.severity,
      ...(check.ephiSeverity ? { ephiSeverity: check.ephiSeverity } : {}),
      requirements: check.requirements,
      currentRule: check.currentRule,
      ...(check.currentRuleSupport ? { currentRuleSupport: check.currentRuleSupport } : {}),
      resourceTypes: check.resourceTypes,
    },
  };
}

/**
 * The rule of the one summary result written when not-assessed findings are left out of the
 * results (`--sarif-not-assessed omit`): so a scan that could not read its scope shows an open
 * alert in code scanning instead of a clean page.
 */
export const SCAN_INCOMPLETE_RULE_ID = 'phiscan-scan-incomplete';

export function scanIncompleteRule(): ReportingDescriptor {
  const text =
    'Part of this scan could not be assessed: values could not be read (access denied, API errors, values unknown until apply) or reads failed (coverage gaps). The not-assessed findings are not uploaded as alerts (--sarif-not-assessed omit); this alert counts them, so missing evidence never looks like compliance. The JSON and HTML reports list every one; grant the missing permissions or scan the plan with known values, or upload them as notes with --sarif-not-assessed note.';
  return {
    id: SCAN_INCOMPLETE_RULE_ID,
    name: ruleName(SCAN_INCOMPLETE_RULE_ID),
    shortDescription: { text: 'The scan could not assess every check.' },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['security', 'hipaa', 'coverage'], 'security-severity': SECURITY_SEVERITY.medium, precision: 'high' },
  };
}

/** A rule for a result that only the baseline knows (the check no longer runs). */
export function retiredRuleDescriptor(checkId: string): ReportingDescriptor {
  const text = `Check ${checkId} reported this result in the baseline run; it did not run in this scan.`;
  return {
    id: checkId,
    name: ruleName(checkId),
    shortDescription: { text: `Check ${checkId} (baseline only).` },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['security'], 'security-severity': SECURITY_SEVERITY.info },
  };
}
