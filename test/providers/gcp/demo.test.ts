import { describe, expect, it } from 'vitest';
import { GCP_CHECKS } from '../../../checks/gcp/index.js';
import { runEngine } from '../../../src/engine/run.js';
import { startGcpDemo } from '../../../src/simulator/gcp/demo.js';

process.env.METADATA_SERVER_DETECTION = 'none';

describe('startGcpDemo', () => {
  it('serves the demo project with failures in encryption in transit, key management, segmentation and backup, and no gaps', async () => {
    const demo = await startGcpDemo();
    try {
      expect(demo.input).toEqual({ kind: 'gcp', scope: ['projects/phi-demo-prod'] });
      const result = await runEngine(demo.collector.collect({ log: () => undefined }), GCP_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
      expect(result.gaps).toEqual([]);
      // A loopback client never asks google-auth-library for a principal.
      expect(demo.collector.identities?.()).toEqual([]);
      expect(result.resources.length).toBeGreaterThan(30);
      const failing = (req: string) => result.findings.filter((f) => f.status === 'fail' && (f.requirements as readonly string[]).includes(req));
      // Google encrypts every store at rest: the demo's encryption failures are in transit, and its CMEK gaps are key management.
      for (const req of ['encryption-in-transit', 'key-management', 'network-segmentation', 'backup-separation', 'audit-logging']) expect(failing(req).length, req).toBeGreaterThan(0);
      expect(failing('encryption-at-rest')).toEqual([]);
      // Segmentation by reachability: phi-vpc keeps a copy of default-allow-internal, so the batch worker (no ePHI) reaches the EHR VM on every port.
      const flat = result.findings.find((f) => f.checkId === 'gcp-compute-ephi-segmented' && f.resource.name === 'ehr-app-1');
      expect(flat?.status).toBe('fail');
      expect(flat?.message).toContain('non-ePHI workload batch-worker reaches it on');
      const publicSql = result.findings.find((f) => f.checkId === 'gcp-compute-ephi-segmented' && f.resource.name === 'reporting-mysql');
      expect(publicSql?.message).toContain('the internet reaches it on tcp 3306');
      // Memorystore, Pub/Sub and Secret Manager arrive through Cloud Asset Inventory like every other type.
      const verdict = (checkId: string, name: string) => result.findings.find((f) => f.checkId === checkId && f.resource.name === name)?.status;
      expect([verdict('gcp-redis-instance-transit-encryption', 'ehr-sessions'), verdict('gcp-redis-instance-transit-encryption', 'reporting-cache')]).toEqual(['pass', 'fail']);
      expect([verdict('gcp-pubsub-topic-cmek', 'hl7-inbound'), verdict('gcp-pubsub-topic-cmek', 'claims-events')]).toEqual(['pass', 'fail']);
      expect([verdict('gcp-secretmanager-secret-rotation', 'ehr-db-password'), verdict('gcp-secretmanager-secret-rotation', 'reporting-api-key')]).toEqual(['pass', 'fail']);
      const passing = result.findings.filter((f) => f.status === 'pass');
      expect(passing.length).toBeGreaterThan(10);
      // Every check that applies to a demo resource type produced at least one verdict.
      const ran = new Set(result.findings.map((f) => f.checkId));
      expect(GCP_CHECKS.filter((c) => !ran.has(c.meta.id)).map((c) => c.meta.id)).toEqual([]);
    } finally {
      await demo.close();
    }
  });
});
