import { request } from 'node:https';
import { X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startAzureSimulator, type AzureSimulator, type AzureSimulatorOptions } from '../../../src/simulator/azure/server.js';
import { resourceId, subscriptionsUnder } from '../../../src/simulator/azure/world.js';
import { SUB_A, SUB_B, WORLD } from '../../providers/azure/_world.js';

let sim: AzureSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(options: Partial<AzureSimulatorOptions> = {}): Promise<AzureSimulator> {
  sim = await startAzureSimulator({ world: WORLD, ...options });
  return sim;
}

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> }

function call(s: AzureSimulator, method: string, path: string, body?: unknown, token: string | null = 'test'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.endpoint}${path}`, { method, ca: s.ca, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('Azure loopback simulator', () => {
  it('serves HTTPS with a self-signed certificate for 127.0.0.1 that clients trust through `ca`', async () => {
    const s = await start();
    expect(s.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(new X509Certificate(s.ca).subjectAltName).toContain('IP Address:127.0.0.1');
    expect((await call(s, 'GET', '/subscriptions?api-version=2022-12-01')).status).toBe(200);
  });

  it('requires a bearer token', async () => {
    const s = await start();
    const r = await call(s, 'GET', '/subscriptions?api-version=2022-12-01', undefined, null);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ error: { code: 'AuthenticationFailed' } });
  });

  it('refuses and logs anything but GET and the Resource Graph POST', async () => {
    const s = await start();
    const id = resourceId(SUB_A, { type: 'Microsoft.Storage/storageAccounts', name: 'phirecords', resourceGroup: 'phi-rg' });
    for (const method of ['PUT', 'PATCH']) expect((await call(s, method, `${id}?api-version=2023-05-01`, {})).status).toBe(405);
    expect((await call(s, 'DELETE', `${id}?api-version=2023-05-01`)).status).toBe(405);
    expect((await call(s, 'POST', `${id}/listKeys?api-version=2023-05-01`)).status).toBe(405);
    expect(s.calls.map((c) => `${c.method} ${c.status}`)).toEqual(['PUT 405', 'PATCH 405', 'DELETE 405', 'POST 405']);
  });

  it('pages ARM lists with nextLink on its own origin', async () => {
    const s = await start({ pageSize: 1 });
    const first = await call(s, 'GET', '/subscriptions?api-version=2022-12-01');
    expect((first.body.value as unknown[]).length).toBe(1);
    const next = String(first.body.nextLink);
    expect(next.startsWith(`${s.endpoint}/subscriptions?`)).toBe(true);
    expect(next).toContain('api-version=2022-12-01');
    const second = await call(s, 'GET', next.slice(s.endpoint.length));
    expect(second.body.nextLink).toBeUndefined();
    expect([first, second].map((r) => (r.body.value as { subscriptionId: string }[])[0]?.subscriptionId)).toEqual([SUB_A, SUB_B]);
  });

  it('answers Resource Graph queries by subscription and type with $skipToken paging', async () => {
    const s = await start({ pageSize: 2 });
    const query = "Resources | where type in~ ('microsoft.storage/storageaccounts', 'microsoft.web/sites') | project id | order by id asc";
    const first = await call(s, 'POST', '/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01', { subscriptions: [SUB_A, SUB_B], query, options: { $top: 1000 } });
    expect(first.body).toMatchObject({ totalRecords: 3, count: 2 });
    expect(typeof first.body.$skipToken).toBe('string');
    const second = await call(s, 'POST', '/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01', { subscriptions: [SUB_A, SUB_B], query, options: { $skipToken: first.body.$skipToken } });
    expect(second.body.$skipToken).toBeUndefined();
    const rows = [...(first.body.data as { type: string; resourceGroup: string }[]), ...(second.body.data as { type: string; resourceGroup: string }[])];
    expect(rows.map((r) => r.type)).toEqual(['microsoft.storage/storageaccounts', 'microsoft.storage/storageaccounts', 'microsoft.web/sites']);
    expect(s.calls.map((c) => c.query)).toEqual([query, query]);
  });

  it('throttles with 429 + Retry-After beyond the token bucket, and injects counted faults', async () => {
    const s = await start({ rateLimit: { capacity: 1, refillPerSecond: 0.001 }, retryAfterSeconds: 3, retryAfterMs: 25 });
    expect((await call(s, 'GET', '/subscriptions?api-version=2022-12-01')).status).toBe(200);
    const limited = await call(s, 'GET', '/subscriptions?api-version=2022-12-01');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('3');
    expect(limited.headers['retry-after-ms']).toBe('25');
    await sim?.close();
    const f = await start({ faults: [{ path: '/v1.0/identity', status: 403, times: 1 }] });
    const denied = await call(f, 'GET', '/v1.0/identity/conditionalAccess/policies');
    expect(denied).toMatchObject({ status: 403, body: { error: { code: 'Authorization_RequestDenied' } } });
    expect((await call(f, 'GET', '/v1.0/identity/conditionalAccess/policies')).status).toBe(200);
  });

  it('adds latency to every call', async () => {
    const s = await start({ latencyMs: 60 });
    const t = performance.now();
    await call(s, 'GET', '/subscriptions?api-version=2022-12-01');
    expect(performance.now() - t).toBeGreaterThanOrEqual(55);
  });

  it('serves declared sub-resources, empty diagnostic lists, child resources and 404 for the rest', async () => {
    const s = await start();
    const sa = resourceId(SUB_A, { type: 'Microsoft.Storage/storageAccounts', name: 'phirecords', resourceGroup: 'phi-rg' });
    expect((await call(s, 'GET', `${sa}/blobServices/default?api-version=2023-05-01`)).body).toMatchObject({ properties: { isVersioningEnabled: true } });
    const legacy = resourceId(SUB_A, { type: 'Microsoft.Storage/storageAccounts', name: 'legacyshare', resourceGroup: 'phi-rg' });
    expect((await call(s, 'GET', `${legacy}/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview`)).body).toEqual({ value: [] });
    const server = resourceId(SUB_A, { type: 'Microsoft.Sql/servers', name: 'sql1', resourceGroup: 'phi-rg' });
    expect(((await call(s, 'GET', `${server}/databases?api-version=2021-11-01`)).body.value as { name: string }[]).map((d) => d.name)).toEqual(['db1']);
    expect((await call(s, 'GET', `${server}/nothingHere/x?api-version=2021-11-01`)).status).toBe(404);
    expect(subscriptionsUnder(WORLD, 'mg-root')).toEqual([SUB_A]);
  });
});
