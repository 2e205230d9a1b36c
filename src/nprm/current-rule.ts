/**
 * The HIPAA Security Rule as in force today: 45 CFR 164.308 (administrative), 164.310
 * (physical), 164.312 (technical), 164.314 (organizational) and 164.316 (policies, procedures
 * and documentation), every standard and implementation specification with its designation
 * (Required or Addressable, 164.306(d); standards are always required). Text checked against
 * the eCFR as reproduced at https://www.law.cornell.edu/cfr/text/45/164.308 (and .310, .312,
 * .314, .316) and Appendix A to Subpart C.
 *
 * Each item is judged on its own evidence, as the current text reads (docs/nprm.md):
 * - checks whose `currentRule` cites the item: the control they test is the one the text names,
 *   so a failing finding shows the item unmet on that resource;
 * - checks whose `currentRuleSupport` cites it: supporting evidence only (the text leaves the
 *   measure to the entity, or the check tests something stricter, such as MFA or customer-managed
 *   keys); they never decide the item;
 * - attestations of the NPRM requirements in `attestedBy`: the activity the item calls for was
 *   performed. The current rule sets no period for them, so an attestation past phiscan's cycle
 *   is a question for the reviewer (not assessed), never a failure.
 * `related` lists the NPRM counterparts for the reader; they do not decide anything here.
 * Items whose `cloudEvidence` is `none` (policies, procedures, plans) are never decided by checks.
 */
import type { CloudEvidence, RequirementId } from './catalog.js';

export type Safeguard = 'administrative' | 'physical' | 'technical' | 'organizational' | 'documentation';

export interface CurrentRuleItemData {
  readonly id: string;
  /** Paragraph, e.g. `164.308(a)(1)(ii)(A)`. */
  readonly citation: string;
  readonly title: string;
  readonly safeguard: Safeguard;
  readonly kind: 'standard' | 'implementation-specification';
  /** Implementation specifications are Required or Addressable; standards are required. */
  readonly designation: 'required' | 'addressable';
  /** The standard a specification belongs to (its id). */
  readonly standard: string | null;
  /** NPRM counterparts, shown to the reader; they never decide this item. */
  readonly related: readonly RequirementId[];
  /** NPRM requirements whose attestation shows the activity this item calls for was performed. */
  readonly attestedBy: readonly RequirementId[];
  /** `none`: a policy, procedure or plan, decided by attestations only; otherwise checks citing it decide too. */
  readonly cloudEvidence: CloudEvidence;
  readonly note?: string;
}

export const CURRENT_RULE_META = {
  title: 'HIPAA Security Rule, 45 CFR Part 164 Subpart C (164.302-318), as in force',
  asOf: '2026-11-24',
  source: 'eCFR 45 CFR 164.308, 164.310, 164.312, 164.314, 164.316; Appendix A to Subpart C',
} as const;

type Item = CurrentRuleItemData;
interface Evidence {
  readonly related?: readonly RequirementId[];
  readonly attestedBy?: readonly RequirementId[];
  readonly cloudEvidence?: CloudEvidence;
  readonly note?: string;
}
const evidence = (e: Evidence) => ({ related: e.related ?? [], attestedBy: e.attestedBy ?? [], cloudEvidence: e.cloudEvidence ?? 'none', ...(e.note ? { note: e.note } : {}) });
const std = (id: string, citation: string, title: string, safeguard: Safeguard, e: Evidence = {}): Item => ({ id, citation, title, safeguard, kind: 'standard', designation: 'required', standard: null, ...evidence(e) });
const spec = (standard: Item, id: string, citation: string, title: string, designation: 'required' | 'addressable', e: Evidence = {}): Item => ({
  id,
  citation,
  title,
  safeguard: standard.safeguard,
  kind: 'implementation-specification',
  designation,
  standard: standard.id,
  ...evidence(e),
});

const PHYSICAL_NOTE = 'Physical safeguards of cloud data centres are the provider\'s under the shared-responsibility model (its SOC 2 / HITRUST reports); configuration does not show them.';

