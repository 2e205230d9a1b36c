/**
 * The HIPAA Security Rule NPRM requirement catalog (HHS OCR, 90 FR 898, 6 January 2025,
 * RIN 0945-AA22), in this project's own words. Proposed citations, periods and their bases are
 * those of `shared/nprm/CITATIONS.md` (December 2026); docs/nprm.md explains how to read them.
 *
 * Ids are stable semantic slugs, not citations: the final rule may renumber paragraphs, and ids
 * are a contract (reports, attestations files, suppressions). Every proposed citation and every
 * period carries its basis: `text` (seen in the proposed regulatory text), `quoted` (regulatory
 * text quoted with its citation by a secondary source), `secondary` (secondary sources only;
 * `checkedAgainst: 'fr-preamble'` when the source checked the row against the Federal Register
 * preamble), `unconfirmed` (the paragraph is not confirmed: the section and the standard's name
 * are cited, never a guessed paragraph). The current-rule citation is the nearest provision in force.
 */

export type CitationBasis = 'text' | 'quoted' | 'secondary' | 'unconfirmed';
export type CloudEvidence = 'direct' | 'partial' | 'none';

/** Where a citation or a figure comes from. */
export interface Sourced {
  readonly basis: CitationBasis;
  /** "S (FR-checked)": a secondary source that checked the row against the Federal Register preamble. */
  readonly checkedAgainst?: 'fr-preamble';
}

export interface ProposedCitation extends Sourced {
  /** `164.312(b)(2)`; for an unconfirmed paragraph the section and the standard: `164.308, security awareness training`. */
  readonly citation: string;
}

export interface Period extends Sourced {
  readonly every?: string;
  readonly within?: string;
  readonly description: string;
}

export interface RequirementData {
  readonly id: string;
  readonly title: string;
  /** null: not in the NPRM at all; a practice stricter than the proposal (reported apart from NPRM readiness). */
  readonly proposedCitation: ProposedCitation | null;
  readonly currentCitation: string | null;
  readonly periods: readonly Period[];
  /** `none`: a process or document; configuration can support it but only an attestation satisfies it. */
  readonly cloudEvidence: CloudEvidence;
  readonly summary: string;
  /** Set when the requirement binds only some regulated entities; it is then never expected to be attested. */
  readonly appliesTo?: string;
}

const FR: Pick<Sourced, 'checkedAgainst'> = { checkedAgainst: 'fr-preamble' };

export const CATALOG_META = {
  version: '2026.12.0',
  asOf: '2026-12-06',
  document: 'HIPAA Security Rule To Strengthen the Cybersecurity of Electronic Protected Health Information (NPRM)',
  federalRegister: '90 FR 898 (6 January 2025), FR Doc. 2024-30983',
  rin: '0945-AA22',
  status: 'proposed',
  statusNote:
    'A proposed rule only: the current Security Rule (45 CFR 164.302-318) stays in force until a final rule takes effect. Findings are NPRM-aligned observations of configuration, not determinations of a HIPAA violation.',
  /** Proposed: 60 days after a final rule is published (S, FR-checked). */
  effectiveDate: '60 days after a final rule is published in the Federal Register (proposed; no final rule has been published)',
  /** 45 CFR 160.105: 180 days after the effective date of a modified standard. */
  complianceDate: '180 days after the effective date, under the general rule of 45 CFR 160.105 (proposed)',
} as const;

/** The `catalog` block every report carries (reports written before 1.2.0 lack the dates). */
export interface ReportCatalog {
  readonly version: string;
  readonly asOf: string;
  readonly rin: string;
  readonly federalRegister: string;
  readonly status: string;
  readonly statusNote: string;
  readonly effectiveDate?: string;
  readonly complianceDate?: string;
}

export function reportCatalog(): ReportCatalog {
  const { version, asOf, rin, federalRegister, status, statusNote, effectiveDate, complianceDate } = CATALOG_META;
  return { version, asOf, rin, federalRegister, status, statusNote, effectiveDate, complianceDate };
}

