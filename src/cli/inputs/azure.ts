import type { Command } from 'commander';
import type { AzureCollectorOptions } from '../../../providers/azure/index.js';
import { UsageError } from '../exit-codes.js';
import type { InputSource, SelectedInput } from './types.js';
import { repeatable } from '../options.js';
import { readInputFile } from '../../lib/input-file.js';
import { lazyCollector } from './lazy-collector.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MANAGEMENT_GROUP = /^[A-Za-z0-9._()-]{1,90}$/;
const LOOPBACK = /^https:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?\/?$/;

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

/**
 * Endpoint overrides exist for the loopback simulator (tests, benchmarks, trying the CLI): they
 * must be https on a loopback address, and then the collector sends a fixed dummy token instead
 * of a real one, so a real Azure token never leaves for anywhere but Azure.
 */
function loopbackEndpoint(flag: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  const v = text(value).trim();
  if (!LOOPBACK.test(v)) throw new UsageError(`${flag} is for testing against a local simulator and must be https://127.0.0.1:PORT or https://localhost:PORT, got "${v}"`);
  return v.replace(/\/+$/, '');
}

/**
 * `phiscan scan --azure | --subscription <id> [--subscription <id>] | --management-group <id>`:
 * Azure Resource Graph / ARM and Microsoft Graph with DefaultAzureCredential.
 */
export const azureInput: InputSource = {
  name: 'azure',
  register(command: Command): void {
    command
      .option('--azure', 'scan every Azure subscription the signed-in identity can see')
      .option('--subscription <id>', 'Azure subscription id to scan (repeatable)', repeatable)
      .option('--management-group <id>', 'Azure management group: scan every subscription under it')
      .option('--azure-endpoint <url>', 'testing only: loopback ARM simulator endpoint (env PHISCAN_AZURE_ENDPOINT)')
      .option('--azure-graph-endpoint <url>', 'testing only: loopback Microsoft Graph simulator endpoint (env PHISCAN_AZURE_GRAPH_ENDPOINT; default: --azure-endpoint)');
  },
  async select(options): Promise<SelectedInput | undefined> {
    const raw = options.subscription === undefined ? [] : Array.isArray(options.subscription) ? (options.subscription as unknown[]) : [options.subscription];
    const subscriptions = raw.map((s) => {
      const v = text(s).trim().replace(/^\/subscriptions\//i, '').toLowerCase();
      if (!GUID.test(v)) throw new UsageError(`--subscription must be a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000), got "${text(s)}"`);
      return v;
    });
    let managementGroup: string | undefined;
    if (options.managementGroup !== undefined) {
      managementGroup = text(options.managementGroup).trim().replace(/^\/providers\/Microsoft\.Management\/managementGroups\//i, '');
      if (!MANAGEMENT_GROUP.test(managementGroup)) throw new UsageError(`--management-group must be a management group id (letters, digits, - _ . ( ), up to 90), got "${text(options.managementGroup)}"`);
    }
    const all = options.azure === true;
    if (!all && subscriptions.length === 0 && managementGroup === undefined) return undefined;

    const arm = loopbackEndpoint('--azure-endpoint', options.azureEndpoint ?? process.env.PHISCAN_AZURE_ENDPOINT);
    const graph = loopbackEndpoint('--azure-graph-endpoint', options.azureGraphEndpoint ?? process.env.PHISCAN_AZURE_GRAPH_ENDPOINT) ?? arm;
    if (graph && !arm) throw new UsageError('--azure-graph-endpoint needs --azure-endpoint (both are for testing against the local simulator)');
    const ca = arm && graph ? await caFile() : {};
    const scope = { subscriptions: [...new Set(subscriptions)].sort(), ...(managementGroup ? { managementGroup } : {}), ...(all ? { allSubscriptions: true } : {}) };
    return {
      collector: lazyCollector('azure', async () => {
        const azure = await import('../../../providers/azure/index.js');
        const options: AzureCollectorOptions = arm && graph ? { endpoints: { arm, graph }, credential: azure.staticTokenCredential(), ...ca } : {};
        return azure.createAzureCollector(scope, options);
      }),
      input: { kind: 'azure', scope: [...(all ? ['subscriptions/*'] : []), ...(managementGroup ? [`managementGroups/${managementGroup}`] : []), ...scope.subscriptions.map((s) => `subscriptions/${s}`)] },
    };
  },
};

/** The simulator's certificate for endpoint overrides: PHISCAN_AZURE_CA_FILE (PEM), else NODE_EXTRA_CA_CERTS applies. */
async function caFile(): Promise<{ tlsCa?: string }> {
  const file = process.env.PHISCAN_AZURE_CA_FILE;
  return file ? { tlsCa: await readInputFile(file, 'PHISCAN_AZURE_CA_FILE') } : {};
}
