/**
 * A hostile (or broken) Azure endpoint cannot make phiscan carry its bearer token to another
 * origin: paging links and redirects that point elsewhere are refused on every path that
 * follows them (raw ARM REST lists, Microsoft Graph lists, the generated ARM client's pager
 * used when Resource Graph is denied, the Resource Graph query), and the listing becomes a
 * coverage gap. A second simulator on another port plays the foreign origin and must see nothing.
 * An endpoint that takes connections and never answers (a TCP black hole) ends every request at
 * its timeout, on each provider: never a hang.
 */
import * as grpc from '@grpc/grpc-js';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAwsCollector } from '../../providers/aws/index.js';
import { NoIdentityError } from '../../providers/no-identity.js';
import { createGcpCollector } from '../../providers/gcp/index.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import { createAzureCollector, staticTokenCredential, type AzureScope } from '../../providers/azure/index.js';
import type { CollectEvent } from '../../providers/types.js';
import { startAzureSimulator, type AzureSimulator, type AzureSimulatorOptions } from '../../src/simulator/azure/server.js';
import { SUB_A, WORLD } from '../providers/azure/_world.js';

const started: AzureSimulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

async function scanWithForeignLinks(simOptions: (foreign: string) => Partial<AzureSimulatorOptions>, scope: AzureScope) {
  const foreign = await startAzureSimulator({ world: WORLD });
  const sim = await startAzureSimulator({ world: WORLD, ...simOptions(foreign.endpoint) });
  started.push(foreign, sim);
  const collector = createAzureCollector(scope, { credential: staticTokenCredential('secret-bearer'), endpoints: { arm: sim.endpoint, graph: sim.endpoint }, tlsCa: sim.ca, retry: { maxRetries: 1, retryDelayInMs: 5, maxRetryDelayInMs: 10 } });
  const events: CollectEvent[] = [];
  for await (const e of collector.collect({ log: () => undefined })) events.push(e);
  return { gaps: events.flatMap((e) => (e.kind === 'gap' ? [e.gap] : [])), calls: sim.calls, foreignCalls: foreign.calls };
}