export const REQUIREMENTS = [
  {
    id: 'asset-inventory',
    title: 'Technology asset inventory',
    proposedCitation: { citation: '164.308(a)(1)(ii)(A), (C)', basis: 'text' },
    currentCitation: null,
    periods: [{ every: '12 months', description: 'Reviewed and updated on an ongoing basis, but at least once every 12 months, and when the environment or operations change.', basis: 'secondary', ...FR }],
    cloudEvidence: 'partial',
    summary: 'Keep a written inventory of every technology asset that creates, receives, keeps or sends ePHI, with its identity, version, accountable person and location, and maintain it.',
  },
  {
    id: 'network-map',
    title: 'Network map',
    proposedCitation: { citation: '164.308(a)(1)(ii)(B)', basis: 'text' },
    currentCitation: null,
    periods: [{ every: '12 months', description: 'Reviewed and updated on an ongoing basis, but at least once every 12 months, and when the environment or operations change.', basis: 'secondary', ...FR }],
    cloudEvidence: 'partial',
    summary: 'Keep a network map that illustrates how ePHI moves through, enters and leaves the information systems, and how those systems are reached from outside.',
  },
  {
    id: 'risk-analysis',
    title: 'Written risk analysis',
    proposedCitation: { citation: '164.308(a)(2)', basis: 'quoted' },
    currentCitation: '164.308(a)(1)(ii)(A)',
    periods: [],
    cloudEvidence: 'none',
    summary: 'Perform and document an accurate and thorough assessment of risks to ePHI, based on the asset inventory and network map. The proposed review cadence was not confirmed in the text reached.',
  },
  {
    id: 'evaluation',
    title: 'Evaluation of changes',
    proposedCitation: { citation: '164.308(a)(3)', basis: 'secondary' },
    currentCitation: '164.308(a)(8)',
    periods: [],
    cloudEvidence: 'none',
    summary: 'Perform a written technical and nontechnical evaluation to decide whether a change in the environment or operations affects the security of ePHI, before and after the change.',
  },
  {
    id: 'patch-management',
    title: 'Patch management',
    proposedCitation: { citation: '164.308(a)(4)', basis: 'secondary', ...FR },
    currentCitation: null,
    periods: [
      { within: '15 days', description: 'Critical risk: patched within 15 calendar days of identifying the need (or of a patch becoming available).', basis: 'secondary', ...FR },
      { within: '30 days', description: 'High risk: patched within 30 calendar days of identifying the need (or of a patch becoming available).', basis: 'secondary', ...FR },
    ],
    cloudEvidence: 'partial',
    summary: 'Apply patches and updates to relevant electronic information systems within time frames set by risk; windows for other risk levels were not confirmed.',
  },
  {
    id: 'patch-install-controls',
    title: 'Technical controls that install patches',
    proposedCitation: { citation: '164.312(h)(2)(iv)', basis: 'secondary', ...FR },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Deploy technical controls that install patches and critical updates in a timely manner.',
  },
  {
    id: 'workforce-termination-1h',
    title: 'End access within one hour of termination',
    proposedCitation: { citation: '164.308(a)(9)(ii)(C)(2)', basis: 'secondary', ...FR },
    currentCitation: '164.308(a)(3)(ii)(C)',
    periods: [{ within: '1 hour', description: 'Access ended as soon as possible, but no later than one hour after a workforce member\'s employment or other arrangement ends.', basis: 'secondary', ...FR }],
    cloudEvidence: 'partial',
    summary: 'End a departing workforce member\'s access within one hour; long-lived and unused credentials make that hard to show.',
  },
  {
    id: 'access-change-notice-24h',
    title: 'Notice of access changes within 24 hours',
    proposedCitation: { citation: '164.308(a)(9)(ii)(D)(1), (D)(2)', basis: 'quoted' },
    currentCitation: null,
    periods: [{ within: '24 hours', description: 'Notify other regulated entities as soon as possible, but no later than 24 hours after a change in or termination of a workforce member\'s authorization.', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Tell the other regulated entities concerned within 24 hours when a workforce member\'s access to their ePHI changes or ends.',
  },
  {
    id: 'security-awareness-training',
    title: 'Security awareness training',
    proposedCitation: { citation: '164.308, security awareness training', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(5)',
    periods: [{ within: '30 days', description: 'Secondary sources report training of new workforce members within 30 days of gaining access; not confirmed in the proposed text. No refresher cadence is confirmed.', basis: 'secondary' }],
    cloudEvidence: 'none',
    summary: 'Train the workforce on security, including new members soon after they gain access.',
  },
  {
    id: 'incident-response',
    title: 'Security incident response plans',
    proposedCitation: { citation: '164.308(a)(12)(ii)(A)', basis: 'quoted' },
    currentCitation: '164.308(a)(6)(ii)',
    periods: [{ every: '12 months', description: 'The proposed text reached calls for review and testing of the plans without a cadence; secondary sources report at least every 12 months.', basis: 'secondary' }],
    cloudEvidence: 'none',
    summary: 'Write down how security incidents are reported and handled, with procedures for testing and revising those plans, and review and test them.',
  },
  {
    id: 'contingency-plan',
    title: 'Written contingency plan',
    proposedCitation: { citation: '164.308(a)(13)(i)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(i)',
    periods: [],
    cloudEvidence: 'none',
    summary: 'Keep a written contingency plan for responding to an emergency or other occurrence, including a security incident, that damages systems holding ePHI.',
  },
  {
    id: 'criticality-analysis',
    title: 'Criticality analysis',
    proposedCitation: { citation: '164.308(a)(13)(ii)(A)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(E)',
    periods: [],
    cloudEvidence: 'none',
    summary: 'Decide which relevant electronic information systems and data are critical and in what order to restore them.',
  },
  {
    id: 'backup-procedures',
    title: 'Data and system backup procedures',
    proposedCitation: { citation: '164.308(a)(13)(ii)(B), (C)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(A)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Create and maintain backups of ePHI and of the relevant electronic information systems, including verification that backups succeed.',
  },
  {
    id: 'system-restore-72h',
    title: 'Restore critical systems within 72 hours',
    proposedCitation: { citation: '164.308(a)(13)(ii)(D)(1)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(B)',
    periods: [{ within: '72 hours', description: 'Restore critical relevant electronic information systems and data within 72 hours of the loss; other systems by written procedures ((D)(2)).', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Be able to restore critical relevant electronic information systems and data within 72 hours of a loss. A restore drill shows it; backups, geo-redundancy and cross-region restore settings are supporting evidence only.',
  },
  {
    id: 'contingency-plan-testing',
    title: 'Contingency plan review and testing',
    proposedCitation: { citation: '164.308(a)(13)(ii)(F)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(D)',
    periods: [{ every: '12 months', description: 'Review and test the contingency plans at least once every 12 months, with the results documented.', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Review and test the contingency plans and document the results.',
  },
  {
    id: 'compliance-audit',
    title: 'Compliance audit',
    proposedCitation: { citation: '164.308(a)(14)', basis: 'secondary', ...FR },
    currentCitation: '164.308(a)(8)',
    periods: [{ every: '12 months', description: 'Perform and document an audit of compliance with the Security Rule at least once every 12 months.', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Audit compliance with the Security Rule and document it; scan reports with run metadata form part of the evidence.',
  },
  {
    id: 'business-associate-verification',
    title: 'Business associate written verification',
    proposedCitation: { citation: '164.308(b)(2)(ii)', basis: 'secondary', ...FR },
    currentCitation: '164.308(b)(1)',
    periods: [{ every: '12 months', description: 'Obtain written verification of business associates\' technical safeguards at least once every 12 months (also stated in the HHS fact sheet).', basis: 'secondary', ...FR }],
    cloudEvidence: 'none',
    summary: 'Obtain written verification, with a written analysis by a person with appropriate cybersecurity knowledge, that business associates have deployed the technical safeguards.',
  },
  {
    id: 'contingency-activation-notice-24h',
    title: 'Notice of contingency plan activation within 24 hours',
    proposedCitation: { citation: '164.314(a)(2)(i)(D)', basis: 'quoted' },
    currentCitation: null,
    periods: [{ within: '24 hours', description: 'A business associate reports without unreasonable delay, and in no case later than 24 hours after activating its contingency plan.', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Business associate contracts provide that business associates and subcontractors report the activation of their contingency plans within 24 hours.',
  },
  {
    id: 'group-health-plan',
    title: 'Group health plan documents',
    proposedCitation: { citation: '164.314(b)', basis: 'secondary' },
    currentCitation: '164.314(b)(1)',
    periods: [{ within: '24 hours', description: 'Secondary sources report that plan documents would bind the plan sponsor to report activation of its contingency plan without unreasonable delay, and no later than 24 hours after it.', basis: 'secondary' }],
    cloudEvidence: 'none',
    summary: 'Plan documents of a group health plan bind the plan sponsor to the safeguards and to the 24-hour notice of contingency plan activation.',
    appliesTo: 'group health plans',
  },
  {
    id: 'access-control-least-privilege',
    title: 'Access control',
    proposedCitation: { citation: '164.312(a)(1)', basis: 'text' },
    currentCitation: '164.312(a)(1)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Technical controls allow access only to users and technology assets that have been granted access rights.',
  },
  {
    id: 'unique-identification',
    title: 'Unique identification',
    proposedCitation: { citation: '164.312(a)(2)(i)', basis: 'text' },
    currentCitation: '164.312(a)(2)(i)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Give each user and each technology asset a unique identity for identifying and tracking it.',
  },
  {
    id: 'privileged-identity-separation',
    title: 'Administrative and increased access privileges',
    proposedCitation: { citation: '164.312(a)(2)(ii)', basis: 'text' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Use separate identities for administrative or increased-privilege work, apart from everyday identities.',
  },
  {
    id: 'emergency-access',
    title: 'Emergency access procedure',
    proposedCitation: { citation: '164.312(a)(2)(iii)', basis: 'text' },
    currentCitation: '164.312(a)(2)(ii)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Have a procedure and the technical means to get at ePHI in an emergency.',
  },
  {
    id: 'network-segmentation',
    title: 'Network segmentation',
    proposedCitation: { citation: '164.312(a)(2)(vi)', basis: 'secondary', ...FR },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Deploy technical controls to segment relevant electronic information systems in a reasonable and appropriate manner, so a compromise of one part does not expose the systems that hold ePHI.',
  },
  {
    id: 'network-segmentation-policy',
    title: 'Network segmentation policies and procedures',
    proposedCitation: { citation: '164.308, network segmentation', basis: 'unconfirmed' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'none',
    summary: 'Establish and implement written policies and procedures that keep relevant electronic information systems segmented.',
  },
  {
    id: 'encryption-at-rest',
    title: 'Encryption of ePHI at rest',
    proposedCitation: { citation: '164.312(b)(2)', basis: 'quoted' },
    currentCitation: '164.312(a)(2)(iv)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Encrypt all ePHI at rest, except where an exception at (b)(3) applies with compensating controls at (b)(4). Provider-managed keys are encryption; customer-managed keys are reported apart (key-management).',
  },
  {
    id: 'encryption-in-transit',
    title: 'Encryption of ePHI in transit',
    proposedCitation: { citation: '164.312(b)(2)', basis: 'quoted' },
    currentCitation: '164.312(e)(2)(ii)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Encrypt all ePHI in transit, in the same specification as encryption at rest (not the transmission security standard), except where an exception at (b)(3) applies.',
  },
  {
    id: 'key-management',
    title: 'Key management beyond the NPRM',
    proposedCitation: null,
    currentCitation: null,
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Stricter than the proposal: the NPRM proposes encryption, not customer-managed keys. Customer-managed keys, key rotation, KMS-encrypted logs and double encryption are reported here, never as a failure of encryption at rest, at medium severity or below unless the configuration raises it.',
  },
  {
    id: 'configuration-management',
    title: 'Configuration management',
    proposedCitation: { citation: '164.312(c)', basis: 'secondary', ...FR },
    currentCitation: null,
    periods: [{ every: '12 months', description: 'Review and test the effectiveness of the configuration management controls at least once every 12 months or on change ((c)(2)(v)).', basis: 'secondary', ...FR }],
    cloudEvidence: 'partial',
    summary: 'Establish and deploy technical controls for secure, consistent configuration of relevant electronic information systems.',
  },
  {
    id: 'anti-malware',
    title: 'Anti-malware protection',
    proposedCitation: { citation: '164.312(c)(2)(i)', basis: 'secondary', ...FR },
    currentCitation: '164.308(a)(5)(ii)(B)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Protect all technology assets in relevant electronic information systems against malicious software, such as viruses and ransomware.',
  },
  {
    id: 'remove-extraneous-software',
    title: 'Removal of extraneous software',
    proposedCitation: { citation: '164.312(c)(2)(ii)', basis: 'secondary', ...FR },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Remove extraneous software, meaning software unnecessary for the entity\'s operations.',
  },
  {
    id: 'secure-configuration',
    title: 'Secure configuration of operating systems and software',
    proposedCitation: { citation: '164.312(c)(2)(iii)', basis: 'secondary' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Configure and secure operating systems and software consistent with the risk analysis.',
  },
  {
    id: 'disable-unused-ports',
    title: 'Network ports disabled in accordance with the risk analysis',
    proposedCitation: { citation: '164.312(c)(2)(iv)', basis: 'secondary' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Disable network ports in accordance with the risk analysis (the proposed text says "network ports", not "unused ports"): ports open to the internet need a reason the risk analysis gives.',
  },
  {
    id: 'audit-logging',
    title: 'Audit trail and system log controls',
    proposedCitation: { citation: '164.312(d)', basis: 'quoted' },
    currentCitation: '164.312(b)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Deploy technical controls that monitor and record, in real time, activity in relevant electronic information systems, and alert workforce members to it.',
  },
  {
    id: 'integrity',
    title: 'Integrity of ePHI',
    proposedCitation: { citation: '164.312, integrity', basis: 'unconfirmed' },
    currentCitation: '164.312(c)(1)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Protect ePHI from improper alteration or destruction and be able to tell when it happened.',
  },
  {
    id: 'authentication',
    title: 'Authentication',
    proposedCitation: { citation: '164.312(f)', basis: 'quoted' },
    currentCitation: '164.312(d)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Deploy technical controls that verify the identity of users and technology assets before access (the standard that holds MFA at (f)(2)(ii); its title was not seen verbatim). Password rules and identity-based access instead of shared keys are evidenced here, never as MFA.',
  },
  {
    id: 'mfa',
    title: 'Multi-factor authentication',
    proposedCitation: { citation: '164.312(f)(2)(ii)', basis: 'quoted' },
    currentCitation: '164.312(d)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Deploy multi-factor authentication to all technology assets in relevant electronic information systems, except where an exception at (f)(2)(iii) applies.',
  },
  {
    id: 'mfa-privilege-change',
    title: 'Multi-factor authentication for privilege changes',
    proposedCitation: { citation: '164.312(f)(2)(ii)(B)', basis: 'quoted' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Require multi-factor authentication for any action that would change a user\'s privileges.',
  },
  {
    id: 'vulnerability-scanning',
    title: 'Vulnerability scanning',
    proposedCitation: { citation: '164.312(h)(2)(i)', basis: 'quoted' },
    currentCitation: null,
    periods: [
      { every: '6 months', description: 'Automated vulnerability scans in accordance with the risk analysis, or at least once every six months, whichever is more frequent.', basis: 'quoted' },
      { every: '12 months', description: 'Review and test the effectiveness of the scanning technology at least once every 12 months ((h)(2)(i)(B)).', basis: 'quoted' },
    ],
    cloudEvidence: 'partial',
    summary: 'Conduct automated vulnerability scans of relevant electronic information systems and act on what they find.',
  },
  {
    id: 'vuln-authoritative-sources',
    title: 'Monitoring of authoritative vulnerability sources',
    proposedCitation: { citation: '164.312(h)(2)(ii)', basis: 'secondary', ...FR },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'none',
    summary: 'Monitor authoritative sources (for example CISA\'s Known Exploited Vulnerabilities catalog) for known vulnerabilities.',
  },
  {
    id: 'penetration-testing',
    title: 'Penetration testing',
    proposedCitation: { citation: '164.312(h)(2)(iii)', basis: 'quoted' },
    currentCitation: null,
    periods: [{ every: '12 months', description: 'At least once every 12 months, or in accordance with the risk analysis, whichever is more frequent, by a qualified person.', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Have a qualified person test the security of relevant electronic information systems by attempting to defeat their controls.',
  },
  {
    id: 'data-backup-48h',
    title: 'Backups no more than 48 hours old',
    proposedCitation: { citation: '164.312(i)(1), (i)(2)(i)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(A)',
    periods: [{ within: '48 hours', description: 'Retrievable copies of ePHI are no more than 48 hours older than the ePHI they copy.', basis: 'quoted' }],
    cloudEvidence: 'partial',
    summary: 'Keep retrievable copies of ePHI that are never more than 48 hours old.',
  },
  {
    id: 'backup-monitoring',
    title: 'Real-time backup monitoring',
    proposedCitation: { citation: '164.312(i)(2)(ii), (iii)', basis: 'quoted' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Monitor backups in real time, alert workforce members to failures and error conditions, and record each backup\'s success, failure and error conditions.',
  },
  {
    id: 'restore-testing',
    title: 'Monthly restore tests',
    proposedCitation: { citation: '164.312(i)(2)(iv)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(D)',
    periods: [{ every: '1 month', description: 'Restore a representative sample of backed-up ePHI and document the results at least monthly.', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Test restoring a representative sample of backed-up ePHI and document the results.',
  },
  {
    id: 'system-backup-testing',
    title: 'Information systems backup testing',
    proposedCitation: { citation: '164.312(j)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(D)',
    periods: [{ every: '6 months', description: 'Review and test the controls for backing up relevant electronic information systems at least once every six months or after changes, whichever is more frequent.', basis: 'quoted' }],
    cloudEvidence: 'none',
    summary: 'Back up the relevant electronic information systems themselves and review and test those backup controls.',
  },
  {
    id: 'backup-separation',
    title: 'Separate technical controls for backup and recovery',
    proposedCitation: { citation: '164.312(i), (j)', basis: 'quoted' },
    currentCitation: '164.308(a)(7)(ii)(A)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Keep backups under technical controls separate from those of the production systems, so one compromise cannot destroy both. The proposed text does not mention immutable or offline copies: immutability and account separation are good practice that evidences separate controls.',
  },
  {
    id: 'review-and-testing',
    title: 'Review and testing of safeguards',
    proposedCitation: { citation: '164.312(c)(2)(v), (h)(2)(i)(B), (b)(4); 164.308(a)(13)(ii)(F)', basis: 'secondary' },
    currentCitation: '164.306(e)',
    periods: [{ every: '12 months', description: 'Secondary summary of the rows it spans: most proposed reviews and tests of controls are at least every 12 months or on change.', basis: 'secondary' }],
    cloudEvidence: 'none',
    summary: 'Review and test security policies, procedures and technical controls on a regular schedule.',
  },
  {
    id: 'written-documentation',
    title: 'Written documentation',
    proposedCitation: { citation: '164.316', basis: 'text' },
    currentCitation: '164.316',
    periods: [],
    cloudEvidence: 'none',
    summary: 'Keep every policy, procedure, plan and analysis in writing, and document the actions, activities and assessments the rule calls for.',
  },
] as const satisfies readonly RequirementData[];

export type RequirementId = (typeof REQUIREMENTS)[number]['id'];
export type Requirement = RequirementData & { readonly id: RequirementId };

/** Practices stricter than the proposal: reported, but not counted as NPRM readiness. */
export function isBeyondNprm(r: Pick<RequirementData, 'proposedCitation'>): boolean {
  return r.proposedCitation === null;
}

/**
 * Exception grounds in the proposed text. A recorded exception (attestations file) names one;
 * a finding it matches is reported as `excepted`, not passing and not suppressed.
 */
export interface ExceptionGround extends ProposedCitation {
  readonly title: string;
}

export interface ExceptionProvisionData {
  readonly id: string;
  readonly title: string;
  readonly proposedCitation: ProposedCitation;
  /** The requirements an exception of this kind excuses. */
  readonly requirements: readonly RequirementId[];
  readonly grounds: readonly ExceptionGround[];
  /** Compensating controls: where the text puts them and what it asks of them, when a source gives it. */
  readonly compensatingControls?: ProposedCitation & { readonly description: string };
}

export const EXCEPTION_PROVISIONS = [
  {
    id: 'encryption-exceptions',
    title: 'Exceptions to encryption',
    proposedCitation: { citation: '164.312(b)(3)', basis: 'quoted' },
    requirements: ['encryption-at-rest', 'encryption-in-transit'],
    grounds: [
      { citation: '164.312(b)(3)(i)', basis: 'quoted', title: 'The technology asset does not support encryption, and a written plan to migrate to one that does exists' },
      { citation: '164.312(b)(3)(ii)', basis: 'quoted', title: 'A request by the individual under the right of access (164.524)' },
      { citation: '164.312(b)(3)(iii)', basis: 'quoted', title: 'An emergency' },
      { citation: '164.312(b)(3)(iv)', basis: 'quoted', title: 'A medical device authorized for marketing by the FDA' },
    ],
    compensatingControls: { citation: '164.312(b)(4)', basis: 'quoted', description: 'Compensating controls reviewed at least once every 12 months or on change.' },
  },
  {
    id: 'mfa-exceptions',
    title: 'Exceptions to multi-factor authentication',
    proposedCitation: { citation: '164.312(f)(2)(iii)', basis: 'quoted' },
    requirements: ['mfa', 'mfa-privilege-change'],
    grounds: [
      { citation: '164.312(f)(2)(iii)(A)', basis: 'quoted', title: 'The technology asset does not support MFA, and a written plan to migrate to one that does exists' },
      { citation: '164.312(f)(2)(iii)(B)', basis: 'secondary', checkedAgainst: 'fr-preamble', title: 'An emergency' },
      { citation: '164.312(f)(2)(iii)(C)', basis: 'secondary', checkedAgainst: 'fr-preamble', title: 'A medical device authorized for marketing by the FDA' },
    ],
  },
  {
    id: 'patch-exceptions',
    title: 'Exceptions to patching',
    proposedCitation: { citation: '164.308(a)(4)(ii)(D)', basis: 'quoted' },
    requirements: ['patch-management'],
    grounds: [
      { citation: '164.308(a)(4)(ii)(D)(1)', basis: 'quoted', title: 'No patch is available' },
      { citation: '164.308(a)(4)(ii)(D)(2)', basis: 'quoted', title: 'The only available patch would adversely affect the confidentiality, integrity or availability of ePHI' },
    ],
    compensatingControls: { citation: '164.308(a)(4)(ii)(E)', basis: 'quoted', description: 'Alternative measures, with the exception documented in real time.' },
  },
] as const satisfies readonly ExceptionProvisionData[];

export type ExceptionProvision = (typeof EXCEPTION_PROVISIONS)[number];
export type ExceptionGroundCitation = ExceptionProvision['grounds'][number]['citation'];

/**
 * What the catalog records but a user does not attest: structure, dates, elements whose basis is
 * too weak to stand alone, and a standard whose text was not reached. docs/nprm.md says why.
 */
export const CATALOG_NOTES = [
  {
    id: 'required-vs-addressable',
    title: 'The required/addressable distinction would be removed',
    proposedCitation: { citation: '164.306(c)', basis: 'secondary', checkedAgainst: 'fr-preamble' },
    summary: 'The proposal would collapse the separate paragraphs into one paragraph (c) and remove the distinction between required and addressable implementation specifications, with specific exceptions instead. The current-rule view keeps the distinction because it is the rule in force.',
  },
  {
    id: 'effective-compliance-dates',
    title: 'Effective and compliance dates',
    proposedCitation: { citation: '160.105', basis: 'secondary', checkedAgainst: 'fr-preamble' },
    summary: 'A final rule would take effect 60 days after publication; compliance would follow 45 CFR 160.105, 180 days after the effective date. Transition provisions for business associate agreements are proposed at 164.318.',
  },
  {
    id: 'ba-verification-certification',
    title: 'Written certification by business associates',
    proposedCitation: { citation: '164.308(b), business associate verification', basis: 'unconfirmed' },
    summary: 'Fact-sheet-level sources (weak) add a written certification to the written analysis. phiscan treats it as part of business-associate-verification rather than a requirement of its own: attest the verification once, with the certification as its evidence.',
  },
  {
    id: 'transmission-security',
    title: 'Transmission security',
    proposedCitation: { citation: '164.312, transmission security', basis: 'unconfirmed' },
    summary: 'The proposed standard (recalled as (g)) was not reached, so phiscan neither tests nor asks anyone to attest it. Encryption in transit is proposed 164.312(b)(2), never this standard; the current-rule view still judges 164.312(e) as in force.',
  },
] as const satisfies readonly { readonly id: string; readonly title: string; readonly proposedCitation: ProposedCitation; readonly summary: string }[];
