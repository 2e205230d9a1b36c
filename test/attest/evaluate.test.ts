import { describe, expect, it } from 'vitest';
import { attestationPeriod, evaluateAttestations, expectsAttestation, scopeUnitsOf } from '../../src/attest/evaluate.js';
import type { Attestation } from '../../src/attest/file.js';
import { combineStatus } from '../../src/engine/views.js';
import type { RequirementAttestation } from '../../src/model/report.js';
import { allRequirements, requirement } from '../../src/nprm/index.js';

const base = { attestedBy: 'Dana Reyes', evidence: 'https://tickets.example.org/SEC-1' };
const ALL = scopeUnitsOf([]);
function judge(attestations: Attestation[], runDate: string, units = ALL) {
  return evaluateAttestations({ attestations }, 'a.yaml', runDate, units);
}

describe('attestation periods', () => {
  it('come from the catalog: 6 months for vulnerability scanning, 12 for penetration testing', () => {
    expect(attestationPeriod(requirement('vulnerability-scanning'))).toEqual({ duration: { amount: 6, unit: 'month' }, source: 'catalog' });
    expect(attestationPeriod(requirement('penetration-testing'))).toEqual({ duration: { amount: 12, unit: 'month' }, source: 'catalog' });
    expect(attestationPeriod(requirement('system-restore-72h'))).toEqual({ duration: { amount: 12, unit: 'month' }, source: 'annual-review' });
  });

  it('process requirements expect an attestation; directly configurable ones do not', () => {
    expect(expectsAttestation(requirement('penetration-testing'))).toBe(true);
    expect(expectsAttestation(requirement('vulnerability-scanning'))).toBe(true);
    expect(expectsAttestation(requirement('encryption-at-rest'))).toBe(false);
    expect(allRequirements().filter((r) => r.cloudEvidence === 'none' && !r.appliesTo).every(expectsAttestation)).toBe(true);
    expect(attestationPeriod(requirement('restore-testing'))).toEqual({ duration: { amount: 1, unit: 'month' }, source: 'catalog' });
  });

  it('a requirement that binds only some entities (group health plans) may be attested, but is never expected', () => {
    expect(expectsAttestation(requirement('group-health-plan'))).toBe(false);
    const { byRequirement } = judge([], '2026-11-25');
    expect(byRequirement.has('group-health-plan')).toBe(false);
    expect(byRequirement.get('contingency-plan')).toMatchObject({ status: 'not_assessed', expected: true });
  });
});

