import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHUNK_BYTES } from '../../providers/terraform/decode.js';
import { InputError, loadTerraformPlans } from '../../providers/terraform/index.js';
import { mapResources } from '../../providers/terraform/map/index.js';
import { UNKNOWN, type TfResource } from '../../providers/terraform/model.js';
import { parsePlan } from '../../providers/terraform/plan.js';
import { main } from '../../src/cli/program.js';
import { encode, planDoc, tempTree, writeLargePlan, type PlanFormat, type PlanResource } from './iac/generate.js';

const quiet = { warn: () => {} };

/** What every format must read the same way: a create with unknowns, an update, a delete, a data source, module and keyed instances. */
const RESOURCES: readonly PlanResource[] = [
  { type: 'aws_kms_key', name: 'phi', values: { description: 'phi', enable_key_rotation: true, is_enabled: true }, unknown: { arn: true, id: true, policy: true }, expressions: { description: { constant_value: 'phi' }, enable_key_rotation: { constant_value: true } } },
  { type: 'aws_ebs_volume', name: 'data', values: { availability_zone: 'us-east-1a', size: 100, encrypted: false }, action: 'update', expressions: { size: { constant_value: 100 } } },
  { type: 'aws_s3_bucket', name: 'old', values: { bucket: 'old' }, action: 'delete' },
  { type: 'aws_iam_policy_document', name: 'p', mode: 'data', values: { json: '{}' }, action: 'no-op' },
  { type: 'aws_kms_key', name: 'k', module: 'db', index: 0, values: { description: 'db', enable_key_rotation: false }, unknown: { arn: true } },
  { type: 'aws_kms_key', name: 'e', index: 'eu', values: { description: 'eu', enable_key_rotation: true }, action: 'replace' },
];

const addresses = (rs: readonly TfResource[]) => rs.map((r) => r.address).sort();

/** The InputError message a read throws (the test fails if it does not throw one). */
function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('expected an InputError');
}

