import { describe, expect, it } from 'vitest';
import { createGcpCollector } from '../../providers/gcp/index.js';
import { evaluateAttestations } from '../../src/attest/evaluate.js';
import { scopeUnitsFromInputs } from '../../src/cli/commands/status.js';
import { generateOrgWorld } from '../../src/simulator/gcp/generate.js';
import { startGcpSimulator } from '../../src/simulator/gcp/server.js';

describe('phiscan status scope from scan inputs', () => {
  it('collects the projects an input reaches (through the loopback Cloud Asset simulator) and judges attestations per project', async () => {
    const world = generateOrgWorld(3, 5);
    const sim = await startGcpSimulator({ world });
    try {
      const projects = world.projects.map((p) => p.projectId);
      const collector = createGcpCollector({ organization: '500' }, { clientOptions: sim.clientOptions() });
      const units = await scopeUnitsFromInputs([{ collector, input: { kind: 'gcp', scope: ['organizations/500'] } }]);
      expect(units.map((u) => `${u.provider}:${u.account}`)).toEqual(projects.map((p) => `gcp:${p}`).sort());
      const first = projects[0]!;
      const judged = evaluateAttestations(
        { attestations: [{ requirement: 'penetration-testing', performed: '2026-06-01', attestedBy: 'Dana', evidence: 'x', scope: { projects: [first] } }] },
        'a.yaml',
        '2026-11-25',
        units,
      );
      const pen = judged.byRequirement.get('penetration-testing');
      expect(pen?.status).toBe('not_assessed');
      expect(pen?.uncovered).toEqual(projects.filter((p) => p !== first).map((p) => `gcp:${p}`).sort());
    } finally {
      await sim.close();
    }
  });
});
