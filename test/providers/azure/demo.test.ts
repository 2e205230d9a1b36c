import { describe, expect, it } from 'vitest';
import { AZURE_CHECKS } from '../../../checks/azure/index.js';
import { DEMO_SOURCES } from '../../../src/cli/demo-sources.js';
import { runEngine } from '../../../src/engine/run.js';
import { startAzureDemo } from '../../../src/simulator/azure/demo.js';

describe('startAzureDemo', () => {
  it('is a demo source and serves one subscription with passing and failing resources, and no gaps', async () => {
    expect(DEMO_SOURCES).toContain(startAzureDemo);
    const demo = await startAzureDemo();
    try {
      expect(demo.input).toEqual({ kind: 'azure', scope: ['subscriptions/5e7a1c2b-0000-4000-8000-000000000d30'] });
      const result = await runEngine(demo.collector.collect({ log: () => undefined }), AZURE_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
      expect(result.gaps).toEqual([]);
      expect(demo.collector.identities?.()).toEqual([]);
      expect(result.resources.length).toBeGreaterThan(30);
      const failing = (req: string) => result.findings.filter((f) => f.status === 'fail' && (f.requirements as readonly string[]).includes(req));
      for (const req of ['encryption-at-rest', 'encryption-in-transit', 'network-segmentation', 'backup-separation']) expect(failing(req).length, req).toBeGreaterThan(0);
      expect(result.findings.filter((f) => f.status === 'pass').length).toBeGreaterThan(10);
      // Segmentation by reachability: the reporting VM (no ePHI) shares the ePHI VMs' subnet, whose NSG leaves AllowVnetInBound in force.
      const flat = result.findings.find((f) => f.checkId === 'azure-network-ephi-segmented' && f.resource.name === 'app-vm');
      expect(flat?.status).toBe('fail');
      expect(flat?.message).toContain('non-ePHI workload reports-vm reaches it on all traffic');
      // Every Azure check has a resource to judge in the demo.
      const ran = new Set(result.findings.map((f) => f.checkId));
      expect(AZURE_CHECKS.filter((c) => !ran.has(c.meta.id)).map((c) => c.meta.id)).toEqual([]);
      // The hostile tag value arrives verbatim: escaping is the reporters' job.
      const exports = result.resources.find((r) => r.name === 'phidemoexports');
      expect(exports?.tags?.note).toBe('"><script>alert(1)</script>');
      expect(result.findings.some((f) => f.resource.id === exports?.id && f.status === 'fail')).toBe(true);
    } finally {
      await demo.close();
    }
  });

  it('is deterministic: two runs give the same findings in the same order', async () => {
    const once = async () => {
      const demo = await startAzureDemo();
      try {
        const r = await runEngine(demo.collector.collect({ log: () => undefined }), AZURE_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
        return JSON.stringify({ findings: r.findings, resources: r.resources });
      } finally {
        await demo.close();
      }
    };
    expect(await once()).toBe(await once());
  });
});