const plan = (doc: unknown) => JSON.stringify(doc);
const item = (over: Record<string, unknown> = {}) => ({ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', change: { actions: ['create'], before: null, after: { description: 'k' }, after_unknown: {} }, ...over });
const withChanges = (changes: unknown, extra: Record<string, unknown> = {}) => plan({ format_version: '1.2', planned_values: { root_module: {} }, resource_changes: changes, ...extra });

describe('plan formats: every format_version Terraform has written', () => {
  for (const format of ['0.1', '0.2', '1.2'] as PlanFormat[]) {
    for (const pretty of [false, true]) {
      it(`reads format ${format} (${pretty ? 'pretty-printed' : "Terraform's one-line output"})`, () => {
        const text = JSON.stringify(planDoc(format, RESOURCES, { region: 'us-west-2' }), null, pretty ? 2 : undefined);
        const rs = parsePlan('plan.json', text);
        // The delete and the data source are not in the planned state; the replacement is.
        expect(addresses(rs)).toEqual(['aws_ebs_volume.data', 'aws_kms_key.e["eu"]', 'aws_kms_key.phi', 'module.db.aws_kms_key.k[0]']);
        const phi = rs.find((r) => r.address === 'aws_kms_key.phi');
        expect(phi?.values).toMatchObject({ description: 'phi', enable_key_rotation: true, arn: UNKNOWN, policy: UNKNOWN });
        // Drift (0.2 on) has the same shape as a change and is never read as the plan.
        expect(phi?.values).not.toHaveProperty('drifted');
        expect(phi?.region).toBe('us-west-2');
        const inModule = rs.find((r) => r.address === 'module.db.aws_kms_key.k[0]');
        expect(inModule).toMatchObject({ configAddress: 'module.db.aws_kms_key.k', modulePath: 'module.db', index: 0, region: 'us-west-2' });
        expect(rs.find((r) => r.address === 'aws_kms_key.e["eu"]')?.index).toBe('eu');
        // The line of each resource's "address" in its resource_changes item.
        const lines = text.split('\n');
        for (const r of rs) expect(lines[r.line - 1]).toContain(`"address":${pretty ? ' ' : ''}${JSON.stringify(r.address)}`);
        // The mappers see the same resources from every format.
        expect(mapResources(rs).map((m) => m.id).sort()).toEqual(['terraform:aws_ebs_volume.data', 'terraform:aws_kms_key.e["eu"]', 'terraform:aws_kms_key.phi', 'terraform:module.db.aws_kms_key.k[0]']);
      });
    }
  }

  it('refuses only a future major version, in one line naming it, at its place', () => {
    expect(errorOf(() => parsePlan('plan.json', '{\n  "format_version": "2.0",\n  "resource_changes": []\n}'))).toBe(
      'plan.json:2:3: unsupported plan format_version "2.0" (phiscan reads 0.1, 0.2 and 1.x: the formats of Terraform 0.12 to 1.x; a newer phiscan may read this one)',
    );
    expect(parsePlan('plan.json', plan({ format_version: '1.9', resource_changes: [item()] }))).toHaveLength(1);
    expect(errorOf(() => parsePlan('plan.json', plan({ format_version: 1.2, resource_changes: [] })))).toMatch(/^plan\.json:1:2: format_version is number 1\.2, expected a version string/);
  });

  it('names Terraform state given for a plan, refuses an errored plan and warns on an incomplete one', () => {
    expect(errorOf(() => parsePlan('s.json', plan({ format_version: '1.0', terraform_version: '1.9.8', values: { root_module: {} } })))).toMatch(/^s\.json:1:1: Terraform state JSON, not a plan/);
    expect(errorOf(() => parsePlan('p.json', withChanges([item()], { errored: true })))).toMatch(/^p\.json:1:1: the plan errored \("errored": true\)/);
    const warnings: string[] = [];
    expect(parsePlan('p.json', withChanges([item()], { complete: false }), undefined, (m) => warnings.push(m))).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/^p\.json: the plan is incomplete \("complete": false/)]);
  });

  it('reads deferred changes (Terraform 1.9+) as resources whose values are mostly unknown', () => {
    const rs = parsePlan('p.json', withChanges([], { deferred_changes: [{ reason: 'instance_count_unknown', resource_change: item({ change: { actions: ['create'], after: {}, after_unknown: { description: true } } }) }] }));
    expect(rs.map((r) => [r.address, r.values.description])).toEqual([['aws_kms_key.k', UNKNOWN]]);
  });

  it('refuses a plan whose planned_values has resources but which has no resource_changes', () => {
    expect(errorOf(() => parsePlan('p.json', plan({ format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'a.b' }], child_modules: [{ resources: [{}, {}] }] } } })))).toMatch(/^p\.json:1:1: the plan has 3 planned resources but no resource_changes/);
    // A plan of an empty configuration: nothing to read, and it says so by having nothing.
    expect(parsePlan('p.json', plan({ format_version: '1.2', planned_values: { root_module: {} } }))).toEqual([]);
  });
});

