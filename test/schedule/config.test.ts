import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfigScope } from '../../src/cli/config-scope.js';
import { azureInput } from '../../src/cli/inputs/azure.js';
import { discoverConfig, parseConfig } from '../../src/cli/config.js';
import { parseDuration } from '../../src/cli/duration.js';
import { gcpInput } from '../../src/cli/inputs/gcp.js';
import { resolveScanSettings } from '../../src/cli/options.js';
import { STARTER_CONFIG } from '../../src/cli/starter-config.js';
import { tmp } from './_scan.js';

const invalid = (text: string): string => {
  try {
    parseConfig(text, 'phiscan.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'valid';
};

describe('phiscan.yaml', () => {
  it('the starter file written by `phiscan init` is valid and scans nothing until a scope is uncommented', () => {
    const config = parseConfig(STARTER_CONFIG, 'phiscan.yaml');
    expect(config.scope).toBeUndefined();
    expect(STARTER_CONFIG).toContain('#   projects: [my-phi-project]');
    expect(config.timeout).toBe('30m');
    expect(STARTER_CONFIG.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThan(15);
  });

  it('validates the scope of every provider, including those whose flags land later', () => {
    expect(invalid('scope:\n  aws:\n    accounts: ["111122223333"]\n    regions: [us-east-1, us-gov-west-1]\n    roleName: PhiscanReadOnly\n  azure:\n    subscriptions: ["0b1f6471-1bf0-4dda-aec3-cb9272f09590"]\n  gcp:\n    organization: "123"\n')).toBe('valid');
    expect(invalid('scope:\n  aws:\n    accounts: ["1234"]\n')).toBe('invalid config phiscan.yaml: /scope/aws/accounts/0: must match pattern "^[0-9]{12}$"');
    expect(invalid('scope:\n  aws:\n    regions: [mars-1]\n')).toContain('/scope/aws/regions/0');
    expect(invalid('scope:\n  azure:\n    subscriptions: [prod]\n')).toContain('/scope/azure/subscriptions/0');
    expect(invalid('scope:\n  gcp:\n    folder: folders/12\n')).toContain('/scope/gcp/folder');
    expect(invalid('scope:\n  oci: {}\n')).toBe('invalid config phiscan.yaml: /scope: unknown property "oci"');
    expect(invalid('timeout: soon\n')).toContain('/timeout');
    expect(invalid('severityOverrides:\n  gcp-storage-bucket-cmek: urgent\n')).toContain('must be one of critical, high, medium, low, info');
  });

  it('durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    for (const bad of ['', '0s', '15', '1d', 'm']) expect(() => parseDuration(bad)).toThrow(/^--timeout expects a duration/);
  });

  it('is discovered in the working directory; --config wins; flags override it', async () => {
    const dir = tmp();
    expect(await discoverConfig(undefined, dir)).toEqual({ config: {} });
    writeFileSync(join(dir, 'phiscan.yaml'), 'failOn: high\ntimeout: 2m\nsuppressions: sup.yaml\nscope:\n  gcp:\n    projects: [alpha-prod]\n');
    const found = await discoverConfig(undefined, dir);
    expect(found.config.failOn).toBe('high');
    expect(found.file).toBe(join(dir, 'phiscan.yaml'));
    expect(found.sha256).toMatch(/^[0-9a-f]{64}$/);
    const settings = await resolveScanSettings({ shard: '2/3', failOn: 'low' }, dir);
    expect(settings).toMatchObject({ failOn: 'low', timeoutMs: 120_000, suppressionsFile: 'sup.yaml', shard: { index: 2, count: 3 } });
    expect(settings.configFile?.path).toBe(join(dir, 'phiscan.yaml'));
    await expect(resolveScanSettings({ shard: '4/3' }, dir)).rejects.toThrow('--shard expects I/N with 1 <= I <= N, got "4/3"');
    const other = join(dir, 'other.yaml');
    writeFileSync(other, 'failOn: critical\n');
    expect((await resolveScanSettings({ config: other }, dir)).failOn).toBe('critical');
  });

  it('a provider scope in the file feeds that input; its command-line flags replace it', async () => {
    const scope = { gcp: { projects: ['alpha-prod', 'beta-prod'] }, aws: { accounts: ['111122223333'] } };
    const fromFile = applyConfigScope({}, scope);
    expect(fromFile.flags).toEqual({ project: ['alpha-prod', 'beta-prod'] });
    expect(fromFile.unwired).toEqual(['aws']);
    const selected = await gcpInput.select(fromFile.flags);
    expect(selected?.input).toEqual({ kind: 'gcp', scope: ['projects/alpha-prod', 'projects/beta-prod'] });
    expect(applyConfigScope({ organization: '100' }, scope).flags).toEqual({ organization: '100' });
  });

  it('an Azure scope in the file becomes the Azure input\'s flags', async () => {
    const sub = '0b1f6471-1bf0-4dda-aec3-cb9272f09590';
    const { flags, unwired } = applyConfigScope({}, { azure: { subscriptions: [sub], managementGroup: 'phi-platform' } });
    expect(unwired).toEqual([]);
    const selected = await azureInput.select(flags);
    expect(selected?.input).toEqual({ kind: 'azure', scope: ['managementGroups/phi-platform', `subscriptions/${sub}`] });
    expect(applyConfigScope({ azure: true }, { azure: { subscriptions: [sub] } }).flags).toEqual({ azure: true });
  });
});