// 164.308 Administrative safeguards
const smp = std('security-management-process', '164.308(a)(1)(i)', 'Security management process', 'administrative');
const wfs = std('workforce-security', '164.308(a)(3)(i)', 'Workforce security', 'administrative');
const iam = std('information-access-management', '164.308(a)(4)(i)', 'Information access management', 'administrative');
const sat = std('security-awareness-and-training', '164.308(a)(5)(i)', 'Security awareness and training', 'administrative', { related: ['security-awareness-training'], attestedBy: ['security-awareness-training'] });
const sip = std('security-incident-procedures', '164.308(a)(6)(i)', 'Security incident procedures', 'administrative', { related: ['incident-response'], attestedBy: ['incident-response'] });
const cp = std('contingency-plan', '164.308(a)(7)(i)', 'Contingency plan', 'administrative', { related: ['contingency-plan'], attestedBy: ['contingency-plan'] });
const bac = std('business-associate-contracts', '164.308(b)(1)', 'Business associate contracts and other arrangements', 'administrative', { related: ['business-associate-verification'] });
// 164.310 Physical safeguards
const fac = std('facility-access-controls', '164.310(a)(1)', 'Facility access controls', 'physical', { note: PHYSICAL_NOTE });
const dmc = std('device-and-media-controls', '164.310(d)(1)', 'Device and media controls', 'physical');
// 164.312 Technical safeguards
const ac = std('access-control', '164.312(a)(1)', 'Access control', 'technical', { related: ['access-control-least-privilege'], cloudEvidence: 'partial' });
const integ = std('integrity', '164.312(c)(1)', 'Integrity', 'technical', { related: ['integrity'], attestedBy: ['integrity'] });
const ts = std('transmission-security', '164.312(e)(1)', 'Transmission security', 'technical', { related: ['encryption-in-transit'], attestedBy: ['encryption-in-transit'], cloudEvidence: 'direct' });
// 164.314 Organizational requirements
const org = std('business-associate-contracts-or-arrangements', '164.314(a)(1)', 'Business associate contracts or other arrangements', 'organizational', { related: ['business-associate-verification', 'contingency-activation-notice-24h'] });
const ghp = std('group-health-plans', '164.314(b)(1)', 'Requirements for group health plans', 'organizational', { related: ['group-health-plan'], note: 'Applies to group health plans only.' });
// 164.316 Policies and procedures and documentation requirements
const doc = std('documentation', '164.316(b)(1)', 'Documentation', 'documentation', { related: ['written-documentation'], attestedBy: ['written-documentation'] });

