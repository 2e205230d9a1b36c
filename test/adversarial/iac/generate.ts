import { closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Generators for the IaC adversarial suite: Terraform plans in each JSON layout Terraform has
 * written, text in each encoding, and large inputs written as a stream (never one string).
 *
 * Plan layouts follow Terraform's own marshalling code (internal/command/jsonplan and
 * jsonconfig; command/jsonplan before 0.15) and the JSON output format page:
 * - "0.1", Terraform 0.12 to 1.0.0: change = {actions, before, after, after_unknown}; a delete
 *   leaves `after` out; provider_name is the short "aws" in 0.12; no sensitivity, no drift.
 * - "0.2", Terraform 1.0.1 to 1.0.x: adds before_sensitive/after_sensitive, resource_drift (the
 *   same item shape, before resource_changes), sensitive_values in planned_values.
 * - "1.x", Terraform 1.1 on: adds previous_address, action_reason, relevant_attributes, checks,
 *   timestamp, applyable/complete/errored, importing; `after` of a delete is written as null.
 */

export type PlanFormat = '0.1' | '0.2' | '1.2';

export interface PlanResource {
  readonly type: string;
  readonly name: string;
  readonly values: Record<string, unknown>;
  /** after_unknown (true leaves, omitted known ones). */
  readonly unknown?: Record<string, unknown>;
  readonly expressions?: Record<string, unknown>;
  /** Module call name (one level), for module.<name>.<type>.<name>. */
  readonly module?: string;
  readonly index?: number | string;
  readonly action?: 'create' | 'update' | 'delete' | 'no-op' | 'replace';
  readonly mode?: 'managed' | 'data';
}

const TF_VERSION: Record<PlanFormat, string> = { '0.1': '0.12.31', '0.2': '1.0.11', '1.2': '1.9.8' };

const addressOf = (r: PlanResource) => `${r.module ? `module.${r.module}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}${r.index === undefined ? '' : typeof r.index === 'number' ? `[${r.index}]` : `[${JSON.stringify(r.index)}]`}`;

/** Drop the unknown paths from `after`, as Terraform does (list elements become null). */
function omitUnknown(after: Record<string, unknown>, unknown: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!unknown) return after;
  return Object.fromEntries(Object.entries(after).filter(([k]) => unknown[k] !== true));
}

/** A `terraform show -json` document of the given format for these resources. */
export function planDoc(format: PlanFormat, resources: readonly PlanResource[], options: { region?: string } = {}): Record<string, unknown> {
  const providerName = format === '0.1' ? 'aws' : 'registry.terraform.io/hashicorp/aws';
  const changes = resources.map((r) => {
    const address = addressOf(r);
    const action = r.action ?? 'create';
    const actions = action === 'replace' ? ['delete', 'create'] : [action];
    const after = action === 'delete' ? undefined : omitUnknown(r.values, r.unknown);
    const change: Record<string, unknown> = { actions };
    change.before = action === 'create' ? null : r.values;
    if (after !== undefined) change.after = after;
    else if (format !== '0.1') change.after = null;
    change.after_unknown = action === 'delete' ? {} : (r.unknown ?? {});
    if (format !== '0.1') {
      change.before_sensitive = action === 'create' ? false : {};
      change.after_sensitive = action === 'delete' ? false : {};
    }
    const item: Record<string, unknown> = { address };
    if (r.module) item.module_address = `module.${r.module}`;
    Object.assign(item, { mode: r.mode ?? 'managed', type: r.type, name: r.name });
    if (r.index !== undefined) item.index = r.index;
    item.provider_name = providerName;
    item.change = change;
    if (format === '1.2' && action === 'delete') item.action_reason = 'delete_because_no_resource_config';
    return item;
  });
  const planned = resources
    .filter((r) => (r.action ?? 'create') !== 'delete')
    .map((r) => ({ address: addressOf(r), mode: r.mode ?? 'managed', type: r.type, name: r.name, ...(r.index === undefined ? {} : { index: r.index }), provider_name: providerName, schema_version: 0, values: omitUnknown(r.values, r.unknown), ...(format === '0.1' ? {} : { sensitive_values: {} }) }));
  const configFor = (module: string | undefined) => {
    const seen = new Set<string>();
    return resources
      .filter((r) => r.module === module && (r.mode ?? 'managed') === 'managed')
      .filter((r) => !seen.has(`${r.type}.${r.name}`) && Boolean(seen.add(`${r.type}.${r.name}`)))
      .map((r) => ({ address: `${r.type}.${r.name}`, mode: 'managed', type: r.type, name: r.name, provider_config_key: module ? (format === '0.1' ? 'aws' : `${module}:aws`) : 'aws', expressions: r.expressions ?? {}, schema_version: 0 }));
  };
  const modules = [...new Set(resources.map((r) => r.module).filter((m): m is string => m !== undefined))];
  const doc: Record<string, unknown> = { format_version: format, terraform_version: TF_VERSION[format] };
  doc.planned_values = {
    root_module: {
      resources: planned.filter((p) => !p.address.startsWith('module.')),
      ...(modules.length > 0 ? { child_modules: modules.map((m) => ({ address: `module.${m}`, resources: planned.filter((p) => p.address.startsWith(`module.${m}.`)) })) } : {}),
    },
  };
  if (format !== '0.1') {
    // Drift of a resource that is also changed: its values must never be read as the plan's.
    const first = changes[0];
    if (first) doc.resource_drift = [{ ...first, change: { actions: ['update'], before: {}, after: { drifted: true }, before_sensitive: {}, after_sensitive: {} } }];
  }
  if (format === '1.2') doc.relevant_attributes = [{ resource: addressOf(resources[0] ?? { type: 'x', name: 'y', values: {} }), attribute: ['id'] }];
  doc.resource_changes = changes;
  if (resources.some((r) => r.action && r.action !== 'create')) {
    doc.prior_state = { format_version: format === '1.2' ? '1.0' : format, terraform_version: TF_VERSION[format], values: { root_module: { resources: resources.map((r) => ({ address: addressOf(r), mode: 'managed', type: r.type, name: r.name, provider_name: providerName, schema_version: 0, values: r.values })) } } };
  }
  doc.configuration = {
    provider_config: { aws: { name: 'aws', ...(format === '0.1' ? {} : { full_name: providerName }), expressions: { region: { constant_value: options.region ?? 'us-east-1' } } } },
    root_module: {
      resources: configFor(undefined),
      ...(modules.length > 0 ? { module_calls: Object.fromEntries(modules.map((m) => [m, { source: `./modules/${m}`, module: { resources: configFor(m) } }])) } : {}),
    },
  };
  if (format === '1.2') {
    doc.checks = [];
    doc.timestamp = '2026-01-01T00:00:00Z';
    doc.applyable = true;
    doc.complete = true;
    doc.errored = false;
  }
  return doc;
}

/** A plan with `n` resource changes, written to `file` piece by piece (a 1M-resource plan is over V8's string limit). */
export function writeLargePlan(file: string, n: number, options: { pretty?: boolean; padBytes?: number } = {}): void {
  const fd = openSync(file, 'w');
  const nl = options.pretty ? '\n' : '';
  const pad = options.padBytes ? 'x'.repeat(options.padBytes) : '';
  const chunk: string[] = [];
  let size = 0;
  const write = (s: string) => {
    chunk.push(s);
    size += s.length;
    if (size > 1 << 20) {
      writeSync(fd, chunk.join(''));
      chunk.length = 0;
      size = 0;
    }
  };
  try {
    write(`{"format_version":"1.2","terraform_version":"1.9.8",${nl}"planned_values":{"root_module":{"resources":[]}},${nl}"resource_changes":[${nl}`);
    for (let i = 0; i < n; i++) {
      const type = i % 2 === 0 ? 'aws_kms_key' : 'aws_ebs_volume';
      const values = largeEstateValues(type, i, pad);
      write(`${i === 0 ? '' : `,${nl}`}{"address":"${type}.r${i}","mode":"managed","type":"${type}","name":"r${i}","provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["create"],"before":null,"after":${values},"after_unknown":{"id":true,"arn":true}}}`);
    }
    write(`${nl}],${nl}"configuration":{"provider_config":{"aws":{"name":"aws","expressions":{"region":{"constant_value":"us-east-1"}}}},"root_module":{}}}${nl}`);
    writeSync(fd, chunk.join(''));
  } finally {
    closeSync(fd);
  }
}

