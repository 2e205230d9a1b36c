/**
 * The HIPAA Security Rule NPRM requirement catalog (HHS OCR, 90 FR 898, 6 January 2025,
 * RIN 0945-AA22), in this project's own words.
 *
 * Ids are stable semantic slugs, not citations: the final rule may renumber paragraphs.
 * A proposed citation carries its basis: `text` (seen in the proposed regulatory text),
 * `quoted` (regulatory text quoted with its citation by a secondary source), `secondary`
 * (secondary summaries only), `unconfirmed` (paragraph not confirmed: cite the section and
 * standard instead). The current-rule citation is what is in force today.
 */

export type CitationBasis = 'text' | 'quoted' | 'secondary' | 'unconfirmed';
export type CloudEvidence = 'direct' | 'partial' | 'none';

export interface Period {
  readonly every?: string;
  readonly within?: string;
  readonly description: string;
}

export interface RequirementData {
  readonly id: string;
  readonly title: string;
  readonly proposedCitation: { readonly citation: string; readonly basis: CitationBasis };
  readonly currentCitation: string | null;
  readonly periods: readonly Period[];
  readonly cloudEvidence: CloudEvidence;
  readonly summary: string;
}

export const CATALOG_META = {
  version: '2026.11.0',
  asOf: '2026-11-24',
  document: 'HIPAA Security Rule To Strengthen the Cybersecurity of Electronic Protected Health Information (NPRM)',
  federalRegister: '90 FR 898 (6 January 2025), FR Doc. 2024-30983',
  rin: '0945-AA22',
  status: 'proposed',
  statusNote:
    'A proposed rule only: the current Security Rule (45 CFR 164.302-318) stays in force until a final rule takes effect. Findings are NPRM-aligned, not determinations of a HIPAA violation.',
} as const;

