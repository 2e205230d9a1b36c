import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { azureInput } from '../../../src/cli/inputs/azure.js';
import { INPUTS } from '../../../src/cli/inputs/index.js';
import { startAzureSimulator, type AzureSimulator } from '../../../src/simulator/azure/server.js';
import { SUB_A, SUB_B, WORLD } from './_world.js';

function parse(argv: string[]): Record<string, unknown> {
  const cmd = new Command('scan').exitOverride();
  azureInput.register(cmd);
  cmd.parse(argv, { from: 'user' });
  return cmd.opts();
}

let sim: AzureSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  delete process.env.PHISCAN_AZURE_CA_FILE;
  delete process.env.PHISCAN_AZURE_ENDPOINT;
});

async function errorOf(argv: string[]): Promise<string> {
  try {
    await azureInput.select(parse(argv));
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  return '';
}

describe('azureInput', () => {
  it('is registered and not selected without Azure flags', async () => {
    expect(INPUTS).toContain(azureInput);
    expect(await azureInput.select(parse([]))).toBeUndefined();
  });

  it('collects --azure, repeated --subscription and --management-group into one scope', async () => {
    const selected = await azureInput.select(parse(['--subscription', SUB_B.toUpperCase(), '--subscription', `/subscriptions/${SUB_A}`, '--subscription', SUB_B, '--management-group', 'mg-phi', '--azure']));
    expect(selected?.input).toEqual({ kind: 'azure', scope: ['subscriptions/*', 'managementGroups/mg-phi', `subscriptions/${SUB_A}`, `subscriptions/${SUB_B}`] });
    expect(selected?.collector.name).toBe('azure');
  });

  it('rejects bad values and non-loopback endpoint overrides with one-line usage errors', async () => {
    for (const argv of [['--subscription', 'not-a-guid'], ['--management-group', 'bad/group'], ['--azure', '--azure-endpoint', 'https://management.azure.com'], ['--azure', '--azure-endpoint', 'http://127.0.0.1:8443'], ['--azure', '--azure-graph-endpoint', 'https://127.0.0.1:1']]) {
      const message = await errorOf(argv);
      expect(message, argv.join(' ')).toMatch(/^UsageError: --(subscription|management-group|azure-endpoint|azure-graph-endpoint) (must be|is for testing|needs)/);
      expect(message).not.toContain('\n');
    }
  });

  it('with a loopback endpoint (env) and CA file, scans the simulator with a dummy token', async () => {
    sim = await startAzureSimulator({ world: WORLD });
    const dir = mkdtempSync(join(tmpdir(), 'phiscan-azure-'));
    writeFileSync(join(dir, 'ca.pem'), sim.ca);
    process.env.PHISCAN_AZURE_CA_FILE = join(dir, 'ca.pem');
    process.env.PHISCAN_AZURE_ENDPOINT = sim.endpoint;
    const selected = await azureInput.select(parse(['--subscription', SUB_B]));
    const ids: string[] = [];
    for await (const e of selected?.collector.collect({ log: () => undefined }) ?? []) if (e.kind === 'resource') ids.push(e.resource.id);
    expect(ids).toContain(`/subscriptions/${SUB_B}/resourceGroups/apps/providers/Microsoft.Web/sites/portal`);
    expect(sim.calls.every((c) => c.status !== 401)).toBe(true);
  });
});
