/**
 * Deterministic synthetic ScanReports for reporter tests and benchmarks: real check metadata,
 * fabricated resources and findings (live and IaC, suppressed, gaps, hostile strings).
 */
import { ALL_CHECKS } from '../../checks/index.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import { buildReport } from '../../src/engine/report.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import { SEVERITIES, type Finding, type FindingException, type Status, type Suppression } from '../../src/model/finding.js';
import type { ScanReport } from '../../src/model/report.js';
import type { Resource, ResourceSource } from '../../src/model/resource.js';

export const HOSTILE = '<img src=x onerror=alert(1)> | =cmd|\' /C calc\'!A0 `code` **bold** [x](javascript:alert(1)) & "q" \u202e\n# h';

export interface SyntheticOptions {
  readonly findings: number;
  /** Put a hostile string into names, tag values, messages and suppression reasons. */
  readonly hostile?: boolean;
  readonly gaps?: number;
  /** Change messages / drop a slice of failures, to make a "next run" for baseline tests. */
  readonly variant?: 'next';
}

const RUN = {
  command: 'scan',
  startedAt: '2026-09-21T14:13:20.000Z',
  finishedAt: '2026-09-21T14:13:21.000Z',
  inputs: [{ kind: 'aws', scope: ['111122223333'] }, { kind: 'terraform-plan', scope: ['plan.json'] }],
  identities: ['arn:aws:iam::111122223333:role/scanner'],
  options: { failOn: 'info' as const, checks: [], skipChecks: [], requirements: [], strict: false },
};

export function syntheticReport(opts: SyntheticOptions): ScanReport {
  const checks = [...ALL_CHECKS].filter((c) => c.meta.provider === 'aws').sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const resources: Resource[] = [];
  const findings: Finding[] = [];
  const perResource = 3;
  const resourceCount = Math.ceil(opts.findings / perResource);
  const bad = opts.hostile ? ` ${HOSTILE}` : '';
  for (let i = 0; i < resourceCount; i++) {
    const iac = i % 4 === 3;
    const source: ResourceSource = iac
      ? { kind: 'iac', format: 'terraform-plan', file: `modules/store ${i % 7}/main.tf`, line: 10 + (i % 50), address: `module.store.aws_s3_bucket.b${i}`, ...(i % 8 === 7 ? { suppressions: [{ checkId: 'x', reason: `inline reason${bad}` }] } : {}) }
      : { kind: 'live', api: 'config:BatchGetResourceConfig' };
    const id = iac ? `terraform:module.store.aws_s3_bucket.b${i}` : `arn:aws:s3:::bucket-${String(i).padStart(6, '0')}`;
    const r = {
      provider: 'aws',
      type: 'aws.s3.bucket',
      id,
      name: `bucket-${i}${bad}`,
      account: iac ? undefined : '111122223333',
      region: iac ? undefined : ['us-east-1', 'eu-west-1'][i % 2],
      tags: i % 5 === 0 ? undefined : { phi: i % 2 === 0 ? 'true' : 'false', owner: `team-${i % 3}${bad}`, 'cost center': `=1+2${bad}` },
      config: {},
      source,
    } as unknown as Resource;
    resources.push(r);
    for (let k = 0; k < perResource; k++) {
      // Everything derives from the slot, so a "next" variant differs only where it says.
      const slot = i * perResource + k;
      if (slot >= opts.findings) break;
      const check = checks[slot % checks.length]!;
      const base = (['fail', 'not_assessed', 'pass'] as const)[slot % 3]!;
      // Some failing findings fall under a recorded exception (with hostile text when asked).
      const status: Status = base === 'fail' && slot % 13 === 3 ? 'excepted' : base;
      const exception: FindingException | undefined =
        status === 'excepted' ? { requirement: 'encryption-at-rest', ground: '164.312(b)(3)(i)', groundTitle: `legacy asset${bad}`, compensatingControl: `isolated VLAN${bad}`, owner: `imaging${bad}`, reviewBy: '2027-03-31', entry: 1 } : undefined;
      const next = opts.variant === 'next';
      if (next && status === 'fail' && slot % 9 === 0) continue; // not yet failing in the baseline: "new" now
      const renamed = next && status === 'fail' && slot % 11 === 1; // gone since the baseline: "absent"
      const resourceId = renamed ? `${r.id}-old` : r.id;
      const suppression: Suppression | undefined =
        source.kind === 'iac' && i % 8 === 7 ? { reason: `inline reason${bad}`, source: 'inline' } : slot % 17 === 0 ? { reason: `accepted risk${bad}`, source: 'config', owner: 'sec', expires: '2027-01-01' } : undefined;
      findings.push({
        checkId: check.meta.id,
        status,
        severity: SEVERITIES[slot % SEVERITIES.length]!,
        requirements: check.meta.requirements,
        resource: { id: resourceId, type: r.type, provider: r.provider, name: r.name, account: r.account, region: r.region, source: r.source },
        ephi: i % 2 === 0,
        message: `${status === 'fail' ? 'setting is wrong' : status === 'pass' ? 'setting is right' : 'setting could not be read'}${next && slot % 5 === 0 ? ' (changed)' : ''}${bad}`,
        evidence: [{ path: 'config.encryption', observed: status === 'not_assessed' ? null : `aws:kms${bad}`, ...(status === 'not_assessed' ? { unknown: true as const } : {}) }],
        remediation: check.meta.remediation.summary,
        fingerprint: findingFingerprint(check.meta.id, resourceId),
        ...(suppression ? { suppression } : {}),
        ...(exception ? { exception } : {}),
      });
    }
  }
  const gaps: CoverageGap[] = Array.from({ length: opts.gaps ?? 1 }, (_, g) => ({
    provider: 'aws',
    service: 's3',
    operation: 'GetBucketPolicy',
    account: '111122223333',
    region: `us-west-${g + 1}`,
    resourceTypes: ['aws.s3.bucket'],
    reason: 'access-denied',
    errorCode: 'AccessDenied',
    message: `not authorized${bad}`,
  }));
  findings.sort((a, b) => (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : a.resource.id < b.resource.id ? -1 : a.resource.id > b.resource.id ? 1 : 0));
  resources.sort((a, b) => (a.id < b.id ? -1 : 1));
  return buildReport({
    result: { resources, findings, gaps, checks, notApplicable: 0 },
    run: RUN,
    isEphi: (r) => r.tags?.phi === 'true',
  });
}