describe('Azure: a nextLink or redirect on another origin is never followed with the bearer token', () => {
  it('raw ARM REST lists (the subscriptions list): refused, a gap', async () => {
    const r = await scanWithForeignLinks((foreign) => ({ pageSize: 1, nextLinkOrigin: foreign }), { allSubscriptions: true });
    expect(r.foreignCalls).toEqual([]);
    expect(r.gaps.find((g) => g.operation === 'Microsoft.Resources/subscriptions/read')).toMatchObject({ errorCode: 'ForeignOrigin', reason: 'error' });
  });

  it('Microsoft Graph lists (@odata.nextLink of conditional access policies) and ARM child lists: refused, gaps; Resource Graph pages ($skipToken) stay home', async () => {
    const r = await scanWithForeignLinks((foreign) => ({ pageSize: 1, nextLinkOrigin: foreign }), { subscriptions: [SUB_A] });
    expect(r.foreignCalls).toEqual([]);
    expect(r.gaps.find((g) => g.service === 'Microsoft.Graph' && g.operation.includes('conditionalAccess'))).toMatchObject({ errorCode: 'ForeignOrigin' });
    expect(r.gaps.find((g) => g.operation === 'Microsoft.Security/pricings/read')).toMatchObject({ errorCode: 'ForeignOrigin' });
    expect(r.calls.filter((c) => c.method === 'POST' && c.skipToken && c.status === 200).length).toBeGreaterThan(1);
  });

  it('the generated ARM client pager (resources.list when Resource Graph is denied): refused, a gap', async () => {
    const r = await scanWithForeignLinks((foreign) => ({ pageSize: 1, nextLinkOrigin: foreign, faults: [{ path: 'Microsoft.ResourceGraph', status: 403 }] }), { subscriptions: [SUB_A] });
    expect(r.foreignCalls).toEqual([]);
    expect(r.calls.some((c) => c.path.endsWith('/resources'))).toBe(true);
    expect(r.gaps.find((g) => g.operation === 'Microsoft.Resources/subscriptions/resources/read')?.message).toMatch(/ForeignOrigin|not the endpoint's origin/);
  });

  it('the Resource Graph query redirected to another origin: not followed; the collector falls back to ARM', async () => {
    const r = await scanWithForeignLinks((foreign) => ({ redirectResourceGraphTo: foreign }), { subscriptions: [SUB_A] });
    expect(r.foreignCalls).toEqual([]);
    expect(r.calls.filter((c) => c.method === 'POST').map((c) => c.status)).toContain(307);
    expect(r.calls.some((c) => c.path.endsWith('/resources') && c.status === 200)).toBe(true);
  });
});

describe('an endpoint that accepts the connection and never answers: each request ends at its timeout, never a hang', () => {
  /** A TCP server that takes every connection and every byte and never writes one. */
  async function blackhole(): Promise<{ port: number; close(): Promise<void> }> {
    const sockets = new Set<Socket>();
    const server = createServer((s) => {
      sockets.add(s);
      s.on('data', () => undefined);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    return {
      port,
      close: () => {
        for (const s of sockets) s.destroy();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }
  const gapsOf = async (collector: { collect(ctx: { log(): void }): AsyncIterable<CollectEvent> }): Promise<CoverageGap[]> => {
    const gaps: CoverageGap[] = [];
    for await (const e of collector.collect({ log: () => undefined })) if (e.kind === 'gap') gaps.push(e.gap);
    return gaps;
  };

  it('AWS: STS never answers, so no identity resolves: a one-line NoIdentityError naming the timeout and the endpoint to check (the SDK only warned and waited forever)', async () => {
    const hole = await blackhole();
    try {
      const collector = createAwsCollector({ regions: ['us-east-1'] }, { endpoint: `http://127.0.0.1:${hole.port}`, credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'x' }, requestTimeoutMs: 300, maxAttempts: 2 });
      // A hang fails this case at the test timeout; the SDK's own 300 ms warning never ended the call.
      const err = await collector.authenticate?.().then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(NoIdentityError);
      expect((err as Error).message).toMatch(/STS GetCallerIdentity failed: TimeoutError.*; fix: STS did not answer: check that this machine reaches http:\/\/127\.0\.0\.1:\d+,/);
    } finally {
      await hole.close();
    }
  });

  it('Azure (ARM) and GCP (Cloud Asset Inventory): every list ends as a timeout gap', async () => {
    const hole = await blackhole();
    try {
      const azure = createAzureCollector({ subscriptions: [SUB_A] }, { credential: staticTokenCredential('secret-bearer'), endpoints: { arm: `https://127.0.0.1:${hole.port}`, graph: `https://127.0.0.1:${hole.port}` }, timeoutMs: 300, retry: { maxRetries: 1, retryDelayInMs: 5, maxRetryDelayInMs: 10 } });
      const azureGaps = await gapsOf(azure);
      expect(azureGaps.length).toBeGreaterThan(0);
      expect(azureGaps.every((g) => g.reason === 'timeout'), JSON.stringify(azureGaps.map((g) => [g.operation, g.reason, g.message]))).toBe(true);
      const gcp = createGcpCollector({ projects: ['p-1'] }, { clientOptions: { apiEndpoint: '127.0.0.1', port: hole.port, sslCreds: grpc.credentials.createInsecure(), universeDomain: 'googleapis.com' }, timeoutMs: 300, retry: { baseDelayMs: 5, maxDelayMs: 10, maxAttempts: 2 } });
      const gcpGaps = await gapsOf(gcp);
      expect(gcpGaps.length).toBeGreaterThan(0);
      expect(gcpGaps.every((g) => g.reason === 'timeout'), JSON.stringify(gcpGaps.map((g) => [g.operation, g.reason, g.message]))).toBe(true);
      // Only the projects listing waited out its retries; the other listings were not sent to a server that had not answered.
      const skipped = gcpGaps.filter((g) => g.message.includes('not attempted: Cloud Asset Inventory did not answer the projects listing (DEADLINE_EXCEEDED)'));
      expect(gcpGaps.filter((g) => !skipped.includes(g)).map((g) => g.message)).toEqual([expect.stringMatching(/^projects\/p-1 cloudresourcemanager\.googleapis\.com\/Project \(RESOURCE\): Deadline exceeded/)]);
      expect(skipped.length).toBeGreaterThan(10);
    } finally {
      await hole.close();
    }
  }, 30_000);
});
