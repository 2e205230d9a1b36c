import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { evaluateAttestations } from '../../src/attest/evaluate.js';
import type { CheckMeta } from '../../src/engine/check-api.js';
import { buildViews } from '../../src/engine/views.js';
import type { Finding, Status } from '../../src/model/finding.js';
import type { CurrentRuleSummary, RequirementSummary } from '../../src/model/report.js';

/**
 * The current-rule view judged on the current rule (issue 24, section 2) and process
 * requirements that only attestations satisfy (section 4), on the real check metadata.
 */
const meta = (id: string): CheckMeta => {
  const c = ALL_CHECKS.find((x) => x.meta.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c.meta;
};
const finding = (checkId: string, status: Status, resource = 'r'): Finding => ({
  checkId,
  status,
  severity: 'high',
  requirements: meta(checkId).requirements,
  resource: { id: resource, type: 'aws.s3.bucket', provider: 'aws', name: resource, account: '111122223333', region: 'us-east-1', source: { kind: 'live', api: 'test' } },
  ephi: true,
  message: status,
  evidence: [],
  remediation: '',
  fingerprint: `${checkId}:${resource}`,
});
const views = (findings: readonly Finding[], attestations?: Parameters<typeof buildViews>[0]['attestations']) =>
  buildViews({ checks: [...new Set(findings.map((f) => f.checkId))].map(meta), findings, attestations });
const item = (v: ReturnType<typeof views>, citation: string): CurrentRuleSummary => {
  const i = v.currentRule.find((x) => x.citation === citation);
  if (!i) throw new Error(citation);
  return i;
};
const requirement = (v: ReturnType<typeof views>, id: string): RequirementSummary => {
  const r = v.requirements.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('current-rule view: NPRM-only obligations never fail the rule in force', () => {
  it('164.312(d) is not failed by missing MFA (the current rule does not require MFA)', () => {
    const v = views([finding('aws-iam-user-console-mfa', 'fail'), finding('azure-entra-tenant-mfa-all-users', 'fail'), finding('aws-iam-root-account-mfa', 'fail')]);
    expect(requirement(v, 'mfa').status).toBe('fail');
    const d = item(v, '164.312(d)');
    expect(d.status).not.toBe('fail');
    expect(d.checkIds).toEqual([]);
    expect(d.supportingCheckIds).toEqual(['aws-iam-root-account-mfa', 'aws-iam-user-console-mfa', 'azure-entra-tenant-mfa-all-users']);
    expect(d.supportingCounts.fail).toBe(3);
  });

  it('164.312(a)(2)(iv) is not failed by customer-managed-key checks: provider-managed encryption passes it', () => {
    const v = views([
      finding('aws-s3-bucket-encrypted-at-rest', 'pass'),
      finding('aws-s3-bucket-ephi-customer-managed-key', 'fail'),
      finding('aws-s3-bucket-kms-encryption', 'fail'),
      finding('azure-storage-account-cmk', 'fail', 'acct'),
      finding('azure-storage-account-encrypted-at-rest', 'pass', 'acct'),
    ]);
    expect(requirement(v, 'encryption-at-rest').status).toBe('pass');
    expect(requirement(v, 'key-management').status).toBe('fail');
    const enc = item(v, '164.312(a)(2)(iv)');
    expect(enc).toMatchObject({ status: 'pass', checkIds: ['aws-s3-bucket-encrypted-at-rest', 'azure-storage-account-encrypted-at-rest'] });
    expect(enc.supportingCheckIds).toContain('aws-s3-bucket-ephi-customer-managed-key');
    // Key management is reported, but is not NPRM readiness.
    expect(Object.values(v.counts.nprm).reduce((a, b) => a + b, 0)).toBe(v.requirements.length - 1);
  });

  it('164.308(a)(8) is not failed by an audit older than the NPRM\'s 12 months (the current rule sets no period)', () => {
    const units = [{ provider: 'aws' as const, account: '111122223333' }];
    const { byRequirement } = evaluateAttestations({ attestations: [{ requirement: 'compliance-audit', performed: '2025-06-01', attestedBy: 'Internal audit', evidence: 'x' }] }, 'a.yaml', '2026-11-25', units);
    const v = views([], byRequirement);
    expect(requirement(v, 'compliance-audit').status).toBe('fail');
    const evaluation = item(v, '164.308(a)(8)');
    expect(evaluation.status).toBe('not_assessed');
    expect(evaluation.statusNote).toContain('compliance-audit: last performed 2025-06-01');
    expect(evaluation.statusNote).toContain('the current rule sets no fixed period');
    // An audit in date satisfies it.
    const fresh = evaluateAttestations({ attestations: [{ requirement: 'compliance-audit', performed: '2026-06-01', attestedBy: 'Internal audit', evidence: 'x' }] }, 'a.yaml', '2026-11-25', units);
    expect(item(views([], fresh.byRequirement), '164.308(a)(8)')).toMatchObject({ status: 'pass', statusNote: null });
  });

  it('a failing addressable item says so, distinct from a failing required item; an addressable failure leaves its standard open, not failed', () => {
    const v = views([finding('aws-ec2-volume-encrypted', 'fail'), finding('aws-cloudtrail-trail-logging', 'fail', 'trail'), finding('aws-s3-bucket-deny-insecure-transport', 'pass')]);
    expect(item(v, '164.312(a)(2)(iv)')).toMatchObject({ status: 'fail', statusNote: 'addressable: implement, or document why an equivalent alternative is reasonable' });
    expect(item(v, '164.312(b)')).toMatchObject({ status: 'fail', statusNote: 'required: the evidence shows it is not met' });
    const accessControl = item(v, '164.312(a)(1)');
    expect(accessControl.status).not.toBe('fail');
    expect(accessControl.statusNote).toContain('164.312(a)(2)(iv) fails (addressable');
  });

  it('network exposure and TLS versions support the current rule without deciding it', () => {
    const v = views([finding('aws-ec2-sg-no-public-admin-ports', 'fail'), finding('aws-elbv2-listener-modern-tls-policy', 'fail', 'lb')]);
    expect(item(v, '164.312(a)(1)').supportingCheckIds).toContain('aws-ec2-sg-no-public-admin-ports');
    expect(item(v, '164.312(e)(2)(ii)')).toMatchObject({ status: 'no-checks', supportingCheckIds: ['aws-elbv2-listener-modern-tls-policy'] });
  });
});

describe('process requirements never pass from configuration', () => {
  const policy = meta('azure-policy-subscription-hipaa-assignment');
  const asRiskAnalysis: CheckMeta = { ...policy, id: 'x-policy-as-risk-analysis', requirements: ['risk-analysis'] };

  it('a HIPAA policy assignment is configuration-management evidence, not a risk analysis', () => {
    expect(policy.requirements).toEqual(['configuration-management']);
    const v = views([finding('azure-policy-subscription-hipaa-assignment', 'pass')]);
    expect(requirement(v, 'risk-analysis').status).toBe('not-assessable-by-configuration');
    expect(requirement(v, 'configuration-management').status).toBe('pass');
  });

  it('a passing check mapped to a process requirement is supporting evidence; only an attestation in date passes it', () => {
    const f = { ...finding('azure-policy-subscription-hipaa-assignment', 'pass'), checkId: asRiskAnalysis.id, requirements: asRiskAnalysis.requirements };
    const bare = buildViews({ checks: [asRiskAnalysis], findings: [f] });
    expect(requirement(bare, 'risk-analysis')).toMatchObject({ status: 'not-assessable-by-configuration', checkIds: [], supportingCheckIds: [asRiskAnalysis.id], supportingCounts: { pass: 1, fail: 0 } });
    const units = [{ provider: 'aws' as const, account: '111122223333' }];
    const attested = evaluateAttestations({ attestations: [{ requirement: 'risk-analysis', performed: '2026-03-01', attestedBy: 'CISO', evidence: 'x' }] }, 'a.yaml', '2026-11-25', units);
    expect(requirement(buildViews({ checks: [asRiskAnalysis], findings: [f], attestations: attested.byRequirement }), 'risk-analysis').status).toBe('pass');
    // Failing supporting evidence does not fail it either: the attestation decides.
    const failing = { ...f, status: 'fail' as const };
    expect(requirement(buildViews({ checks: [asRiskAnalysis], findings: [failing], attestations: attested.byRequirement }), 'risk-analysis').status).toBe('pass');
  });
});

describe('excepted findings in the views', () => {
  it('a requirement whose only failures are excepted is "excepted", not pass; a real failure still fails it', () => {
    const exception = { requirement: 'encryption-at-rest' as const, ground: '164.312(b)(3)(i)', groundTitle: 'g', compensatingControl: 'c', owner: 'o', reviewBy: '2027-01-01', entry: 1 };
    const excepted: Finding = { ...finding('aws-ec2-volume-encrypted', 'excepted'), exception };
    const v = views([excepted, finding('aws-ec2-volume-encrypted', 'pass', 'other')]);
    expect(requirement(v, 'encryption-at-rest')).toMatchObject({ status: 'excepted', counts: { excepted: 1, pass: 1, fail: 0 } });
    expect(item(v, '164.312(a)(2)(iv)').status).toBe('excepted');
    const w = views([excepted, finding('aws-ec2-volume-encrypted', 'fail', 'other')]);
    expect(requirement(w, 'encryption-at-rest').status).toBe('fail');
  });
});
