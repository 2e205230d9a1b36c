import { ALL_CHECKS } from '../checks/index.js';
import { pdfText } from '../reports/pdf/text.js';
import { renderPdf } from '../reports/pdf/render.js';
import { evaluateAttestations, scopeUnitsOf } from '../src/attest/evaluate.js';
import { buildViews } from '../src/engine/views.js';
import type { Finding } from '../src/model/finding.js';
import { REPORT_SCHEMA_VERSION, type ScanReport } from '../src/model/report.js';
import { REQUIREMENTS, reportCatalog } from '../src/nprm/catalog.js';

const FINDINGS = 20_000;
const ACCOUNTS = 50;

/** A synthetic report: 20,000 findings over every check (a third failing) across 50 accounts, one attestation per requirement. */
function syntheticReport(): ScanReport {
  const checks = ALL_CHECKS.map((c) => c.meta);
  const findings: Finding[] = [];
  for (let i = 0; i < FINDINGS; i++) {
    const m = checks[i % checks.length]!;
    const account = String(100000000000 + (i % ACCOUNTS));
    findings.push({
      checkId: m.id,
      status: i % 3 === 0 ? 'fail' : i % 7 === 0 ? 'not_assessed' : 'pass',
      severity: m.severity,
      requirements: m.requirements,
      resource: { id: `arn:aws:s3:::bucket-${i}`, type: m.resourceTypes[0] ?? 'aws.s3.bucket', provider: 'aws', name: `bucket-${i}`, account, region: 'us-east-1', source: { kind: 'live', api: 'bench' } },
      ephi: i % 2 === 0,
      message: `synthetic finding ${i} for ${m.id}`,
      evidence: [{ path: 'config.encryption', observed: { algorithm: 'AES256', kmsKeyId: null } }],
      remediation: m.remediation.summary,
      fingerprint: `fp-${i}`,
    });
  }
  const units = scopeUnitsOf(findings.map((f) => ({ provider: f.resource.provider, account: f.resource.account })));
  const attestations = evaluateAttestations({ attestations: REQUIREMENTS.map((r, i) => ({ requirement: r.id, performed: `2026-0${(i % 9) + 1}-15`, attestedBy: 'Bench Owner', evidence: `https://evidence.example.org/${r.id}` })) }, 'bench.yaml', '2026-11-25', units);
  const views = buildViews({ checks, findings, attestations: attestations.byRequirement });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'phiscan', version: '0.1.0' },
    catalog: reportCatalog(),
    run: { command: 'bench', startedAt: '2026-11-25T00:00:00.000Z', finishedAt: '2026-11-25T00:00:00.000Z', inputs: [{ kind: 'aws', scope: units.map((u) => u.account) }], identities: [], options: { failOn: 'info', checks: [], skipChecks: [], requirements: [], strict: false } },
    summary: { resources: FINDINGS, findings: { fail: 0, excepted: 0, not_assessed: 0, pass: 0 }, failuresBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, suppressed: 0, notApplicable: 0, gaps: 0, coverage: 'complete', views: views.counts },
    requirements: views.requirements,
    currentRule: views.currentRule,
    attestations: attestations.section,
    checks,
    resources: [],
    findings,
    gaps: [],
  };
}

/** PDF rendering of a large report (the per-check cap bounds the listed findings) and the text sanitizer. */
export function run(): Promise<Record<string, number | string>> {
  const report = syntheticReport();
  const started = performance.now();
  const pdf = renderPdf(report);
  const renderMs = Math.round(performance.now() - started);
  const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  const long = `患者 ${'x'.repeat(1_000_000)}`;
  const t0 = performance.now();
  pdfText(long, 1_000_000);
  const sanitizeMs = Math.round(performance.now() - t0);
  return Promise.resolve({ findings: FINDINGS, failing: report.findings.filter((f) => f.status === 'fail').length, render_ms: renderMs, pages, bytes: pdf.length, sanitize_1M_chars_ms: sanitizeMs });
}
