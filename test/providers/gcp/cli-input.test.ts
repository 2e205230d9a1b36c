import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { gcpInput } from '../../../src/cli/inputs/gcp.js';

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
