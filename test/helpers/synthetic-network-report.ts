/**
 * A large, deterministic ScanReport for reporter tests and benchmarks: AWS accounts with VPCs,
 * subnets, security groups and workloads, findings from the real AWS check metadata, and
 * (optionally) resources, findings and gaps carrying hostile strings.
 */
import { ALL_CHECKS } from '../../checks/index.js';
import type { CheckMeta } from '../../src/engine/check-api.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import { countByStatus, failuresBySeverity } from '../../src/engine/report.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import type { Finding, Status } from '../../src/model/finding.js';
import { REPORT_SCHEMA_VERSION, type InventoryEntry, type ScanReport } from '../../src/model/report.js';
import { buildViews } from '../../src/engine/views.js';
import type { ResourceType } from '../../src/model/resource.js';
import { reportCatalog } from '../../src/nprm/catalog.js';

/** Each sets `window.__pwned` if it ever runs; tests assert it never does. */
export const HOSTILE = {
  name: '</script><script>window.__pwned=1</script><!--',
  tag: '<img src=x onerror="window.__pwned=2;alert(2)">',
  id: 'arn:aws:ec2:us-east-1:000000000000:instance/i-"><svg onload=window.__pwned=3>',
  message: 'value was </script><script>window.__pwned=4</script>',
  evidence: '<iframe srcdoc="<script>parent.__pwned=5</script>">',
  gap: '<img src=x onerror=window.__pwned=6> access denied',
} as const;

const WORKLOAD_TYPES: readonly ResourceType[] = ['aws.ec2.instance', 'aws.rds.instance', 'aws.s3.bucket', 'aws.ec2.volume', 'aws.ec2.security-group'];
const REGIONS = ['us-east-1', 'us-west-2'];
/** One finding is suppressed, as a config file would. */
export const SUPPRESSED_AT = 7;
export const SUPPRESSION = { reason: 'accepted risk: legacy workload', source: 'config', owner: 'sec-team', expires: '2027-06-30' } as const;
const STATUS_CYCLE: readonly Status[] = ['fail', 'pass', 'pass', 'fail', 'not_assessed', 'pass', 'fail'];

