import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { parseConfig } from '../../src/cli/config.js';
import { parseSuppressions } from '../../src/suppressions/file.js';

const root = join(import.meta.dirname, '..', '..');
const text = (p: string): string => readFileSync(join(root, p), 'utf8');

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: Record<string, { needs?: string; permissions?: Record<string, string>; strategy?: { matrix: { shard: number[]; cloud: string[] } }; steps: Step[] }>;
}

describe('examples/github-actions/phiscan.yml', () => {
  const wf = parse(text('examples/github-actions/phiscan.yml')) as Workflow;
  const scan = wf.jobs.scan!;
  const merge = wf.jobs.merge!;

  it('runs on a schedule (pull requests: iac-pull-request.yml)', () => {
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['schedule']));
    expect((wf.on.schedule as { cron: string }[])[0]?.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
  });

  it('the matrix covers shards 1..N exactly and each job passes its own I/N', () => {
    const n = Number(wf.env.SHARDS);
    expect(scan.strategy?.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const run = scan.steps.map((s) => s.run ?? '').join('\n');
    expect(run).toContain('--shard "${{ matrix.shard }}/${SHARDS}"');
    expect(run).toContain('--timeout');
    // Only written reports pass: 0, 1 and 3.
    expect(run).toContain('[ "$code" -eq 0 ] || [ "$code" -eq 1 ] || [ "$code" -eq 3 ]');
    expect(scan.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  it('logs in to each cloud of the matrix through OIDC', () => {
    expect(scan.strategy?.matrix.cloud).toEqual(['aws', 'azure', 'gcp']);
    const login = (cloud: string) => scan.steps.find((s) => s.if === `matrix.cloud == '${cloud}'`)?.uses ?? '';
    expect(login('aws')).toMatch(/^aws-actions\/configure-aws-credentials@/);
    expect(login('azure')).toMatch(/^azure\/login@/);
    expect(login('gcp')).toMatch(/^google-github-actions\/auth@/);
  });

  it('merges after all shards and uploads SARIF to code scanning', () => {
    expect(merge.needs).toBe('scan');
    const mergeRun = merge.steps.find((s) => s.run?.includes(' merge '))?.run ?? '';
    expect(mergeRun).toMatch(/merge shards\/\*\/phiscan\.json .*--format sarif/);
    const upload = merge.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('merged/phiscan.sarif');
    expect(merge.permissions?.['security-events']).toBe('write');
    expect(merge.steps.some((s) => s.run?.includes('diff baseline/phiscan.json merged/phiscan.json --format markdown'))).toBe(true);
  });

  it('stores no credentials', () => {
    expect(text('examples/github-actions/phiscan.yml')).not.toMatch(/secrets\.|AWS_SECRET|private_key|password/i);
  });
});

interface K8sDoc {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  spec?: {
    completionMode?: string; completions?: number; parallelism?: number;
    jobTemplate?: { spec: { template: PodTemplate } };
    template?: PodTemplate;
  };
}
interface Container { args?: string[]; command?: string[]; env?: { name: string; valueFrom?: Record<string, unknown> }[]; securityContext?: Record<string, unknown> }
interface PodTemplate { spec: { securityContext?: Record<string, unknown>; containers: Container[] } }

describe('examples/kubernetes', () => {
  const docs: K8sDoc[] = readdirSync(join(root, 'examples/kubernetes'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseAllDocuments(text(`examples/kubernetes/${f}`)).map((d) => d.toJS() as K8sDoc));
  const pods = docs.flatMap((d) => (d.spec?.template ? [d.spec.template] : d.spec?.jobTemplate ? [d.spec.jobTemplate.spec.template] : []));

  it('has a CronJob and an Indexed Job whose pods run shards 1..N with N = completions = parallelism', () => {
    expect(docs.some((d) => d.kind === 'CronJob')).toBe(true);
    const indexed = docs.find((d) => d.kind === 'Job' && d.spec?.completionMode === 'Indexed');
    expect(indexed).toBeDefined();
    const n = indexed?.spec?.completions ?? 0;
    expect(indexed?.spec?.parallelism).toBe(n);
    const script = indexed?.spec?.template?.spec.containers[0]?.args?.join('\n') ?? '';
    const m = /--shard \$\(\(JOB_COMPLETION_INDEX\+1\)\)\/(\d+)/.exec(script);
    expect(Number(m?.[1])).toBe(n);
    // The shell expands the argument for JOB_COMPLETION_INDEX = 0..N-1 into exactly 1/N..N/N.
    const arg = /--shard (\S+)/.exec(script)?.[1] ?? '';
    const shards = Array.from({ length: n }, (_, index) => execFileSync('/bin/sh', ['-c', `echo ${arg}`], { env: { JOB_COMPLETION_INDEX: String(index) }, encoding: 'utf8' }).trim());
    expect(shards).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    expect(script).toContain('--output "/reports/$JOB_NAME/shard-$shard"');
    const merge = docs.find((d) => d.metadata.name === 'phiscan-merge');
    expect(merge?.spec?.template?.spec.containers[0]?.args?.join(' ')).toContain('merge /reports/phiscan-shards/shard-*/phiscan.json');
  });

  it('every pod runs as non-root with a read-only root filesystem and no privilege escalation', () => {
    expect(pods.length).toBeGreaterThanOrEqual(3);
    for (const pod of pods) {
      expect(pod.spec.securityContext?.runAsNonRoot).toBe(true);
      for (const c of pod.spec.containers) {
        expect(c.securityContext?.readOnlyRootFilesystem).toBe(true);
        expect(c.securityContext?.allowPrivilegeEscalation).toBe(false);
        expect(c.securityContext?.capabilities).toEqual({ drop: ['ALL'] });
      }
    }
  });

  it('holds no secrets, and its config and suppressions are valid', () => {
    expect(docs.some((d) => d.kind === 'Secret')).toBe(false);
    for (const pod of pods) for (const c of pod.spec.containers) for (const e of c.env ?? []) expect(JSON.stringify(e.valueFrom ?? {})).not.toContain('secretKeyRef');
    const cm = docs.find((d) => d.kind === 'ConfigMap');
    expect(() => parseConfig(cm?.data?.['phiscan.yaml'] ?? '', 'phiscan.yaml')).not.toThrow();
    expect(() => parseSuppressions(cm?.data?.['phiscan-suppressions.yaml'] ?? '', 'phiscan-suppressions.yaml')).not.toThrow();
  });
});
