import type { Command } from 'commander';
import type { InputSource, SelectedInput } from './types.js';
import { repeatable } from '../options.js';
import { UsageError } from '../exit-codes.js';
import { lazyCollector } from './lazy-collector.js';

const PROJECT_ID = /^(?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const NUMERIC = /^\d{1,20}$/;

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

function numericId(flag: string, kind: 'folders' | 'organizations', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const v = text(value).trim().replace(new RegExp(`^${kind}/`), '');
  if (!NUMERIC.test(v)) throw new UsageError(`${flag} must be a numeric ${kind === 'folders' ? 'folder' : 'organization'} id (e.g. 123456789012), got "${text(value)}"`);
  return v;
}

/**
 * The Cloud Asset Inventory stand-in for tests, benchmarks and trying the CLI: `grpc://` (gRPC)
 * or `http(s)://` (REST) on a loopback address only, so nothing real is ever sent elsewhere.
 */
export function parseGcpEndpoint(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--gcp-endpoint must be a URL such as grpc://127.0.0.1:8443 or http://127.0.0.1:8080, got "${value}"`);
  }
  if (!['grpc:', 'http:', 'https:'].includes(url.protocol) || !url.port) throw new UsageError(`--gcp-endpoint must be grpc://HOST:PORT (gRPC) or http(s)://HOST:PORT (REST), got "${value}"`);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new UsageError(`--gcp-endpoint is for loopback simulators (127.0.0.1, localhost), got "${value}"`);
  return url;
}

/** `phiscan scan --project <id> [--project <id>] | --folder <id> | --organization <id>`: Cloud Asset Inventory with ADC. */
export const gcpInput: InputSource = {
  name: 'gcp',
  register(command: Command): void {
    command
      .option('--project <id>', 'GCP project id to scan through Cloud Asset Inventory (repeatable)', repeatable)
      .option('--folder <id>', 'GCP folder id (numeric) to scan through Cloud Asset Inventory')
      .option('--organization <id>', 'GCP organization id (numeric) to scan through Cloud Asset Inventory')
      .option('--gcp-endpoint <url>', 'testing only: send every Cloud Asset Inventory call to this loopback server, grpc://HOST:PORT or http(s)://HOST:PORT for REST (also PHISCAN_GCP_ENDPOINT)');
  },
  select(options): SelectedInput | undefined {
    const rawProjects = options.project === undefined ? [] : Array.isArray(options.project) ? (options.project as unknown[]) : [options.project];
    const projects = rawProjects.map((p) => {
      const v = text(p).trim().replace(/^projects\//, '');
      if (!PROJECT_ID.test(v)) throw new UsageError(`--project must be a project id (6-30 lowercase letters, digits or hyphens, starting with a letter), got "${text(p)}"`);
      return v;
    });
    const folder = numericId('--folder', 'folders', options.folder);
    const organization = numericId('--organization', 'organizations', options.organization);
    if (projects.length === 0 && folder === undefined && organization === undefined) return undefined;
    const scope = { projects: [...new Set(projects)].sort(), ...(folder ? { folder } : {}), ...(organization ? { organization } : {}) };
    const rawEndpoint = options.gcpEndpoint === undefined ? process.env.PHISCAN_GCP_ENDPOINT : text(options.gcpEndpoint);
    const endpoint = rawEndpoint ? parseGcpEndpoint(rawEndpoint.trim()) : undefined;
    return {
      collector: lazyCollector('gcp', async () => {
        const gcp = await import('../../../providers/gcp/index.js');
        return gcp.createGcpCollector(scope, endpoint ? { clientOptions: gcp.gcpEndpointClientOptions(endpoint) } : {});
      }),
      input: { kind: 'gcp', scope: [...(organization ? [`organizations/${organization}`] : []), ...(folder ? [`folders/${folder}`] : []), ...scope.projects.map((p) => `projects/${p}`)] },
    };
  },
};
