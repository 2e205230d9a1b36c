import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { checkDocUrl } from '../../reports/check-docs.js';
import { GITHUB_LIMITS, renderSarif } from '../../reports/sarif/index.js';
import { SCAN_INCOMPLETE_RULE_ID, SECURITY_SEVERITY } from '../../reports/sarif/rules.js';
import { logicalUri } from '../../reports/sarif/locations.js';
import { findingsFromSarif } from '../../reports/sarif/read.js';
import type { Result, SarifLog } from '../../reports/sarif/types.js';
import type { ScanReport } from '../../src/model/report.js';
import type { IacSource, ResourceType } from '../../src/model/resource.js';
import { validateSarif } from '../helpers/sarif-multitool.js';
import { phiscan } from '../helpers/cli.js';
import { HOSTILE, syntheticReport } from '../helpers/synthetic-report.js';

const root = join(import.meta.dirname, '..', '..');
const tmp = () => mkdtempSync(join(tmpdir(), 'phiscan-sarif-test-'));
const cli = (args: string[]) => phiscan(args, { env: { SOURCE_DATE_EPOCH: '1790000000' } });
const parse = (s: string) => JSON.parse(s) as SarifLog;
const NOTES = { sarifNotAssessed: 'note' } as const;
const results = (s: string): readonly Result[] => parse(s).runs[0]!.results;

let demoDir: string;
let demoReport: ScanReport;
let demoSarif: string;

beforeAll(async () => {
  demoDir = tmp();
  const r = await cli(['demo', '-q', '-o', demoDir, '-f', 'json', '-f', 'sarif']);
  expect(r.code, r.stderr).toBe(1);
  demoReport = JSON.parse(readFileSync(join(demoDir, 'phiscan.json'), 'utf8')) as ScanReport;
  demoSarif = readFileSync(join(demoDir, 'phiscan.sarif'), 'utf8');
}, 180_000);

