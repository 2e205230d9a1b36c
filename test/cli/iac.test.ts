import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiscan } from '../helpers/cli.js';
import { validateSarif } from '../helpers/sarif-multitool.js';

const root = join(import.meta.dirname, '..', '..');
const cli = (args: string[]) => phiscan(args, { cwd: root, env: { SOURCE_DATE_EPOCH: '1790000000' } });
const tmp = () => mkdtempSync(join(tmpdir(), 'phiscan-iac-'));

interface Report {
  findings: { checkId: string; status: string; resource: { id: string; source: { kind: string; file?: string; line?: number; moduleCall?: unknown; constructPath?: string } }; suppression?: { reason: string; source: string } }[];
  run: { inputs: { kind: string; scope: string[] }[] };
}

describe('phiscan scan with IaC inputs', () => {
  it('scans HCL, a plan and CDKTF output together; every finding names a file and line; inline suppressions are recorded', async () => {
    const out = join(tmp(), 'out');
    const r = await cli(['scan', '--terraform-dir', 'fixtures/iac/aws/noncompliant', '--terraform-plan', 'fixtures/iac/aws/plan/compliant.plan.json', '--cdktf-out', 'fixtures/iac/cdktf/cdktf.out', '--terraform-dir', 'fixtures/iac/gcp/noncompliant', '-o', out, '-q']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as Report;
    expect(report.run.inputs.map((i) => i.kind)).toEqual(['terraform-plan', 'terraform-dir', 'cdktf-out']);
    for (const f of report.findings) {
      expect(f.resource.source.kind).toBe('iac');
      expect(f.resource.source.file).toMatch(/^fixtures\/iac\//);
      expect(f.resource.source.line).toBeGreaterThan(0);
    }
    const suppressed = report.findings.find((f) => f.checkId === 'aws-ec2-sg-no-public-all-traffic' && f.resource.id === 'terraform:aws_security_group.web');
    expect(suppressed?.suppression).toEqual({ reason: 'temporary load test, ticket SEC-142', source: 'inline' });
    const cdk = report.findings.find((f) => f.checkId === 'aws-s3-bucket-kms-encryption' && f.resource.id === 'cdktf:phi-data/aws_s3_bucket.exports');
    expect(cdk).toMatchObject({ status: 'fail', suppression: { reason: 'exports are re-encrypted client-side', source: 'inline' }, resource: { source: { constructPath: 'phi-data/exports' } } });
    const inModule = report.findings.find((f) => f.resource.id === 'terraform:module.data.aws_db_instance.records');
    expect(inModule?.resource.source).toMatchObject({ file: 'fixtures/iac/aws/noncompliant/modules/data/main.tf', line: 10, moduleCall: { file: 'fixtures/iac/aws/noncompliant/main.tf', line: 180 } });
    expect(report.findings.some((f) => f.checkId.startsWith('gcp-') && f.status === 'fail')).toBe(true);
  });

  it('SARIF: IaC file and line, module call site as related location, construct path, inline suppression; valid for code scanning', async () => {
    const out = join(tmp(), 'out');
    const r = await cli(['scan', '--terraform-dir', 'fixtures/iac/aws/noncompliant', '--cdktf-out', 'fixtures/iac/cdktf/cdktf.out', '-f', 'sarif', '-o', out, '-q']);
    expect(r.code, r.stderr).toBe(1);
    const text = readFileSync(join(out, 'phiscan.sarif'), 'utf8');
    const results = (JSON.parse(text) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { name: string; kind: string }[] }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; suppressions?: { kind: string; justification: string }[] }[] }[] }).runs[0]?.results ?? [];
    const db = results.find((x) => x.ruleId === 'aws-rds-instance-storage-encrypted' && x.locations[0]?.physicalLocation.artifactLocation.uri.includes('modules/'));
    expect(db?.locations[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: 'fixtures/iac/aws/noncompliant/modules/data/main.tf' }, region: { startLine: 10 } });
    expect(db?.relatedLocations?.[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: 'fixtures/iac/aws/noncompliant/main.tf' }, region: { startLine: 180 } });
    const cdk = results.find((x) => x.ruleId === 'aws-s3-bucket-kms-encryption' && x.suppressions);
    expect(cdk?.suppressions).toMatchObject([{ kind: 'inSource', justification: 'exports are re-encrypted client-side' }]);
    expect(cdk?.locations[0]?.logicalLocations.map((l) => l.name)).toContain('phi-data/exports');
    expect(validateSarif(text).errors).toEqual([]);
    // The SARIF multitool is a .NET program: its start-up alone can take most of a minute on a loaded machine.
  }, 180_000);

  it('exits 0 on the compliant GCP stack', async () => {
    const r = await cli(['scan', '--terraform-dir', 'fixtures/iac/gcp/compliant', '-o', join(tmp(), 'out'), '-q']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('bad input: one line with file and line:col, exit 2, nothing written', async () => {
    const dir = tmp();
    const notPlan = join(dir, 'state.json');
    writeFileSync(notPlan, JSON.stringify({ version: 4, resources: [] }));
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, readFileSync(join(root, 'fixtures/iac/aws/plan/compliant.plan.json'), 'utf8').slice(0, 700));
    const hclDir = join(dir, 'hcl');
    mkdirSync(hclDir);
    writeFileSync(join(hclDir, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  tags = { a = }\n}\n');
    const cdk = join(dir, 'cdk.tf.json');
    writeFileSync(cdk, '{"resource": {"aws_s3_bucket": {"b": {"bucket": "x",}}}}');
    const cases: [string[], RegExp][] = [
      [['--terraform-plan', notPlan], /state\.json:1:1: not a Terraform plan JSON/],
      [['--terraform-plan', truncated], /truncated\.json:\d+:\d+: invalid JSON: (unexpected end of input|unterminated string) \(truncated\?\)/],
      [['--terraform-plan', 'fixtures/iac/aws/plan/unsupported-version.plan.json'], /unsupported-version\.plan\.json:2:3: unsupported plan format_version "2\.0" \(phiscan reads 0\.1, 0\.2 and 1\.x/],
      [['--terraform-plan', join(dir, 'missing.json')], /missing\.json: no such file/],
      [['--terraform-dir', hclDir], /hcl\/main\.tf:3:\d+: HCL syntax error/],
      [['--cdktf-out', cdk], /cdk\.tf\.json:1:\d+: invalid JSON/],
    ];
    for (const [args, message] of cases) {
      const out = join(dir, 'out');
      const r = await cli(['scan', ...args, '-o', out]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(existsSync(join(out, 'phiscan.json'))).toBe(false);
    }
  }, 180_000);
});