describe('plan structure: malformed plans are exit-2 errors at the offending place, never 0 resources', () => {
  const cases: [string, string, RegExp][] = [
    ['a null item', withChanges([null]), /^p\.json:1:\d+: resource_changes\[0\] is null, expected a resource change object$/],
    ['a number item', withChanges([item(), 42]), /^p\.json:1:\d+: resource_changes\[1\] is number 42, expected a resource change object$/],
    ['a list item', withChanges([[]]), /resource_changes\[0\] is a list, expected a resource change object/],
    ['change: null', withChanges([item({ change: null })]), /resource_changes\[0\]: "change" is null, expected an object with "actions" and "after"/],
    ['no change', withChanges([{ address: 'a_b.c', mode: 'managed', type: 'a_b', name: 'c' }]), /resource_changes\[0\]: "change" is missing, expected an object/],
    ['after of the wrong type', withChanges([item({ change: { actions: ['create'], after: 'x' } })]), /"change\.after" is a string, expected an object or null/],
    ['after null for a create', withChanges([item({ change: { actions: ['create'], after: null } })]), /"change\.after" is null for actions \["create"\]: the resource's planned values are missing/],
    ['actions not a list', withChanges([item({ change: { actions: 'create', after: {} } })]), /"change\.actions" is a string, expected a list of actions/],
    ['no actions', withChanges([item({ change: { actions: [], after: {} } })]), /"change\.actions" is a list, expected a list of actions/],
    ['after_unknown of the wrong type', withChanges([item({ change: { actions: ['create'], after: {}, after_unknown: 'x' } })]), /"change\.after_unknown" is a string/],
    ['a numeric type', withChanges([item({ type: 42 })]), /resource_changes\[0\]: "type" is number 42, expected a non-empty string/],
    ['no address', withChanges([item({ address: undefined })]), /resource_changes\[0\]: "address" is missing/],
    ['an unknown mode', withChanges([item({ mode: 'weird' })]), /"mode" is "weird", expected "managed" or "data"/],
    ['an index of the wrong type', withChanges([item({ index: { a: 1 } })]), /"index" is an object, expected a number or a string/],
    ['resource_changes an object', withChanges({}), /^p\.json:1:\d+: resource_changes is an object, expected a list$/],
    ['configuration a string', withChanges([item()], { configuration: 'x' }), /configuration is a string, expected an object/],
    ['configuration a list', withChanges([item()], { configuration: [] }), /configuration is a list, expected an object/],
    ['configuration null', withChanges([item()], { configuration: null }), /configuration is null, expected an object/],
    ['config resources not a list', withChanges([item()], { configuration: { root_module: { resources: {} } } }), /configuration\.root_module\.resources is an object, expected a list/],
    ['a null config resource', withChanges([item()], { configuration: { root_module: { resources: [null] } } }), /configuration\.root_module\.resources\[0\] is null, expected a resource object/],
    ['config expressions a list', withChanges([item()], { configuration: { root_module: { resources: [{ address: 'aws_kms_key.k', mode: 'managed', expressions: [] }] } } }), /"expressions" is a list, expected an object/],
    ['module_calls a list', withChanges([item()], { configuration: { root_module: { module_calls: [] } } }), /configuration\.root_module\.module_calls is a list, expected an object/],
    ['a provider config a string', withChanges([item()], { configuration: { provider_config: { aws: 'x' } } }), /configuration\.provider_config\["aws"\] is a string, expected an object/],
    ['planned_values a list', plan({ format_version: '1.2', planned_values: [] }), /planned_values is a list, expected an object/],
    ['the document a list', '[]', /^p\.json:1:1: not a Terraform plan JSON: the document is a list/],
    ['no format_version', plan({ resource_changes: [] }), /^p\.json:1:1: not a Terraform plan JSON/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => expect(errorOf(() => parsePlan('p.json', text))).toMatch(message));
  }

  it('points at the key of the bad field in a pretty-printed plan', () => {
    const text = JSON.stringify({ format_version: '1.2', resource_changes: [item(), item({ change: null })] }, null, 2);
    const message = errorOf(() => parsePlan('p.json', text));
    const [, line, col] = /^p\.json:(\d+):(\d+):/.exec(message) ?? [];
    expect(text.split('\n')[Number(line) - 1]?.slice(Number(col) - 1)).toMatch(/^"change": null/);
  });

  it('refuses text after the JSON document instead of dropping what follows', () => {
    expect(errorOf(() => parsePlan('p.json', `${withChanges([item()])}\n{"more": 1}`))).toBe('p.json:2:1: invalid JSON: unexpected "{" after the end of the JSON document');
    expect(errorOf(() => parsePlan('p.json', `${withChanges([item()])} garbage`))).toMatch(/^p\.json:1:\d+: invalid JSON: unexpected "g" after the end of the JSON document$/);
    // Whitespace after the document is fine.
    expect(parsePlan('p.json', `${withChanges([item()])}\n\n  \n`)).toHaveLength(1);
  });

  it('puts errors at their real place: line 1 for what is not JSON, the end for a truncated file', () => {
    expect(errorOf(() => parsePlan('p.json', 'format_version: "1.2"\nresource_changes: []\n'))).toBe('p.json:1:1: invalid JSON: unexpected "f"');
    expect(errorOf(() => parsePlan('p.json', '<html>\n<body>502 Bad Gateway</body>\n</html>\n'))).toBe('p.json:1:1: invalid JSON: unexpected "<"');
    expect(errorOf(() => parsePlan('p.json', ''))).toBe('p.json:1:1: invalid JSON: the file is empty');
    expect(errorOf(() => parsePlan('p.json', '  \n '))).toBe('p.json:1:1: invalid JSON: the file is empty');
    const text = JSON.stringify(JSON.parse(withChanges([item(), item()])), null, 2);
    const cut = text.slice(0, text.lastIndexOf('"description"') + 8);
    expect(errorOf(() => parsePlan('p.json', cut))).toMatch(new RegExp(`^p\\.json:${cut.split('\n').length}:\\d+: invalid JSON: (unterminated string|unexpected end of input) \\(truncated\\?\\)$`));
    expect(errorOf(() => parsePlan('p.json', '{"format_version": "1.2",\n  "resource_changes": [\n    {"address": tru}]}'))).toBe('p.json:3:17: invalid JSON: unexpected "t"');
  });

  it('checks the parts it skips and the parts it parses alike: escapes, numbers, control characters', () => {
    // In planned_values (checked, then dropped) and in a resource change (parsed).
    expect(errorOf(() => parsePlan('p.json', '{"format_version":"1.2","planned_values":{"x":"a\\qb"},"resource_changes":[]}'))).toMatch(/^p\.json:1:\d+: invalid JSON: invalid escape "\\q" in a string$/);
    expect(errorOf(() => parsePlan('p.json', '{"format_version":"1.2","resource_changes":[{"address":"a\\qb"}]}'))).toMatch(/^p\.json:1:\d+: invalid JSON: invalid escape "\\q" in a string$/);
    expect(errorOf(() => parsePlan('p.json', '{"format_version":"1.2","resource_changes":[{"n":01}]}'))).toMatch(/invalid JSON: invalid number "01"/);
    expect(errorOf(() => parsePlan('p.json', '{"format_version":"1.2","resource_changes":[{"s":"a\tb"}]}'))).toMatch(/invalid JSON: a control character \(0x09\) inside a string/);
    expect(errorOf(() => parsePlan('p.json', '{"format_version":"1.2","resource_changes":[{"a":1,}]}'))).toMatch(/^p\.json:1:\d+: invalid JSON: expected a property name in double quotes but found "}"$/);
  });

  it('refuses nesting past its limit, in skipped and parsed parts, without a stack overflow', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(errorOf(() => parsePlan('p.json', `{"format_version":"1.2","planned_values":{"x":${deep(100_000)}},"resource_changes":[]}`))).toMatch(/^p\.json:1:\d+: invalid JSON: nesting deeper than 512 levels$/);
    expect(errorOf(() => parsePlan('p.json', `{"format_version":"1.2","resource_changes":[{"change":{"before":${deep(100_000)}}}]}`))).toMatch(/nesting deeper than 512 levels/);
    expect(errorOf(() => parsePlan('p.json', `{"format_version":"1.2","resource_changes":[{"change":{"after":{"x":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}}}]}`))).toMatch(/nesting deeper than 512 levels/);
  });

  it('reads prototype names (toString, constructor, __proto__) as plain names: no crash, no phantom resource', () => {
    const types = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
    const text = withChanges(
      types.map((t) => item({ address: `${t}.x`, type: t, name: 'x' })),
      { configuration: { provider_config: { constructor: { name: 'constructor' } }, root_module: { resources: [{ address: '__proto__.x', mode: 'managed', type: '__proto__', name: 'x', provider_config_key: 'constructor', expressions: { ['__proto__']: { references: ['aws_kms_key.k'] } } }] } } },
    );
    const rs = parsePlan('p.json', text);
    expect(rs.map((r) => r.type)).toEqual(types);
    // Inventoried under their plain names, never mapped through a prototype member.
    expect(mapResources(rs).map((r) => [r.type, (r.config as { terraformType?: string }).terraformType])).toEqual(types.map((t) => ['iac.unmapped', t]));
    const proto = rs.find((r) => r.type === '__proto__');
    expect(proto?.region).toBeUndefined();
    expect(Object.hasOwn(proto?.refs ?? {}, '__proto__')).toBe(true);
    // An unknown `__proto__` attribute is an own value, not the object's prototype.
    const [k] = parsePlan('p.json', withChanges([item({ change: { actions: ['create'], after: { ['__proto__']: { polluted: true } }, after_unknown: { ['__proto__']: true, toString: true } } })]));
    expect(Object.getPrototypeOf(k?.values)).toBe(Object.prototype);
    expect(Object.hasOwn(k?.values ?? {}, '__proto__') && (k?.values as Record<string, unknown>).__proto__).toBe(UNKNOWN);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A tag named `__proto__` is an own tag of the mapped resource, like any other.
    const [tagged] = mapResources(parsePlan('p.json', withChanges([item({ change: { actions: ['create'], after: { description: 'k', tags: { ['__proto__']: 'x', phi: 'true' } }, after_unknown: {} } })])));
    expect(Object.entries(tagged?.tags ?? {})).toEqual([['__proto__', 'x'], ['phi', 'true']]);
  });

  it('reads a plan whose values disagree in shape with after_unknown as unknown, not as absent', () => {
    const [k] = parsePlan('p.json', withChanges([item({ change: { actions: ['create'], after: { ingress: null, tags: [] }, after_unknown: { ingress: [{ cidr_blocks: true }], tags: { a: true } } } })]));
    expect(k?.values).toMatchObject({ ingress: UNKNOWN, tags: UNKNOWN });
  });
});

