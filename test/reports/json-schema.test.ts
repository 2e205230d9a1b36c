import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { phiscan } from '../helpers/cli.js';
import schema from '../../reports/json/schema.json' with { type: 'json' };
import type { ScanReport } from '../../src/model/report.js';
import { syntheticReport } from '../helpers/synthetic-report.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function compile(s: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(s);
}
const validate = compile(schema);
const errors = (doc: unknown, v = validate) => (v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`));

/**
 * Every optional key made required, recursively: a fixture of this type must set every field
 * of the TypeScript contract, so adding a field to ScanReport breaks this file until the
 * fixture (and, through the checks below, the schema) has it.
 */
type Full<T> = T extends readonly (infer U)[] ? readonly Full<U>[] : T extends string | number | boolean | null ? T : { readonly [K in keyof T]-?: Full<Exclude<T[K], undefined>> };

const live = { kind: 'live', api: 'config:BatchGetResourceConfig' } as const;
const iac = {
  kind: 'iac',
  format: 'terraform-plan',
  file: 'infra/main.tf',
  endLine: 9,
  snippet: 'resource "aws_s3_bucket" "phi" {\n}',
  line: 3,
  address: 'module.data.aws_s3_bucket.phi',
  constructPath: 'stack/phi',
  moduleCall: { file: 'modules/app/main.tf', line: 4 },
  moduleCalls: [{ file: 'main.tf', line: 1 }, { file: 'modules/app/main.tf', line: 4 }],
  joined: [{ address: 'module.data.aws_s3_bucket_versioning.phi', file: 'infra/main.tf', line: 9 }],
  defaulted: ['config.versioning'],
  suppressions: [{ checkId: 'aws-s3-bucket-versioning', reason: 'tested' }],
} as const;

const FULL: Full<ScanReport> = {
  schemaVersion: '1.3.0',
  tool: { name: 'phiscan', version: '0.1.0' },
  catalog: { version: '2026.12.0', asOf: '2026-12-06', rin: '0945-AA22', federalRegister: '90 FR 898', status: 'proposed', statusNote: 'proposed', effectiveDate: 'e', complianceDate: 'c' },
  run: {
    command: 'scan',
    startedAt: '2026-09-21T14:13:20.000Z',
    finishedAt: '2026-09-21T14:13:21.000Z',
    inputs: [{ kind: 'aws', scope: ['111122223333'] }],
    identities: ['arn:aws:iam::111122223333:role/scanner'],
    options: { failOn: 'high', checks: ['a'], skipChecks: ['b'], requirements: ['mfa'], strict: true },
    shard: { index: 1, count: 2 },
    checksDigest: 'a'.repeat(64),
    config: { path: 'phiscan.yaml', sha256: 'b'.repeat(64) },
    suppressions: { path: 'phiscan-suppressions.yaml', sha256: 'c'.repeat(64), entries: 2, expired: ['#1 aws-s3-bucket-kms-encryption'], unmatched: [] },
    timeout: { limitMs: 900000, expired: false },
    baseline: { startedAt: '2026-09-20T14:13:20.000Z', new: 1, unchanged: 0, updated: 0, absent: 2 },
    merged: { reports: 2, shards: { count: 2, indices: [1, 2] } },
  },
  summary: { resources: 1, findings: { fail: 0, excepted: 2, not_assessed: 0, pass: 0 }, failuresBySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 }, suppressed: 1, notApplicable: 0, gaps: 1, coverage: 'partial',
    views: {
      nprm: { fail: 1, not_assessed: 0, 'no-checks': 0, 'not-assessable-by-configuration': 0, excepted: 0, pass: 0, 'no-resources': 0 },
      currentRule: { fail: 1, not_assessed: 0, 'no-checks': 0, 'not-assessable-by-configuration': 0, excepted: 0, pass: 0, 'no-resources': 0 },
    },
  },
  requirements: [
    {
      id: 'encryption-at-rest',
      title: 'Encryption of ePHI at rest',
      proposedCitation: { citation: '164.312(b)(2)', basis: 'secondary', checkedAgainst: 'fr-preamble' },
      currentCitation: '164.312(a)(2)(iv)',
      periods: [{ every: '12 months', within: '72 hours', description: 'd', basis: 'quoted', checkedAgainst: 'fr-preamble' }],
      cloudEvidence: 'direct',
      summary: 's',
      appliesTo: 'group health plans',
      status: 'fail',
      configStatus: 'fail',
      checkIds: ['aws-s3-bucket-kms-encryption'],
      counts: { fail: 1, excepted: 0, not_assessed: 0, pass: 0 },
      supportingCheckIds: ['aws-ec2-ebs-encryption-by-default'],
      supportingCounts: { fail: 0, excepted: 0, not_assessed: 0, pass: 1 },
      attestation: {
        status: 'fail',
        expected: false,
        message: 'overdue since 2026-09-02',
        period: '12 months',
        periodSource: 'catalog',
        lastPerformed: '2025-09-02',
        dueDate: '2026-09-02',
        overdueSince: '2026-09-02',
        owner: 'security@example.org',
        entries: [0],
        uncovered: ['aws/111122223333'],
      },
    },
  ],
  currentRule: [
    {
      id: '164.312(a)(2)(iv)',
      citation: '45 CFR 164.312(a)(2)(iv)',
      title: 'Encryption and decryption',
      safeguard: 'technical',
      kind: 'implementation-specification',
      designation: 'addressable',
      standard: '164.312(a)(1)',
      related: ['encryption-at-rest'],
      attestedBy: ['encryption-at-rest'],
      cloudEvidence: 'direct',
      note: 'n',
      status: 'fail',
      statusNote: 'addressable: implement, or document why an equivalent alternative is reasonable',
      checkIds: ['aws-s3-bucket-kms-encryption'],
      counts: { fail: 1, excepted: 0, not_assessed: 0, pass: 0 },
      supportingCheckIds: ['aws-s3-bucket-ephi-customer-managed-key'],
      supportingCounts: { fail: 1, excepted: 0, not_assessed: 0, pass: 0 },
      attestation: { status: 'not_assessed', message: 'encryption-at-rest: last performed 2025-09-02' },
    },
  ],
  attestations: {
    file: 'phiscan-attestations.yaml',
    asOf: '2026-09-21',
    scopeUnits: ['aws/111122223333'],
    entries: [
      {
        requirement: 'encryption-at-rest',
        performed: '2025-09-02',
        attestedBy: 'auditor',
        owner: 'security@example.org',
        evidence: 'https://tickets.example.org/1',
        scope: { accounts: ['111122223333'], subscriptions: [], projects: [] },
        note: 'n',
        period: '12 months',
        dueDate: '2026-09-02',
        state: 'overdue',
      },
    ],
    exceptions: [
      {
        requirement: 'encryption-at-rest',
        ground: '164.312(b)(3)(i)',
        groundTitle: 'g',
        resources: ['arn:aws:s3:::phi'],
        scope: { accounts: ['111122223333'], subscriptions: [], projects: [] },
        checks: ['aws-s3-bucket-kms-encryption'],
        compensatingControl: 'c',
        owner: 'o',
        reviewBy: '2027-01-01',
        note: 'n',
        state: 'active',
        findings: 2,
      },
    ],
  },
  checks: [
    {
      id: 'aws-s3-bucket-kms-encryption',
      aliases: ['aws-s3-kms'],
      title: 'S3 bucket encrypts with a customer-managed KMS key',
      severity: 'medium',
      ephiSeverity: 'high',
      provider: 'aws',
      service: 's3',
      resourceTypes: ['aws.s3.bucket'],
      requirements: ['encryption-at-rest'],
      currentRule: ['45 CFR 164.312(a)(2)(iv)'],
      currentRuleSupport: ['45 CFR 164.312(e)(1)'],
      rationale: 'r',
      remediation: { summary: 's', console: 'c', cli: 'c', terraform: 't' },
      references: ['https://docs.aws.amazon.com/'],
      defaultOptions: { x: 1 },
      helpUri: 'https://wiki.example.org/checks/aws-s3-bucket-kms-encryption',
      custom: { file: 'checks/kms.mjs', sha256: 'd'.repeat(64) },
    },
  ],
  resources: [
    {
      id: 'arn:aws:s3:::phi',
      type: 'aws.s3.bucket',
      provider: 'aws',
      name: 'phi',
      account: '111122223333',
      region: 'us-east-1',
      tags: { phi: 'true' },
      ephi: true,
      owner: 'team',
      source: iac,
      network: { networkId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'], publicAddress: false, peers: ['pcx-1'] },
      checks: 7,
    },
    { id: 'arn:aws:s3:::other', type: 'aws.s3.bucket', provider: 'aws', name: 'other', account: null, region: null, tags: null, ephi: false, owner: null, source: live, network: { networkId: 'vpc-2', subnetIds: [], securityGroupIds: [], publicAddress: true, peers: [] }, checks: 0 },
    // A managed resource phiscan has no canonical type for: inventoried, never judged.
    { id: 'terraform:kubernetes_namespace.phi', type: 'iac.unmapped', provider: 'other', name: 'phi', account: null, region: null, tags: {}, ephi: false, owner: null, source: iac, network: { networkId: 'vpc-1', subnetIds: [], securityGroupIds: [], publicAddress: false, peers: [] }, checks: 0 },
  ],
  findings: [
    {
      checkId: 'aws-s3-bucket-kms-encryption',
      status: 'excepted',
      severity: 'high',
      requirements: ['encryption-at-rest'],
      resource: { id: 'arn:aws:s3:::phi', type: 'aws.s3.bucket', provider: 'aws', name: 'phi', account: '111122223333', region: 'us-east-1', source: iac },
      ephi: true,
      message: 'm',
      evidence: [{ path: 'config.encryption', observed: { a: [1, 'x', null, true] }, unknown: true }],
      remediation: 'r',
      fingerprint: '0123456789abcdef0123456789abcdef',
      suppression: { reason: 'accepted', source: 'config', owner: 'sec', expires: '2027-01-01' },
      exception: { requirement: 'encryption-at-rest', ground: '164.312(b)(3)(i)', groundTitle: 'g', compensatingControl: 'c', owner: 'o', reviewBy: '2027-01-01', entry: 1 },
      baselineState: 'new',
    },
    {
      checkId: 'aws-s3-bucket-kms-encryption',
      status: 'excepted',
      severity: 'medium',
      requirements: ['encryption-at-rest'],
      resource: { id: 'aws/1/us-west-2/aws.s3.bucket/*', type: 'aws.s3.bucket', provider: 'aws', name: 'scope', account: '1', region: 'us-west-2', source: { kind: 'scope' } },
      ephi: false,
      message: 'could not be read',
      evidence: [],
      remediation: 'r',
      fingerprint: 'fedcba9876543210fedcba9876543210',
      suppression: { reason: 'r', source: 'inline', owner: 'o', expires: 'e' },
      exception: { requirement: 'encryption-at-rest', ground: '164.312(b)(3)(i)', groundTitle: 'g', compensatingControl: 'c', owner: 'o', reviewBy: '2027-01-01', entry: 1 },
      baselineState: 'unchanged',
    },
  ],
  gaps: [{ provider: 'aws', service: 's3', operation: 'GetBucketPolicy', account: '1', region: 'us-west-2', resourceTypes: ['aws.s3.bucket'], reason: 'access-denied', errorCode: 'AccessDenied', message: 'm' }],
};

/** The schema with every declared property required: the full fixture must then still validate. */
function allRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allRequired);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    out[k] = k === 'properties' && v && typeof v === 'object' ? Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([p, s]) => [p, allRequired(s)])) : allRequired(v);
  }
  if (out.properties && typeof out.properties === 'object' && (node as { type?: unknown }).type !== undefined) out.required = Object.keys(out.properties);
  return out;
}

describe('JSON report schema', () => {
  it('validates the demo report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phiscan-schema-'));
    const r = await phiscan(['demo', '-q', '-o', dir]);
    expect(r.code, r.stderr).toBe(1);
    expect(errors(JSON.parse(readFileSync(join(dir, 'phiscan.json'), 'utf8')))).toEqual([]);
  }, 120_000);

  it('validates a synthetic report with IaC sources, suppressions and gaps', () => {
    expect(errors(JSON.parse(JSON.stringify(syntheticReport({ findings: 200, hostile: true, gaps: 2 }))))).toEqual([]);
  });

  it('declares every field of the TypeScript contract, and nothing else', () => {
    const doc = JSON.parse(JSON.stringify(FULL)) as unknown;
    // additionalProperties:false everywhere: a field missing from the schema fails here.
    expect(errors(doc)).toEqual([]);
    // Every schema property required: a schema field the type lacks fails here.
    expect(errors(doc, compile(allRequired(schema) as object))).toEqual([]);
  });

  it('rejects reports that break the contract', () => {
    const bad = JSON.parse(JSON.stringify(FULL)) as { findings: { status: string; extra?: boolean }[]; schemaVersion: string };
    bad.findings[0]!.status = 'passed';
    bad.findings[0]!.extra = true;
    const e = errors(bad);
    expect(e.some((x) => x.startsWith('/findings/0/status'))).toBe(true);
    expect(e.some((x) => x.includes('additionalProperty') && x.includes('extra'))).toBe(true);
  });

  it('ties a finding\'s exception to the excepted status, both ways', () => {
    const doc = JSON.parse(JSON.stringify(FULL)) as { findings: Record<string, unknown>[] };
    doc.findings[0]!.status = 'fail';
    delete doc.findings[1]!.exception;
    const e = errors(doc);
    expect(e.some((x) => x.startsWith('/findings/0 '))).toBe(true);
    expect(e.some((x) => x.startsWith('/findings/1 '))).toBe(true);
  });
});
