import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { gcpInput } from '../../../src/cli/inputs/gcp.js';
import { loadDemoGcpWorld } from '../../../src/simulator/gcp/demo.js';
import { startGcpSimulator } from '../../../src/simulator/gcp/server.js';
import { phiscan } from '../../helpers/cli.js';

function parse(argv: string[]): Record<string, unknown> {
  const cmd = new Command('scan').exitOverride();
  gcpInput.register(cmd);
  cmd.parse(argv, { from: 'user' });
  return cmd.opts();
}

describe('gcpInput', () => {
  it('is not selected without GCP flags', () => {
    expect(gcpInput.select(parse([]))).toBeUndefined();
  });

  it('collects repeated --project flags, a folder and an organization into one scope', async () => {
    const selected = await gcpInput.select(parse(['--project', 'phi-prod', '--project', 'projects/phi-dev', '--project', 'phi-prod', '--folder', 'folders/123', '--organization', '456']));
    expect(selected?.input).toEqual({ kind: 'gcp', scope: ['organizations/456', 'folders/123', 'projects/phi-dev', 'projects/phi-prod'] });
    expect(selected?.collector.name).toBe('gcp');
  });

  it('rejects bad values with a one-line message', () => {
    for (const argv of [['--project', 'Bad_Project'], ['--folder', 'abc'], ['--organization', 'organizations/x1']]) {
      let message = '';
      try {
        void gcpInput.select(parse(argv));
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message, argv.join(' ')).toMatch(/^--(project|folder|organization) must be/);
      expect(message).not.toContain('\n');
    }
  });
});

describe('--gcp-endpoint', () => {
  it('accepts grpc:// and http(s):// on loopback only, with a one-line message otherwise', async () => {
    expect((await gcpInput.select(parse(['--project', 'phi-prod', '--gcp-endpoint', 'grpc://127.0.0.1:8443'])))?.collector.name).toBe('gcp');
    expect((await gcpInput.select(parse(['--project', 'phi-prod', '--gcp-endpoint', 'http://localhost:8080'])))?.collector.name).toBe('gcp');
    for (const [url, pattern] of [['grpc://cloudasset.googleapis.com:443', /is for loopback simulators/], ['ftp://127.0.0.1:21', /must be grpc:\/\/HOST:PORT/], ['grpc://127.0.0.1', /must be grpc:\/\/HOST:PORT/], ['not a url', /must be a URL/]] as const) {
      let message = '';
      try {
        void gcpInput.select(parse(['--project', 'phi-prod', '--gcp-endpoint', url]));
      } catch (e) {
        message = `${(e as Error).name}: ${(e as Error).message}`;
      }
      expect(message, url).toMatch(new RegExp(`^UsageError: --gcp-endpoint ${pattern.source}`));
      expect(message).not.toContain('\n');
    }
  });
});

describe('phiscan scan --project against the simulator through --gcp-endpoint', () => {
  const world = loadDemoGcpWorld();
  const projects = world.projects.map((p) => p.projectId);
  const scan = async (endpoint: (sim: Awaited<ReturnType<typeof startGcpSimulator>>) => string, viaEnv: boolean) => {
    const sim = await startGcpSimulator({ world });
    const out = mkdtempSync(join(tmpdir(), 'phiscan-gcp-'));
    try {
      // No ADC anywhere: the run must not look for credentials or the metadata server.
      const env = { GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent', METADATA_SERVER_DETECTION: 'none', ...(viaEnv ? { PHISCAN_GCP_ENDPOINT: endpoint(sim) } : {}) };
      const { code } = await phiscan(['scan', ...projects.flatMap((p) => ['--project', p]), ...(viaEnv ? [] : ['--gcp-endpoint', endpoint(sim)]), '-o', out, '-q'], { env });
      const report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as { run: { inputs: unknown[]; identities: string[] }; summary: { resources: number }; gaps: unknown[] };
      return { code, report, calls: [...sim.calls] };
    } finally {
      await sim.close();
      rmSync(out, { recursive: true, force: true });
    }
  };

  it('reads the world over gRPC (flag) and over REST (PHISCAN_GCP_ENDPOINT), with the same result', async () => {
    const grpc = await scan((sim) => `grpc://${sim.address}`, false);
    const rest = await scan((sim) => sim.restUrl, true);
    expect(new Set(grpc.calls.map((c) => c.transport))).toEqual(new Set(['grpc']));
    expect(new Set(rest.calls.map((c) => c.transport))).toEqual(new Set(['rest']));
    for (const r of [grpc, rest]) {
      expect(r.code).toBe(1);
      expect(r.report.run.inputs).toEqual([{ kind: 'gcp', scope: projects.map((p) => `projects/${p}`) }]);
      expect(r.report.run.identities).toEqual([]);
      expect(r.report.gaps).toEqual([]);
      expect(r.calls.length).toBeGreaterThan(0);
      expect(r.calls.every((c) => c.status === 'OK' && c.rpc.endsWith('/ListAssets'))).toBe(true);
    }
    expect(rest.report.summary.resources).toBe(grpc.report.summary.resources);
    expect(grpc.report.summary.resources).toBeGreaterThan(10);
  }, 120_000);
});