describe('plan encodings: one decoder for every IaC reader', () => {
  const text = JSON.stringify(planDoc('1.2', [{ type: 'aws_kms_key', name: 'clé', values: { description: 'schlüssel 🔑', enable_key_rotation: true } }]), null, 2);
  for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'] as const) {
    it(`reads a ${encoding} plan`, async () => {
      const d = tempTree({ 'plan.json': encode(text, encoding) });
      const [key] = await loadTerraformPlans([join(d, 'plan.json')], [], quiet);
      expect(key?.id).toBe('terraform:aws_kms_key.clé');
      expect(key?.name).toBe('schlüssel 🔑');
    });
  }

  const refused: [string, Buffer, RegExp][] = [
    ['UTF-16LE without a BOM', encode(text, 'utf-16le-nobom'), /^plan\.json:1:1: UTF-16LE text without a byte-order mark; save it as UTF-8/],
    ['UTF-16BE without a BOM', encode(text, 'utf-16be-nobom'), /^plan\.json:1:1: UTF-16BE text without a byte-order mark/],
    ['UTF-32', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{}')]), /^plan\.json:1:1: UTF-32 text \(byte-order mark FF FE 00 00\) is not read/],
    ['a binary plan file', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), /^plan\.json:1:1: a zip archive, not text \(a binary plan file from `terraform plan -out`\?/],
    ['binary data', Buffer.from([0x7b, 0x0a, 0x00, 0x01, 0x02, 0x41]), /^plan\.json:2:1: binary data \(a NUL byte at byte offset 2\)/],
    ['Latin-1 text', Buffer.from('{\n  "format_version": "1.2",\n  "x": "caf\xe9"\n}', 'latin1'), /^plan\.json:3:\d+: invalid UTF-8 at byte offset 40 \(the file is neither UTF-8 nor UTF-16 with a byte-order mark/],
    ['an unpaired UTF-16 surrogate', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":"', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('"}', 'utf16le')]), /^plan\.json: invalid UTF-16LE \(an unpaired surrogate\)/],
  ];
  for (const [name, bytes, message] of refused) {
    it(`refuses ${name} in one line saying what it found`, async () => {
      const d = tempTree({ 'plan.json': bytes });
      const err = await loadTerraformPlans([join(d, 'plan.json')], [], quiet).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message.replace(/^.*\/plan\.json/, 'plan.json')).toMatch(message);
    });
  }

  it('decodes characters and finds invalid bytes across the read chunks', async () => {
    // "é" (2 bytes) split by the chunk boundary must decode; an invalid byte just past it must be found at its offset.
    const CHUNK = CHUNK_BYTES;
    const head = '{"format_version":"1.2","resource_changes":[],"pad":"';
    const padding = 'a'.repeat(CHUNK - head.length - 1);
    const ok = Buffer.from(`${head}${padding}é"}`);
    expect(ok[CHUNK - 1]).toBe(0xc3);
    const d = tempTree({ 'ok.json': ok, 'bad.json': Buffer.concat([Buffer.from(`${head}${padding}é`), Buffer.from([0xff]), Buffer.from('"}')]) });
    await expect(loadTerraformPlans([join(d, 'ok.json')], [], quiet)).resolves.toEqual([]);
    await expect(loadTerraformPlans([join(d, 'bad.json')], [], quiet)).rejects.toThrow(new RegExp(`bad\\.json:1:\\d+: invalid UTF-8 at byte offset ${CHUNK + 1} `));
  });
});

describe('plan files', () => {
  it('refuses what is not a regular file (a FIFO would block the read)', async () => {
    const d = tempTree({});
    await expect(loadTerraformPlans([d], [], quiet)).rejects.toThrow(/: not a regular file \(--terraform-plan expects/);
    await expect(loadTerraformPlans([join(d, 'missing.json')], [], quiet)).rejects.toThrow(/missing\.json: no such file/);
  });

  it('reads a plan of 130,000 resources (past the size that overflowed the stack) in one piece', async () => {
    const d = tempTree({});
    const file = join(d, 'plan.json');
    writeLargePlan(file, 130_000);
    const rs = await loadTerraformPlans([file], [], quiet);
    expect(rs).toHaveLength(130_000);
  });

  it('the CLI exits 2 with one line and writes nothing for a malformed plan; reads a UTF-16 plan', async () => {
    const d = tempTree({ 'bad.json': withChanges([item({ change: null })]), 'utf16.json': encode(JSON.stringify(planDoc('0.1', RESOURCES)), 'utf-16le') });
    const stderr: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    const out = join(d, 'out');
    expect(await main(['scan', '--terraform-plan', join(d, 'bad.json'), '-o', out, '-q'])).toBe(2);
    expect(stderr.join('')).toMatch(/^phiscan: .*bad\.json:1:\d+: resource_changes\[0\]: "change" is null, expected an object with "actions" and "after"\n$/);
    expect(existsSync(out)).toBe(false);
    stderr.length = 0;
    const code = await main(['scan', '--terraform-plan', join(d, 'utf16.json'), '-o', out, '-q']);
    expect([0, 1]).toContain(code);
    expect(existsSync(join(out, 'phiscan.json'))).toBe(true);
    process.exitCode = undefined;
  });
});

/**
 * Full scale, by hand: PHISCAN_ADVERSARIAL_FULL=1 npx vitest run test/adversarial/iac-plan.test.ts
 * (a 202 MB plan, and a 1M-resource plan of 306 MB; numbers in docs/iac.md "Performance").
 */
describe.runIf(process.env.PHISCAN_ADVERSARIAL_FULL)('plan scale (full)', () => {
  it('reads a 200 MB plan (over the size that hit "Invalid string length")', { timeout: 600_000 }, async () => {
    const d = tempTree({});
    const file = join(d, 'plan.json');
    writeLargePlan(file, 400_000, { padBytes: 400 });
    const rs = await loadTerraformPlans([file], [], quiet);
    expect(rs.length).toBeGreaterThan(200_000);
  });

  it('reads a 1M-resource plan', { timeout: 600_000 }, async () => {
    const d = tempTree({});
    const file = join(d, 'plan.json');
    writeLargePlan(file, 1_000_000);
    const rs = await loadTerraformPlans([file], [], quiet);
    expect(rs).toHaveLength(1_000_000);
  });
});