export interface SyntheticOptions {
  readonly findings: number;
  readonly accounts?: number;
  readonly hostile?: boolean;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function syntheticReport(options: SyntheticOptions): ScanReport {
  const accounts = options.accounts ?? 5;
  const checks = ALL_CHECKS.map((c) => c.meta).filter((m) => m.provider === 'aws');
  const checksFor = new Map<string, CheckMeta[]>(WORKLOAD_TYPES.map((t) => [t, checks.filter((m) => (m.resourceTypes as readonly string[]).includes(t))]));
  const resources: InventoryEntry[] = [];
  const findings: Finding[] = [];
  const live = { kind: 'live', api: 'config:BatchGetResourceConfig' } as const;
  const entry = (e: Omit<InventoryEntry, 'provider' | 'source' | 'owner' | 'tags'> & { tags?: Record<string, string> }): InventoryEntry => {
    const full: InventoryEntry = { provider: 'aws', owner: e.tags?.owner ?? null, source: live, ...e, tags: e.tags ?? {} };
    resources.push(full);
    return full;
  };
  const addFindings = (r: InventoryEntry, seq: number) => {
    for (const [k, m] of (checksFor.get(r.type) ?? []).entries()) {
      if (findings.length >= options.findings) return;
      const status = STATUS_CYCLE[(seq + k) % STATUS_CYCLE.length] ?? 'pass';
      findings.push({
        checkId: m.id,
        status,
        severity: r.ephi && m.ephiSeverity ? m.ephiSeverity : m.severity,
        requirements: m.requirements,
        resource: { id: r.id, type: r.type, provider: 'aws', name: r.name, account: r.account ?? undefined, region: r.region ?? undefined, source: live },
        ephi: r.ephi,
        message: status === 'pass' ? 'configured as required' : status === 'fail' ? `${m.title.toLowerCase()}: not configured` : 'the value could not be read',
        evidence: [{ path: `config.${m.service}.setting${k % 4}`, observed: status === 'pass', ...(status === 'not_assessed' ? { unknown: true as const, observed: null } : {}) }],
        remediation: m.remediation.summary,
        fingerprint: findingFingerprint(m.id, r.id),
        ...(findings.length === SUPPRESSED_AT ? { suppression: SUPPRESSION } : {}),
      });
    }
  };

  let seq = 0;
  outer: for (let round = 0; ; round++) {
    for (let a = 0; a < accounts; a++) {
      const account = String(100000000000 + a);
      const region = REGIONS[round % REGIONS.length] ?? 'us-east-1';
      const arn = (kind: string, id: string) => `arn:aws:ec2:${region}:${account}:${kind}/${id}`;
      const vpcId = `vpc-${a}-${round}`;
      const subnets = [`subnet-${a}-${round}-a`, `subnet-${a}-${round}-b`];
      if (round < 4) {
        // A few networks per account; later rounds add workloads into them.
        entry({ id: arn('vpc', vpcId), type: 'aws.ec2.vpc', name: `vpc ${a}.${round}`, account, region, ephi: false });
        for (const s of subnets) entry({ id: arn('subnet', s), type: 'aws.ec2.subnet', name: s, account, region, ephi: false, network: { networkId: vpcId, publicAddress: s.endsWith('a') } });
      }
      const net = round % 4;
      const placedVpc = `vpc-${a}-${net}`;
      const placedSubnet = `subnet-${a}-${net}-${round % 2 === 0 ? 'a' : 'b'}`;
      for (const type of WORKLOAD_TYPES) {
        seq++;
        const id = type === 'aws.s3.bucket' ? `arn:aws:s3:::bucket-${a}-${round}` : arn(type.split('.').pop() ?? 'x', `${type.split('.')[2] ?? 'r'}-${a}-${round}`);
        const ephi = seq % 3 === 0;
        const inNetwork = type !== 'aws.s3.bucket' && type !== 'aws.ec2.volume';
        const r = entry({
          id,
          type,
          name: `${type.split('.').pop() ?? 'r'}-${a}-${round}`,
          account,
          region,
          ephi,
          tags: ephi ? { phi: 'true', owner: `team-${a}` } : { owner: `team-${a}` },
          ...(inNetwork ? { network: type === 'aws.ec2.security-group' ? { networkId: placedVpc } : { networkId: placedVpc, subnetIds: [placedSubnet], publicAddress: seq % 7 === 0 } } : {}),
        });
        addFindings(r, seq);
        if (findings.length >= options.findings) break outer;
      }
    }
  }

  const gaps: CoverageGap[] = [{ provider: 'aws', service: 'backup', operation: 'ListBackupPlans', account: '100000000000', region: 'us-east-1', resourceTypes: ['aws.backup.plan'], reason: 'access-denied', errorCode: 'AccessDeniedException', message: 'not authorized to perform backup:ListBackupPlans' }];

  if (options.hostile) {
    const r = entry({
      id: HOSTILE.id,
      type: 'aws.ec2.instance',
      name: HOSTILE.name,
      account: '000000000000',
      region: 'us-east-1',
      ephi: true,
      tags: { note: HOSTILE.tag, [HOSTILE.tag]: HOSTILE.name },
      network: { networkId: 'vpc-<b>hostile</b>', subnetIds: ['subnet-"hostile'], securityGroupIds: ['sg-</script>'], publicAddress: true },
    });
    const m = checksFor.get('aws.ec2.instance')?.[0];
    if (m) {
      findings.push({
        checkId: m.id,
        status: 'fail',
        severity: 'critical',
        requirements: m.requirements,
        resource: { id: r.id, type: r.type, provider: 'aws', name: r.name, account: '000000000000', region: 'us-east-1', source: live },
        ephi: true,
        message: HOSTILE.message,
        evidence: [{ path: 'tags.note', observed: HOSTILE.evidence }],
        remediation: `${m.remediation.summary} ${HOSTILE.tag}`,
        fingerprint: findingFingerprint(m.id, r.id),
      });
    }
    gaps.push({ provider: 'aws', service: 'ec2', operation: '<b>DescribeInstances</b>', account: '000000000000', region: 'us-east-1', resourceTypes: ['aws.ec2.instance'], reason: 'access-denied', errorCode: HOSTILE.tag, message: HOSTILE.gap });
  }

  resources.sort((x, y) => compare(x.id, y.id));
  findings.sort((x, y) => compare(x.checkId, y.checkId) || compare(x.resource.id, y.resource.id));
  const used = new Set(findings.map((f) => f.checkId));
  const usedChecks = checks.filter((m) => used.has(m.id));
  const views = buildViews({ checks: usedChecks, findings });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'phiscan', version: '0.1.0' },
    catalog: reportCatalog(),
    run: {
      command: 'scan',
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:01:00.000Z',
      inputs: [{ kind: 'aws', scope: Array.from({ length: accounts }, (_, a) => String(100000000000 + a)) }],
      identities: ['arn:aws:iam::100000000000:role/phiscan-audit'],
      options: { failOn: 'info', checks: [], skipChecks: [], requirements: [], strict: false },
    },
    summary: {
      resources: resources.length,
      findings: countByStatus(findings),
      failuresBySeverity: failuresBySeverity(findings),
      suppressed: findings.filter((f) => f.suppression).length,
      notApplicable: 0,
      gaps: gaps.length,
      coverage: 'partial',
      views: views.counts,
    },
    requirements: views.requirements,
    currentRule: views.currentRule,
    checks: usedChecks,
    resources,
    findings,
    gaps,
  };
}

