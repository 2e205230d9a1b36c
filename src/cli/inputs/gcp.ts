import type { Command } from 'commander';
import { createGcpCollector } from '../../../providers/gcp/index.js';
import type { InputSource, SelectedInput } from './types.js';
import { repeatable } from '../options.js';
import { UsageError } from '../exit-codes.js';

const PROJECT_ID = /^(?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const NUMERIC = /^\d{1,20}$/;

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

function numericId(flag: string, kind: 'folders' | 'organizations', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const v = text(value).trim().replace(new RegExp(`^${kind}/`), '');
  if (!NUMERIC.test(v)) throw new UsageError(`${flag} must be a numeric ${kind === 'folders' ? 'folder' : 'organization'} id (e.g. 123456789012), got "${text(value)}"`);
  return v;
}

/** `phiscan scan --project <id> [--project <id>] | --folder <id> | --organization <id>`: Cloud Asset Inventory with ADC. */
export const gcpInput: InputSource = {
  name: 'gcp',
  register(command: Command): void {
    command
      .option('--project <id>', 'GCP project id to scan through Cloud Asset Inventory (repeatable)', repeatable)
      .option('--folder <id>', 'GCP folder id (numeric) to scan through Cloud Asset Inventory')
      .option('--organization <id>', 'GCP organization id (numeric) to scan through Cloud Asset Inventory');
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
    return {
      collector: createGcpCollector(scope),
      input: { kind: 'gcp', scope: [...(organization ? [`organizations/${organization}`] : []), ...(folder ? [`folders/${folder}`] : []), ...scope.projects.map((p) => `projects/${p}`)] },
    };
  },
};