describe('SARIF reporter', () => {
  it('the demo output passes the SARIF Multitool (Gh;Sarif) with zero errors; a broken log does not', () => {
    const v = validateSarif(demoSarif);
    expect(v.errors).toEqual([]);
    // Negative control: the validator really runs the GitHub rules on our file.
    const broken = parse(demoSarif) as unknown as { runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[] };
    delete broken.runs[0]!.tool.driver.rules[0]!.help;
    expect(validateSarif(JSON.stringify(broken)).errors.map((e) => e.ruleId)).toContain('GH2012');
  }, 240_000);

  it('is byte-identical when re-rendered from the JSON report, and on a second demo run', async () => {
    expect(await renderSarif(demoReport)).toBe(demoSarif);
    const again = tmp();
    expect((await cli(['report', '--from', join(demoDir, 'phiscan.json'), '-f', 'sarif', '-o', again])).code).toBe(0);
    expect(readFileSync(join(again, 'phiscan.sarif'), 'utf8')).toBe(demoSarif);
  }, 120_000);

  it('has one rule per check with help, NPRM citations, tags and security-severity', () => {
    const run = parse(demoSarif).runs[0]!;
    const rules = run.tool.driver.rules;
    // The demo has not-assessed findings (MFA held by identity providers phiscan cannot see), so the scan-incomplete rule stands beside the checks'.
    expect(demoReport.summary.findings.not_assessed).toBeGreaterThan(0);
    expect(rules.map((r) => r.id)).toEqual([...demoReport.checks.map((c) => c.id), SCAN_INCOMPLETE_RULE_ID].sort());
    const bucket = rules.find((r) => r.id === 'aws-s3-bucket-encrypted-at-rest')!;
    expect(bucket.shortDescription.text.length).toBeGreaterThan(5);
    expect(bucket.fullDescription.text.length).toBeGreaterThan(20);
    expect(bucket.help.markdown).toContain('proposed 45 CFR 164.312(b)(2) (quoted)');
    expect(bucket.help.markdown).toMatch(/current rule 45 CFR 164\.312\(a\)\(2\)\(iv\)/);
    expect(bucket.help.markdown).toContain('Current Security Rule: evidences 45 CFR 164.312(a)(2)(iv).');
    const cmk = rules.find((r) => r.id === 'aws-s3-bucket-kms-encryption')!;
    expect(cmk.help.markdown).toContain('| not in the NPRM (stricter than the proposal) | no current-rule counterpart |');
    expect(cmk.help.markdown).toContain('Current Security Rule: supports only 45 CFR 164.312(a)(2)(iv).');
    expect(bucket.help.text).toContain('Remediation:');
    const props = bucket.properties as { tags: string[]; 'security-severity': string };
    expect(props.tags).toEqual(expect.arrayContaining(['security', 'aws', 'nprm/encryption-at-rest']));
    for (const r of rules) {
      const p = r.properties as { tags: string[]; 'security-severity': string };
      expect(p.tags.length).toBeLessThanOrEqual(10);
      expect(Number(p['security-severity'])).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
    }
    expect(run.automationDetails.id).toMatch(/^phiscan\/aws\+azure\+gcp\/[0-9a-f]{12}\/$/);
  });

  it('omits passes, reports not-assessed as kind open / level none (--sarif-not-assessed note), and gives live results a logical location', async () => {
    const rs = results(await renderSarif(demoReport, NOTES));
    const reported = demoReport.findings.filter((f) => f.status !== 'pass');
    expect(rs).toHaveLength(reported.length);
    // By default the not-assessed results are left out, and one scan-incomplete result stands for them.
    const byDefault = results(demoSarif);
    expect(byDefault).toHaveLength(reported.length - demoReport.summary.findings.not_assessed + 1);
    expect(byDefault.filter((r) => r.ruleId === SCAN_INCOMPLETE_RULE_ID)).toHaveLength(1);
    expect(parse(demoSarif).runs[0]!.properties.omittedPasses).toBe(demoReport.summary.findings.pass);
    const open = rs.filter((r) => r.kind === 'open');
    expect(open.length).toBe(demoReport.summary.findings.not_assessed);
    expect(open.every((r) => r.level === 'none' && r.message.text.startsWith('Not assessed: '))).toBe(true);
    const fail = rs.find((r) => r.kind === 'fail' && r.ruleId === 'aws-backup-ephi-resource-covered' && r.locations[0]!.physicalLocation.artifactLocation.uri.includes('aws.s3.bucket'))!;
    expect(fail.level).toBe('error');
    expect(fail.locations[0]!.physicalLocation.artifactLocation.uri).toBe('aws/111122223333/us-east-1/aws.s3.bucket/arn:aws:s3:::phi-imaging');
    expect(fail.locations[0]!.logicalLocations[0]).toEqual({ name: 'phi-imaging', fullyQualifiedName: 'arn:aws:s3:::phi-imaging', kind: 'resource' });
    const gcp = rs.find((r) => (r.properties as { provider: string }).provider === 'gcp')!;
    expect(gcp.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^gcp\/phi-demo-prod\/[^/]+\/gcp\.[^/]+\/[a-z]+\.googleapis\.com\/projects\//);
  });

  it('points IaC results at file and line, records suppressions, and keeps fingerprints when lines move', async () => {
    const report = syntheticReport({ findings: 120 });
    const rs = results(await renderSarif(report));
    const iac = rs.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%')!;
    const f = report.findings.find((x) => x.fingerprint === iac.partialFingerprints['phiscanFindingHash/v1'])!;
    expect(f.resource.source.kind).toBe('iac');
    const src = f.resource.source as { file: string; line: number; address: string };
    expect(iac.locations[0]!.physicalLocation.artifactLocation.uri).toBe(src.file.replace(' ', '%20'));
    expect(iac.locations[0]!.physicalLocation.region).toEqual({ startLine: src.line });
    expect(iac.locations[0]!.logicalLocations[1]!.fullyQualifiedName).toBe(src.address);
    expect(iac.partialFingerprints.primaryLocationLineHash).toBe(`${f.fingerprint}:1`);

    const inline = rs.find((r) => r.suppressions?.[0]?.kind === 'inSource')!;
    expect(inline.suppressions![0]!.justification).toMatch(/^inline reason/);
    const external = rs.find((r) => r.suppressions?.[0]?.kind === 'external')!;
    expect(external.suppressions![0]).toMatchObject({ status: 'accepted', justification: 'accepted risk', properties: { source: 'config', owner: 'sec', expires: '2027-01-01' } });

    const moved: ScanReport = {
      ...report,
      findings: report.findings.map((x) => (x.resource.source.kind === 'iac' ? { ...x, resource: { ...x.resource, source: { ...x.resource.source, line: x.resource.source.line + 40 } } } : x)),
    };
    const fps = (s: string) => results(s).map((r) => r.partialFingerprints);
    expect(fps(await renderSarif(moved))).toEqual(fps(await renderSarif(report)));
  });

  it('reports coverage gaps and run metadata in invocations', async () => {
    const log = parse(await renderSarif(syntheticReport({ findings: 30, gaps: 2 })));
    const inv = log.runs[0]!.invocations[0]!;
    expect(inv.startTimeUtc).toBe('2026-09-21T14:13:20.000Z');
    expect(inv.properties).toMatchObject({ command: 'scan', identities: ['arn:aws:iam::111122223333:role/scanner'], coverage: 'partial' });
    const gaps = inv.toolExecutionNotifications.filter((n) => n.descriptor.id === 'coverage-gap');
    expect(gaps).toHaveLength(2);
    expect(gaps[0]!.message.text).toContain('s3:GetBucketPolicy access-denied (AccessDenied)');
    expect(gaps[0]!.message.text).toContain('aws.s3.bucket');
  });

  it('sets baselineState new / unchanged / updated / absent against a JSON or a SARIF baseline', async () => {
    const previous = syntheticReport({ findings: 90, variant: 'next' });
    const current = syntheticReport({ findings: 90 });
    // Not-assessed findings kept as notes, so every status takes part in the comparison.
    for (const baseline of [previous, { findings: findingsFromSarif(parse(await renderSarif(previous, NOTES))) }]) {
      const rs = results(await renderSarif(current, { baseline, ...NOTES }));
      const state = (fp: string) => rs.find((r) => r.partialFingerprints['phiscanFindingHash/v1'] === fp)?.baselineState;
      const prev = new Map(previous.findings.map((f) => [f.fingerprint, f]));
      const counts: Record<string, number> = {};
      for (const f of current.findings.filter((x) => x.status !== 'pass')) {
        const p = prev.get(f.fingerprint);
        const expected = !p || p.status === 'pass' ? 'new' : p.status === f.status && p.message === f.message && p.severity === f.severity ? 'unchanged' : 'updated';
        expect(state(f.fingerprint), f.fingerprint).toBe(expected);
        counts[expected] = (counts[expected] ?? 0) + 1;
      }
      const seen = new Set(current.findings.filter((x) => x.status !== 'pass').map((f) => f.fingerprint));
      const absent = previous.findings.filter((f) => f.status !== 'pass' && !seen.has(f.fingerprint));
      expect(rs.filter((r) => r.baselineState === 'absent').map((r) => r.partialFingerprints['phiscanFindingHash/v1'])).toEqual(absent.map((f) => f.fingerprint));
      expect(Object.keys(counts).sort()).toEqual(['new', 'unchanged', 'updated']);
      expect(absent.length).toBeGreaterThan(0);
    }
  });

  it('gives an absent result of a check that no longer runs a rule of its own', async () => {
    const current = syntheticReport({ findings: 30 });
    const old = current.findings.find((f) => f.status === 'fail')!;
    const retired = { ...old, checkId: 'aws-retired-check', fingerprint: 'f'.repeat(32) };
    const log = parse(await renderSarif(current, { baseline: { findings: [...current.findings, retired] }, ...NOTES }));
    const run = log.runs[0]!;
    const absent = run.results.filter((r) => r.baselineState === 'absent');
    expect(absent.map((r) => r.ruleId)).toEqual(['aws-retired-check']);
    const rule = run.tool.driver.rules[absent[0]!.ruleIndex]!;
    expect(rule.id).toBe('aws-retired-check');
    expect(rule.help.text).toContain('did not run in this scan');
    expect(run.results.filter((r) => r.baselineState !== 'absent').every((r) => r.baselineState === 'unchanged')).toBe(true);
  });

  it('rejects a bad --baseline with one line and exit 2, before scanning', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad.sarif');
    writeFileSync(bad, '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"other"}}}]}');
    for (const file of [bad, join(dir, 'missing.json'), join(root, 'package.json')]) {
      const r = await cli(['report', '--from', join(demoDir, 'phiscan.json'), '-f', 'sarif', '-o', join(dir, 'out'), '--baseline', file]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--baseline');
    }
    const early = await cli(['demo', '-q', '-f', 'sarif', '-o', join(dir, 'demo'), '--baseline', bad]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('not a phiscan SARIF log');
    const ok = await cli(['report', '--from', join(demoDir, 'phiscan.json'), '-f', 'sarif', '-o', join(dir, 'ok'), '--baseline', join(demoDir, 'phiscan.sarif')]);
    expect(ok.code, ok.stderr).toBe(0);
    const compared = results(readFileSync(join(dir, 'ok', 'phiscan.sarif'), 'utf8')).filter((r) => r.ruleId !== SCAN_INCOMPLETE_RULE_ID);
    expect(new Set(compared.map((r) => r.baselineState))).toEqual(new Set(['unchanged']));
  }, 120_000);

  it('keeps the most severe results within the limits and says what it dropped', async () => {
    const report = syntheticReport({ findings: 300 });
    const limits = { ...GITHUB_LIMITS, maxResults: 40 };
    const log = parse(await renderSarif(report, NOTES, limits));
    const rs = log.runs[0]!.results;
    expect(rs).toHaveLength(40);
    // Unsuppressed failures outnumber the limit: every kept result is one, and no dropped one is more severe.
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    const sev = (s: string) => order.indexOf(s);
    const failing = report.findings.filter((f) => f.status === 'fail' && !f.suppression);
    expect(failing.length).toBeGreaterThan(40);
    expect(rs.every((r) => r.kind === 'fail' && !r.suppressions)).toBe(true);
    const kept = new Set(rs.map((r) => r.partialFingerprints['phiscanFindingHash/v1']));
    const worstKept = Math.max(...rs.map((r) => sev((r.properties as { severity: string }).severity)));
    expect(failing.filter((f) => !kept.has(f.fingerprint)).every((f) => sev(f.severity) >= worstKept)).toBe(true);
    expect(failing.filter((f) => sev(f.severity) < worstKept).every((f) => kept.has(f.fingerprint))).toBe(true);
    const note = log.runs[0]!.invocations[0]!.toolExecutionNotifications.find((n) => n.descriptor.id === 'results-truncated')!;
    expect(note.message.text).toMatch(/Kept the 40 most severe of 200 results/);
    // A byte budget shrinks the run until the gzip-compressed file fits (the budget: the 40-result log's size, so it grows with the rules).
    const budget = gzipSync(await renderSarif(report, NOTES, limits)).length;
    const small = await renderSarif(report, NOTES, { ...GITHUB_LIMITS, maxGzipBytes: budget });
    expect(gzipSync(small).length).toBeLessThanOrEqual(budget);
    expect(results(small).length).toBeLessThan(200);
  });

  it('stays within the GitHub limits for a large generated result (40,000 findings)', async () => {
    const sarif = await renderSarif(syntheticReport({ findings: 40_000, hostile: true }), NOTES);
    const run = parse(sarif).runs[0]!;
    expect(run.results).toHaveLength(GITHUB_LIMITS.maxResults);
    expect(gzipSync(sarif).length).toBeLessThan(10 * 1024 * 1024);
    expect(run.results.every((r) => r.locations.length === 1)).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications.some((n) => n.descriptor.id === 'results-truncated')).toBe(true);
  }, 120_000);

  it('a large truncated result with hostile strings passes the SARIF Multitool with zero errors', async () => {
    // 2,000 findings cut to 500 results, so the truncation path is validated too (the 40,000-finding
    // test above covers GitHub's own limits without the multitool, whose CPU grows with the log); by
    // default the not-assessed findings are omitted and one scan-incomplete result stands for them.
    const sarif = await renderSarif(syntheticReport({ findings: 2_000, hostile: true, gaps: 3 }), { baseline: syntheticReport({ findings: 2_000, variant: 'next' }) }, { ...GITHUB_LIMITS, maxResults: 500 });
    expect(results(sarif)).toHaveLength(500);
    expect(results(sarif)[0]!.message.text).toContain('<img src=x onerror=alert(1)>');
    expect(results(sarif).filter((r) => r.ruleId === 'phiscan-scan-incomplete')).toHaveLength(1);
    expect(validateSarif(sarif).errors).toEqual([]);
  }, 300_000);

  it('an empty report is a valid SARIF run with no results', async () => {
    const empty: ScanReport = { ...syntheticReport({ findings: 0, gaps: 0 }), findings: [], resources: [] };
    const sarif = await renderSarif(empty);
    expect(results(sarif)).toEqual([]);
    expect(await renderSarif(empty)).toBe(sarif);
    expect(validateSarif(sarif).errors).toEqual([]);
  }, 120_000);

  it('carries hostile strings as data only', async () => {
    const sarif = await renderSarif(syntheticReport({ findings: 30, hostile: true }));
    expect(() => parse(sarif)).not.toThrow();
    const r = results(sarif)[0]!;
    expect(r.message.text).toContain(HOSTILE.replace(/\s+/g, ' ').trim());
    expect(r.message.markdown).toBeUndefined();
  });
});

describe('SARIF logical locations', () => {
  it('encode ids into stable relative URIs without resolving dot segments', () => {
    const base = { type: 'azure.storage.account' as ResourceType, provider: 'azure', name: 'x', account: 'sub-1', region: 'westeurope', source: { kind: 'live', api: 'arm' } } as const;
    expect(logicalUri({ ...base, id: '/subscriptions/sub-1/resourceGroups/rg 1/providers/Microsoft.Storage/storageAccounts/st#1' })).toBe(
      'azure/sub-1/westeurope/azure.storage.account/subscriptions/sub-1/resourceGroups/rg%201/providers/Microsoft.Storage/storageAccounts/st%231',
    );
    expect(logicalUri({ ...base, id: 'a/../b' })).toBe('azure/sub-1/westeurope/azure.storage.account/a/%2E%2E/b');
    expect(logicalUri({ ...base, account: undefined, region: undefined, id: 'x' })).toBe('azure/-/global/azure.storage.account/x');
    expect(logicalUri({ ...base, id: 'azure/sub-1/*/azure.storage.account/*', source: { kind: 'scope' } })).toBe('azure/sub-1/westeurope/azure.storage.account/*');
  });
});

describe('SARIF details code scanning uses', () => {
  const report = syntheticReport({ findings: 120, gaps: 2 });
  const notAssessed = report.findings.filter((f) => f.status === 'not_assessed');

  it('leaves not-assessed findings out by default, counts them in the run, and keeps one scan-incomplete alert', async () => {
    expect(notAssessed.length).toBeGreaterThan(0);
    const run = parse(await renderSarif(report)).runs[0]!;
    expect(run.results.some((r) => r.kind === 'open' || r.message.text.startsWith('Not assessed'))).toBe(false);
    expect(run.properties.omittedNotAssessed).toBe(notAssessed.length);
    const note = run.invocations[0]!.toolExecutionNotifications.find((n) => n.descriptor.id === 'not-assessed-omitted')!;
    expect(note.message.text).toContain(`Omitted ${notAssessed.length} not-assessed results`);
    expect(run.tool.driver.notifications[note.descriptor.index]!.id).toBe('not-assessed-omitted');
    const incomplete = run.results.filter((r) => r.ruleId === 'phiscan-scan-incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ kind: 'fail', level: 'warning', properties: { notAssessed: notAssessed.length, gaps: 2 } });
    expect(run.tool.driver.rules[incomplete[0]!.ruleIndex]!.id).toBe('phiscan-scan-incomplete');
    // Failing findings are all there.
    expect(run.results.filter((r) => r.kind === 'fail').length - 1).toBe(report.findings.filter((f) => f.status === 'fail').length);
    // One alert per scope, across runs: its fingerprint depends on the scanned scope only.
    const again = parse(await renderSarif({ ...report, findings: report.findings.slice(1) })).runs[0]!.results.find((r) => r.ruleId === 'phiscan-scan-incomplete')!;
    expect(again.partialFingerprints).toEqual(incomplete[0]!.partialFingerprints);
    // Read back as a baseline, it stands for no finding.
    expect(findingsFromSarif(parse(await renderSarif(report))).some((f) => f.checkId === 'phiscan-scan-incomplete')).toBe(false);
  });

  it('a scan that read nothing is not clean: gaps alone give the scan-incomplete alert', async () => {
    const nothing: ScanReport = { ...report, findings: [], resources: [] };
    const rs = results(await renderSarif(nothing));
    expect(rs.map((r) => r.ruleId)).toEqual(['phiscan-scan-incomplete']);
    // A complete scan has none.
    const complete: ScanReport = { ...report, findings: report.findings.filter((f) => f.status !== 'not_assessed'), gaps: [] };
    expect(results(await renderSarif(complete)).some((r) => r.ruleId === 'phiscan-scan-incomplete')).toBe(false);
  });

  it('--sarif-not-assessed note keeps them as kind open / level none, with nothing omitted', async () => {
    const run = parse(await renderSarif(report, { sarifNotAssessed: 'note' })).runs[0]!;
    expect(run.results.filter((r) => r.kind === 'open' && r.level === 'none')).toHaveLength(notAssessed.length);
    expect(run.results.some((r) => r.ruleId === 'phiscan-scan-incomplete')).toBe(false);
    expect(run.properties.omittedNotAssessed).toBe(0);
  });

  it('rates each result by its own severity: an ePHI finding above a non-ePHI one of the same check, the rule at the highest', async () => {
    const check = ALL_CHECKS.map((c) => c.meta).find((m) => m.provider === 'aws' && m.ephiSeverity && m.ephiSeverity !== m.severity)!;
    const base = report.findings.find((f) => f.status === 'fail')!;
    const ephi = { ...base, checkId: check.id, ephi: true, severity: check.ephiSeverity!, fingerprint: 'a'.repeat(32) };
    const plain = { ...base, checkId: check.id, ephi: false, severity: check.severity, fingerprint: 'b'.repeat(32), resource: { ...base.resource, id: `${base.resource.id}-2` } };
    const run = parse(await renderSarif({ ...report, checks: [...report.checks.filter((c) => c.id !== check.id), check], findings: [ephi, plain] })).runs[0]!;
    const sev = (fp: string) => (run.results.find((r) => r.partialFingerprints['phiscanFindingHash/v1'] === fp)!.properties as Record<string, string>)['security-severity'];
    expect(sev(ephi.fingerprint)).toBe(SECURITY_SEVERITY[check.ephiSeverity!]);
    expect(sev(plain.fingerprint)).toBe(SECURITY_SEVERITY[check.severity]);
    expect(Number(sev(ephi.fingerprint))).toBeGreaterThan(Number(sev(plain.fingerprint)));
    const rule = run.tool.driver.rules.find((r) => r.id === check.id)!;
    expect((rule.properties as Record<string, string>)['security-severity']).toBe(SECURITY_SEVERITY[check.ephiSeverity!]);
  });

  it('IaC results carry endLine and the block snippet from the inventory; live results do not', async () => {
    const f = report.findings.find((x) => x.resource.source.kind === 'iac' && x.status === 'fail')!;
    const src = f.resource.source as IacSource;
    const snippet = 'resource "aws_s3_bucket" "b" {\n  bucket = "phi"\n}';
    const withSource: ScanReport = {
      ...report,
      resources: [{ id: f.resource.id, type: f.resource.type, provider: 'aws', name: f.resource.name, account: null, region: null, tags: {}, ephi: true, owner: null, source: { ...src, endLine: src.line + 2, snippet } }],
      findings: report.findings.map((x) => (x.resource.id === f.resource.id ? { ...x, resource: { ...x.resource, source: { ...src, endLine: src.line + 2 } } } : x)),
    };
    const r = results(await renderSarif(withSource)).find((x) => x.partialFingerprints['phiscanFindingHash/v1'] === f.fingerprint)!;
    expect(r.locations[0]!.physicalLocation.region).toEqual({ startLine: src.line, endLine: src.line + 2, snippet: { text: snippet } });
    const live = results(await renderSarif(withSource)).find((x) => !x.locations[0]!.physicalLocation.artifactLocation.uriBaseId)!;
    expect(live.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('reads the snippets of the results it writes, each once, and no other (a CDKTF snippet is read from its file when asked)', async () => {
    const base = syntheticReport({ findings: 300 });
    const reads = new Map<string, number>();
    const resources = base.resources.map((r) => {
      if (r.source.kind !== 'iac') return r;
      const snippet = { toJSON: () => (reads.set(r.id, (reads.get(r.id) ?? 0) + 1), `block of ${r.id}`) };
      return { ...r, source: { ...r.source, snippet } };
    });
    const limits = { ...GITHUB_LIMITS, maxResults: 40 };
    const rs = results(await renderSarif({ ...base, resources }, NOTES, limits));
    const resourceOf = new Map(base.findings.map((f) => [f.fingerprint, f.resource.id]));
    const written = new Set<string>();
    for (const r of rs) {
      const id = resourceOf.get(r.partialFingerprints['phiscanFindingHash/v1']!)!;
      const text = r.locations[0]!.physicalLocation.region?.snippet?.text;
      if (text !== undefined) written.add(id);
      expect(text).toBe(reads.has(id) ? `block of ${id}` : undefined);
    }
    expect(written.size).toBeGreaterThan(0);
    expect([...reads.keys()].sort()).toEqual([...written].sort());
    expect(Math.max(...reads.values())).toBe(1);
    expect(resources.filter((r) => r.source.kind === 'iac').length).toBeGreaterThan(written.size * 2);
  });

  it('helpUri is the phiscan page of the check', async () => {
    const rules = parse(await renderSarif(report)).runs[0]!.tool.driver.rules.filter((r) => r.id !== 'phiscan-scan-incomplete');
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(r.helpUri).toBe(checkDocUrl(r.id));
  });
});