/** The arguments of resource `i` of the large estate (a KMS key or an EBS volume), as JSON text: the plan's `after` and the CDKTF block alike. */
function largeEstateValues(type: string, i: number, pad: string): string {
  return type === 'aws_kms_key' ? `{"description":"key ${i}${pad}","enable_key_rotation":${i % 3 !== 0},"is_enabled":true}` : `{"availability_zone":"us-east-1a","size":8,"encrypted":${i % 5 !== 0}}`;
}

/** The estate of writeLargePlan as a CDKTF stack (cdk.tf.json), written piece by piece like the plan. */
export function writeLargeCdktf(file: string, n: number, options: { padBytes?: number } = {}): void {
  const pad = options.padBytes ? 'x'.repeat(options.padBytes) : '';
  const fd = openSync(file, 'w');
  const parts: string[] = [];
  const flush = () => (writeSync(fd, parts.join('')), (parts.length = 0));
  try {
    parts.push('{"provider":{"aws":[{"region":"us-east-1"}]},"resource":{');
    for (const type of ['aws_kms_key', 'aws_ebs_volume']) {
      parts.push(`${type === 'aws_kms_key' ? '' : ','}"${type}":{`);
      for (let i = type === 'aws_kms_key' ? 0 : 1, first = true; i < n; i += 2, first = false) {
        const values = largeEstateValues(type, i, pad);
        parts.push(`${first ? '' : ','}"r${i}":{"//":{"metadata":{"path":"scale/r${i}","uniqueId":"r${i}"}},${values.slice(1)}`);
        if (parts.length > 10_000) flush();
      }
      parts.push('}');
    }
    parts.push('}}\n');
    flush();
  } finally {
    closeSync(fd);
  }
}

/** Text as bytes in an encoding, with or without its byte-order mark. */
export function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-nobom' | 'utf-16be-nobom'): Buffer {
  const utf16le = Buffer.from(text, 'utf16le');
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]);
    case 'utf-16le-nobom':
      return utf16le;
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()]);
    case 'utf-16be-nobom':
      return Buffer.from(utf16le).swap16();
  }
}

/** A fresh temporary directory holding `files` (text or bytes), paths relative to it. */
export function tempTree(files: Readonly<Record<string, string | Buffer>>, prefix = 'phiscan-adv-iac-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(d, name)), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  return d;
}