describe('attestation status on the run date', () => {
  const scan = (performed: string): Attestation => ({ ...base, requirement: 'vulnerability-scanning', performed });

  it('passes through the due date itself (exactly 6 months) and fails the day after, overdue since the due date', () => {
    const onDue = judge([scan('2026-01-15')], '2026-07-15').byRequirement.get('vulnerability-scanning');
    expect(onDue).toMatchObject({ status: 'pass', dueDate: '2026-07-15', lastPerformed: '2026-01-15', owner: 'Dana Reyes' });
    const after = judge([scan('2026-01-15')], '2026-07-16').byRequirement.get('vulnerability-scanning');
    expect(after).toMatchObject({ status: 'fail', overdueSince: '2026-07-15' });
    expect(after?.message).toMatch(/^overdue since 2026-07-15/);
  });

  it('month-end and leap-day due dates', () => {
    expect(judge([scan('2026-08-31')], '2027-02-28').byRequirement.get('vulnerability-scanning')?.status).toBe('pass');
    expect(judge([scan('2026-08-31')], '2027-03-01').byRequirement.get('vulnerability-scanning')?.status).toBe('fail');
    const pen = (performed: string): Attestation => ({ ...base, requirement: 'penetration-testing', performed });
    expect(judge([pen('2024-02-29')], '2025-02-28').byRequirement.get('penetration-testing')).toMatchObject({ status: 'pass', dueDate: '2025-02-28' });
    expect(judge([pen('2024-02-29')], '2025-03-01').byRequirement.get('penetration-testing')).toMatchObject({ status: 'fail', overdueSince: '2025-02-28' });
  });

  it('a missing attestation is not assessed, never a pass; an overdue one is never a pass', () => {
    const r = judge([scan('2020-01-01')], '2026-11-25');
    for (const [id, a] of r.byRequirement) {
      if (id === 'vulnerability-scanning') expect(a.status).toBe('fail');
      else {
        expect(a.status, id).toBe('not_assessed');
        expect(a.message).toBe('no attestation');
      }
    }
    // Combined with configuration that passes, neither becomes a pass.
    const overdue = r.byRequirement.get('vulnerability-scanning');
    const missing = r.byRequirement.get('penetration-testing');
    expect(combineStatus('pass', overdue)).toBe('fail');
    expect(combineStatus('pass', missing)).toBe('not_assessed');
    expect(combineStatus('not-assessable-by-configuration', missing)).toBe('not_assessed');
  });

  it('the latest attestation counts; older ones are superseded', () => {
    const r = judge([scan('2025-01-10'), scan('2026-10-01')], '2026-11-25');
    expect(r.byRequirement.get('vulnerability-scanning')).toMatchObject({ status: 'pass', lastPerformed: '2026-10-01', dueDate: '2027-04-01' });
    expect(r.section.entries.map((e) => e.state)).toEqual(['superseded', 'current']);
  });

  it('scope: every account, subscription and project scanned needs its own current attestation', () => {
    const units = scopeUnitsOf([
      { provider: 'aws', account: '111122223333' },
      { provider: 'aws', account: '444455556666' },
      { provider: 'gcp', account: 'phi-prod' },
    ]);
    const scoped = (performed: string, scope: Attestation['scope']): Attestation => ({ ...scan(performed), ...(scope ? { scope } : {}) });
    const partial = judge([scoped('2026-10-01', { accounts: ['111122223333'], projects: ['phi-prod'] })], '2026-11-25', units).byRequirement.get('vulnerability-scanning');
    expect(partial).toMatchObject({ status: 'not_assessed', uncovered: ['aws:444455556666'] });
    expect(partial?.message).toBe('no attestation for aws account 444455556666');
    const renewed = judge([scoped('2025-01-01', { accounts: ['444455556666'] }), scoped('2026-10-01', undefined)], '2026-11-25', units);
    // The later unscoped attestation covers 444455556666 too, so the old scoped one is superseded.
    expect(renewed.byRequirement.get('vulnerability-scanning')?.status).toBe('pass');
    expect(renewed.section.entries.map((e) => e.state)).toEqual(['superseded', 'current']);
    const stale = judge([scoped('2025-01-01', undefined), scoped('2026-10-01', { accounts: ['111122223333'], projects: ['phi-prod'] })], '2026-11-25', units);
    expect(stale.byRequirement.get('vulnerability-scanning')).toMatchObject({ status: 'fail', overdueSince: '2025-07-01' });
    const elsewhere = judge([scoped('2026-10-01', { subscriptions: ['0000'] })], '2026-11-25', units);
    expect(elsewhere.section.entries[0]?.state).toBe('out-of-scope');
    expect(elsewhere.byRequirement.get('vulnerability-scanning')?.status).toBe('not_assessed');
  });

  it('optional attestations on configurable requirements are judged only when present', () => {
    const r = judge([{ ...base, requirement: 'emergency-access', performed: '2026-06-01' }], '2026-11-25');
    expect(r.byRequirement.get('emergency-access')).toMatchObject({ status: 'pass', expected: false, period: '12 months', periodSource: 'annual-review' });
    expect(r.byRequirement.has('encryption-at-rest')).toBe(false);
  });

  it('combines with cloud evidence: both needed for pass', () => {
    const ok: RequirementAttestation = judge([scan('2026-10-01')], '2026-11-25').byRequirement.get('vulnerability-scanning')!;
    expect(combineStatus('pass', ok)).toBe('pass');
    expect(combineStatus('fail', ok)).toBe('fail');
    expect(combineStatus('not_assessed', ok)).toBe('not_assessed');
    expect(combineStatus('no-resources', ok)).toBe('pass');
    expect(combineStatus('pass', undefined)).toBe('pass');
  });
});