export const CURRENT_RULE = [
  smp,
  spec(smp, 'risk-analysis', '164.308(a)(1)(ii)(A)', 'Risk analysis', 'required', { related: ['risk-analysis', 'asset-inventory', 'network-map'], attestedBy: ['risk-analysis'] }),
  spec(smp, 'risk-management', '164.308(a)(1)(ii)(B)', 'Risk management', 'required', {
    related: ['patch-management', 'patch-install-controls', 'vulnerability-scanning', 'penetration-testing', 'configuration-management', 'secure-configuration', 'remove-extraneous-software', 'disable-unused-ports', 'network-segmentation'],
  }),
  spec(smp, 'sanction-policy', '164.308(a)(1)(ii)(C)', 'Sanction policy', 'required'),
  spec(smp, 'information-system-activity-review', '164.308(a)(1)(ii)(D)', 'Information system activity review', 'required', { related: ['audit-logging'] }),
  std('assigned-security-responsibility', '164.308(a)(2)', 'Assigned security responsibility', 'administrative'),
  wfs,
  spec(wfs, 'authorization-and-supervision', '164.308(a)(3)(ii)(A)', 'Authorization and/or supervision', 'addressable', { related: ['access-control-least-privilege'] }),
  spec(wfs, 'workforce-clearance-procedure', '164.308(a)(3)(ii)(B)', 'Workforce clearance procedure', 'addressable'),
  spec(wfs, 'termination-procedures', '164.308(a)(3)(ii)(C)', 'Termination procedures', 'addressable', { related: ['workforce-termination-1h', 'access-change-notice-24h'], attestedBy: ['workforce-termination-1h'] }),
  iam,
  spec(iam, 'isolating-clearinghouse-functions', '164.308(a)(4)(ii)(A)', 'Isolating health care clearinghouse functions', 'required', { note: 'Applies only to a health care clearinghouse that is part of a larger organization.' }),
  spec(iam, 'access-authorization', '164.308(a)(4)(ii)(B)', 'Access authorization', 'addressable', { related: ['access-control-least-privilege'] }),
  spec(iam, 'access-establishment-and-modification', '164.308(a)(4)(ii)(C)', 'Access establishment and modification', 'addressable', { related: ['access-control-least-privilege', 'privileged-identity-separation', 'access-change-notice-24h'] }),
  sat,
  spec(sat, 'security-reminders', '164.308(a)(5)(ii)(A)', 'Security reminders', 'addressable', { related: ['security-awareness-training'] }),
  spec(sat, 'protection-from-malicious-software', '164.308(a)(5)(ii)(B)', 'Protection from malicious software', 'addressable', { related: ['anti-malware'], attestedBy: ['anti-malware'] }),
  spec(sat, 'log-in-monitoring', '164.308(a)(5)(ii)(C)', 'Log-in monitoring', 'addressable', { related: ['audit-logging'] }),
  spec(sat, 'password-management', '164.308(a)(5)(ii)(D)', 'Password management', 'addressable', { related: ['authentication'], cloudEvidence: 'partial' }),
  sip,
  spec(sip, 'response-and-reporting', '164.308(a)(6)(ii)', 'Response and reporting', 'required', { related: ['incident-response'], attestedBy: ['incident-response'] }),
  cp,
  spec(cp, 'data-backup-plan', '164.308(a)(7)(ii)(A)', 'Data backup plan', 'required', { related: ['backup-procedures', 'data-backup-48h', 'backup-separation'], attestedBy: ['backup-procedures', 'data-backup-48h'], cloudEvidence: 'partial' }),
  spec(cp, 'disaster-recovery-plan', '164.308(a)(7)(ii)(B)', 'Disaster recovery plan', 'required', { related: ['system-restore-72h'], attestedBy: ['system-restore-72h'] }),
  spec(cp, 'emergency-mode-operation-plan', '164.308(a)(7)(ii)(C)', 'Emergency mode operation plan', 'required', { related: ['contingency-plan'], attestedBy: ['contingency-plan'] }),
  spec(cp, 'testing-and-revision-procedures', '164.308(a)(7)(ii)(D)', 'Testing and revision procedures', 'addressable', {
    related: ['contingency-plan-testing', 'restore-testing', 'system-backup-testing'],
    attestedBy: ['contingency-plan-testing', 'restore-testing', 'system-backup-testing'],
  }),
  spec(cp, 'applications-and-data-criticality-analysis', '164.308(a)(7)(ii)(E)', 'Applications and data criticality analysis', 'addressable', { related: ['criticality-analysis'], attestedBy: ['criticality-analysis'] }),
  std('evaluation', '164.308(a)(8)', 'Evaluation', 'administrative', { related: ['evaluation', 'compliance-audit', 'review-and-testing'], attestedBy: ['evaluation', 'compliance-audit', 'review-and-testing'] }),
  bac,
  spec(bac, 'written-contract-or-other-arrangement', '164.308(b)(3)', 'Written contract or other arrangement', 'required', { related: ['business-associate-verification'] }),

  fac,
  spec(fac, 'contingency-operations', '164.310(a)(2)(i)', 'Contingency operations', 'addressable', { note: PHYSICAL_NOTE }),
  spec(fac, 'facility-security-plan', '164.310(a)(2)(ii)', 'Facility security plan', 'addressable', { note: PHYSICAL_NOTE }),
  spec(fac, 'access-control-and-validation-procedures', '164.310(a)(2)(iii)', 'Access control and validation procedures', 'addressable', { note: PHYSICAL_NOTE }),
  spec(fac, 'maintenance-records', '164.310(a)(2)(iv)', 'Maintenance records', 'addressable', { note: PHYSICAL_NOTE }),
  std('workstation-use', '164.310(b)', 'Workstation use', 'physical'),
  std('workstation-security', '164.310(c)', 'Workstation security', 'physical'),
  dmc,
  spec(dmc, 'disposal', '164.310(d)(2)(i)', 'Disposal', 'required'),
  spec(dmc, 'media-re-use', '164.310(d)(2)(ii)', 'Media re-use', 'required'),
  spec(dmc, 'accountability', '164.310(d)(2)(iii)', 'Accountability', 'addressable', { related: ['asset-inventory'] }),
  spec(dmc, 'data-backup-and-storage', '164.310(d)(2)(iv)', 'Data backup and storage', 'addressable', { related: ['backup-procedures'] }),

  ac,
  spec(ac, 'unique-user-identification', '164.312(a)(2)(i)', 'Unique user identification', 'required', { related: ['unique-identification'], cloudEvidence: 'partial' }),
  spec(ac, 'emergency-access-procedure', '164.312(a)(2)(ii)', 'Emergency access procedure', 'required', { related: ['emergency-access'], attestedBy: ['emergency-access'] }),
  spec(ac, 'automatic-logoff', '164.312(a)(2)(iii)', 'Automatic logoff', 'addressable', { cloudEvidence: 'partial' }),
  spec(ac, 'encryption-and-decryption', '164.312(a)(2)(iv)', 'Encryption and decryption', 'addressable', { related: ['encryption-at-rest'], attestedBy: ['encryption-at-rest'], cloudEvidence: 'direct' }),
  std('audit-controls', '164.312(b)', 'Audit controls', 'technical', { related: ['audit-logging'], attestedBy: ['audit-logging'], cloudEvidence: 'direct' }),
  integ,
  spec(integ, 'mechanism-to-authenticate-ephi', '164.312(c)(2)', 'Mechanism to authenticate electronic protected health information', 'addressable', { related: ['integrity'], cloudEvidence: 'partial' }),
  std('person-or-entity-authentication', '164.312(d)', 'Person or entity authentication', 'technical', { related: ['authentication', 'mfa'], attestedBy: ['authentication'], cloudEvidence: 'partial' }),
  ts,
  spec(ts, 'transmission-integrity-controls', '164.312(e)(2)(i)', 'Integrity controls', 'addressable', { related: ['encryption-in-transit'], cloudEvidence: 'partial' }),
  spec(ts, 'transmission-encryption', '164.312(e)(2)(ii)', 'Encryption', 'addressable', { related: ['encryption-in-transit'], attestedBy: ['encryption-in-transit'], cloudEvidence: 'direct' }),

  org,
  spec(org, 'business-associate-contract-terms', '164.314(a)(2)(i)', 'Business associate contracts', 'required', { related: ['business-associate-verification', 'contingency-activation-notice-24h'] }),
  spec(org, 'other-arrangements', '164.314(a)(2)(ii)', 'Other arrangements', 'required', { note: 'Applies when the covered entity and its business associate are both government entities.' }),
  spec(org, 'subcontractor-contracts', '164.314(a)(2)(iii)', 'Business associate contracts with subcontractors', 'required', { related: ['business-associate-verification'] }),
  ghp,
  spec(ghp, 'group-health-plan-specifications', '164.314(b)(2)', 'Group health plan documents', 'required', { related: ['group-health-plan'], note: 'Applies to group health plans only.' }),

  std('policies-and-procedures', '164.316(a)', 'Policies and procedures', 'documentation', { related: ['written-documentation'], attestedBy: ['written-documentation'] }),
  doc,
  spec(doc, 'documentation-time-limit', '164.316(b)(2)(i)', 'Time limit (retain 6 years)', 'required'),
  spec(doc, 'documentation-availability', '164.316(b)(2)(ii)', 'Availability', 'required'),
  spec(doc, 'documentation-updates', '164.316(b)(2)(iii)', 'Updates', 'required', { related: ['review-and-testing'], attestedBy: ['review-and-testing'] }),
] as const satisfies readonly CurrentRuleItemData[];

export type CurrentRuleItem = CurrentRuleItemData;

export function currentRuleItems(): readonly CurrentRuleItem[] {
  return CURRENT_RULE;
}

/** "45 CFR 164.312(a)(2)(iv) (Addressable)". */
export function formatCurrentRuleCitation(item: CurrentRuleItem): string {
  const d = item.kind === 'standard' ? 'Standard' : item.designation === 'required' ? 'Required' : 'Addressable';
  return `45 CFR ${item.citation} (${d})`;
}

/** The item a check's `currentRule` citation ("45 CFR 164.312(b)") names, if any. */
export function currentRuleItemForCitation(citation: string): CurrentRuleItem | undefined {
  const bare = citation.replace(/^45 CFR\s+/, '').trim();
  return CURRENT_RULE.find((i) => i.citation === bare) ?? CURRENT_RULE.find((i) => i.kind === 'standard' && i.citation.replace(/\(i\)$/, '') === bare);
}