export const REQUIREMENTS = [
  {
    id: 'asset-inventory',
    title: 'Technology asset inventory',
    proposedCitation: { citation: '164.308(a)(1)(ii)(A)', basis: 'text' },
    currentCitation: null,
    periods: [{ every: '12 months', description: 'Review and update the inventory at least every 12 months and when the environment or operations change.' }],
    cloudEvidence: 'partial',
    summary: 'Keep a written inventory of every technology asset that creates, receives, keeps or sends ePHI, with its identity, version, accountable person and location.',
  },
  {
    id: 'network-map',
    title: 'Network map',
    proposedCitation: { citation: '164.308(a)(1)(ii)(B)', basis: 'text' },
    currentCitation: null,
    periods: [{ every: '12 months', description: 'Review and update the map at least every 12 months and when the environment or operations change.' }],
    cloudEvidence: 'partial',
    summary: 'Keep a map of how ePHI moves through, enters and leaves the information systems, and how those systems are reached from outside.',
  },
  {
    id: 'risk-analysis',
    title: 'Written risk analysis',
    proposedCitation: { citation: '164.308, risk analysis standard', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(1)(ii)(A)',
    periods: [{ every: '12 months', description: 'Written; reviewed at least annually.' }],
    cloudEvidence: 'none',
    summary: 'Perform and document an accurate and thorough assessment of risks to ePHI, based on the asset inventory and network map.',
  },
  {
    id: 'patch-management',
    title: 'Patch management',
    proposedCitation: { citation: '164.308, patch management', basis: 'unconfirmed' },
    currentCitation: null,
    periods: [{ within: '15 days', description: 'Critical-risk patches applied within 15 calendar days (secondary sources); other severities per policy.' }],
    cloudEvidence: 'partial',
    summary: 'Apply patches and updates to relevant electronic information systems within defined time frames based on risk.',
  },
  {
    id: 'vulnerability-scanning',
    title: 'Vulnerability scanning',
    proposedCitation: { citation: '164.312(h)(2)(i)', basis: 'quoted' },
    currentCitation: null,
    periods: [
      { every: '6 months', description: 'Automated vulnerability scans at least every six months.' },
      { every: '12 months', description: 'Review and test the effectiveness of the scanning tool at least every 12 months.' },
    ],
    cloudEvidence: 'partial',
    summary: 'Run automated vulnerability scans of relevant electronic information systems and act on what they find.',
  },
  {
    id: 'penetration-testing',
    title: 'Penetration testing',
    proposedCitation: { citation: '164.312(h)(2)(iii)', basis: 'quoted' },
    currentCitation: null,
    periods: [{ every: '12 months', description: 'At least every 12 months, by a qualified person.' }],
    cloudEvidence: 'none',
    summary: 'Have a qualified person test the security of relevant electronic information systems by attempting to defeat their controls.',
  },
  {
    id: 'encryption-at-rest',
    title: 'Encryption of ePHI at rest',
    proposedCitation: { citation: '164.312, encryption and decryption standard', basis: 'unconfirmed' },
    currentCitation: '164.312(a)(2)(iv)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Encrypt all ePHI at rest with strong, current cryptography, subject to limited exceptions.',
  },
  {
    id: 'encryption-in-transit',
    title: 'Encryption of ePHI in transit',
    proposedCitation: { citation: '164.312, transmission security standard', basis: 'unconfirmed' },
    currentCitation: '164.312(e)(2)(ii)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Encrypt all ePHI in transit over electronic communications networks, subject to limited exceptions.',
  },
  {
    id: 'mfa',
    title: 'Multi-factor authentication',
    proposedCitation: { citation: '164.312, multi-factor authentication', basis: 'unconfirmed' },
    currentCitation: '164.312(d)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Require multi-factor authentication for access to relevant electronic information systems, including for actions that change a user\'s privileges, subject to limited exceptions.',
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
    proposedCitation: { citation: '164.312(a)(2)(vi)', basis: 'secondary' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Segment networks so that a compromise of one part does not expose the systems that hold ePHI.',
  },
  {
    id: 'configuration-management',
    title: 'Configuration management',
    proposedCitation: { citation: '164.312, configuration management', basis: 'unconfirmed' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Establish and keep secure baseline configurations for relevant electronic information systems.',
  },
  {
    id: 'anti-malware',
    title: 'Anti-malware protection',
    proposedCitation: { citation: '164.312, anti-malware', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(5)(ii)(B)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Deploy anti-malware protection on relevant electronic information systems.',
  },
  {
    id: 'remove-extraneous-software',
    title: 'Removal of extraneous software',
    proposedCitation: { citation: '164.312, configuration management', basis: 'unconfirmed' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Remove software that the information systems do not need.',
  },
  {
    id: 'disable-unused-ports',
    title: 'Disable unused network ports',
    proposedCitation: { citation: '164.312, configuration management', basis: 'unconfirmed' },
    currentCitation: null,
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Disable network ports and services that the information systems do not need, in line with the risk analysis.',
  },
  {
    id: 'audit-logging',
    title: 'Audit trail and system log controls',
    proposedCitation: { citation: '164.312, audit controls', basis: 'unconfirmed' },
    currentCitation: '164.312(b)',
    periods: [],
    cloudEvidence: 'direct',
    summary: 'Record and keep activity in relevant electronic information systems so that it can be reviewed.',
  },
  {
    id: 'integrity',
    title: 'Integrity of ePHI',
    proposedCitation: { citation: '164.312, integrity standard', basis: 'unconfirmed' },
    currentCitation: '164.312(c)(1)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Protect ePHI from improper alteration or destruction and be able to tell when it happened.',
  },
  {
    id: 'backup-separation',
    title: 'Separate technical controls for backup and recovery',
    proposedCitation: { citation: '164.308, contingency plan standard', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(7)(ii)(A)',
    periods: [],
    cloudEvidence: 'partial',
    summary: 'Keep backups of ePHI under technical controls separate from those of the production systems, so one compromise cannot destroy both.',
  },
  {
    id: 'system-restore-72h',
    title: 'Restore critical systems within 72 hours',
    proposedCitation: { citation: '164.308, contingency plan standard', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(7)(ii)(B)',
    periods: [{ within: '72 hours', description: 'Restore relevant electronic information systems and data within 72 hours of a loss.' }],
    cloudEvidence: 'partial',
    summary: 'Be able to restore critical electronic information systems and data within 72 hours.',
  },
  {
    id: 'criticality-analysis',
    title: 'Criticality analysis',
    proposedCitation: { citation: '164.308, contingency plan standard', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(7)(ii)(E)',
    periods: [],
    cloudEvidence: 'none',
    summary: 'Decide which systems and data are critical and in what order to restore them.',
  },
  {
    id: 'incident-response',
    title: 'Security incident response plans',
    proposedCitation: { citation: '164.308, security incident procedures', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(6)(ii)',
    periods: [{ every: '12 months', description: 'Written plans reviewed and tested at least every 12 months.' }],
    cloudEvidence: 'none',
    summary: 'Write down how security incidents are reported and handled, and test those plans.',
  },
  {
    id: 'workforce-termination-1h',
    title: 'End access within one hour of termination',
    proposedCitation: { citation: '164.308, workforce security', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(3)(ii)(C)',
    periods: [{ within: '1 hour', description: 'Access ended no later than one hour after a workforce member\'s employment ends.' }],
    cloudEvidence: 'partial',
    summary: 'End a departing workforce member\'s access within one hour; long-lived and unused credentials make that hard to prove.',
  },
  {
    id: 'access-change-notice-24h',
    title: 'Notice of access changes within 24 hours',
    proposedCitation: { citation: '164.308, workforce security', basis: 'unconfirmed' },
    currentCitation: null,
    periods: [{ within: '24 hours', description: 'Notify other regulated entities within 24 hours when a workforce member\'s access changes or ends.' }],
    cloudEvidence: 'none',
    summary: 'Tell the other regulated entities concerned within 24 hours when a workforce member\'s access to their ePHI changes or ends.',
  },
  {
    id: 'security-awareness-training',
    title: 'Security awareness training',
    proposedCitation: { citation: '164.308, security awareness training', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(5)',
    periods: [{ within: '30 days', description: 'New workforce members trained within 30 days of access.' }],
    cloudEvidence: 'none',
    summary: 'Train the workforce on security, including new members soon after they gain access.',
  },
  {
    id: 'compliance-audit',
    title: 'Compliance audit',
    proposedCitation: { citation: '164.308, evaluation / compliance audit', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(8)',
    periods: [{ every: '12 months', description: 'Audit compliance with the Security Rule at least every 12 months.' }],
    cloudEvidence: 'none',
    summary: 'Audit compliance with the Security Rule regularly; scan reports with run metadata form part of the evidence.',
  },
  {
    id: 'business-associate-verification',
    title: 'Business associate verification',
    proposedCitation: { citation: '164.308(b), business associate contracts', basis: 'unconfirmed' },
    currentCitation: '164.308(b)(1)',
    periods: [{ every: '12 months', description: 'Written verification of business associates\' technical safeguards (cadence per secondary sources).' }],
    cloudEvidence: 'none',
    summary: 'Obtain written verification that business associates have deployed the required technical safeguards.',
  },
  {
    id: 'contingency-activation-notice-24h',
    title: 'Notice of contingency plan activation within 24 hours',
    proposedCitation: { citation: '164.314, organizational requirements', basis: 'unconfirmed' },
    currentCitation: null,
    periods: [{ within: '24 hours', description: 'A business associate tells the covered entity within 24 hours of activating its contingency plan.' }],
    cloudEvidence: 'none',
    summary: 'Business associates and subcontractors give notice within 24 hours when they activate their contingency plans.',
  },
  {
    id: 'review-and-testing',
    title: 'Review and testing of safeguards',
    proposedCitation: { citation: '164.308, evaluation', basis: 'unconfirmed' },
    currentCitation: '164.308(a)(8)',
    periods: [{ every: '12 months', description: 'Review and test policies and technical controls at least every 12 months.' }],
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
    summary: 'Keep every policy, procedure, plan and analysis in writing.',
  },
] as const satisfies readonly RequirementData[];

export type RequirementId = (typeof REQUIREMENTS)[number]['id'];
export type Requirement = RequirementData & { readonly id: RequirementId };
