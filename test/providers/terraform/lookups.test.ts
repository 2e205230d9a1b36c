import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../bench/iac.js';
import { readCdktfStack } from '../../../providers/terraform/cdktf.js';
import { loadHclDir } from '../../../providers/terraform/hcl.js';
import { MapContext, UndeclaredLookupError } from '../../../providers/terraform/map/context.js';
import { LOOKED_UP_TYPES, mapResources, MAPPERS } from '../../../providers/terraform/map/index.js';
import type { TfResource } from '../../../providers/terraform/model.js';
import { parsePlan, readPlan } from '../../../providers/terraform/plan.js';

/**
 * The loaders drop a Terraform record once it is mapped unless a later mapping can ask for it
 * (MapContext.release): by reference, or by type when its type is in LOOKED_UP_TYPES. That list
 * must hold every mapped type a mapper looks up by type, or a join would silently miss resources.
 */

const MAP_DIR = join(import.meta.dirname, '..', '..', '..', 'providers', 'terraform', 'map');
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'iac');

/** The argument texts of a call whose opening parenthesis is at `open`, split at top-level commas. */
function argsAt(source: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) {
        args.push(source.slice(start, i).trim());
        return args.filter((a) => a !== '');
      }
    } else if (c === ',' && depth === 1) {
      args.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error('unbalanced call');
}

/** The Terraform types an argument names: a literal, a list of literals, or a constant of either in the same file; a template literal is dynamic. */
function typesOf(arg: string, source: string): string[] | 'dynamic' {
  if (/^'[a-z0-9_]+'$/.test(arg)) return [arg.slice(1, -1)];
  if (arg.startsWith('[')) {
    const parts = arg.slice(1, -1).split(',').map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('...'));
    const all = parts.map((p) => typesOf(p, source));
    return all.includes('dynamic') ? 'dynamic' : (all as string[][]).flat();
  }
  const constant = /^[A-Za-z_][A-Za-z0-9_]*$/.test(arg) ? new RegExp(`const ${arg}(?:: [^=]+)? = ([^;]+);`).exec(source) : null;
  if (constant?.[1]) return typesOf(constant[1].trim(), source);
  return 'dynamic';
}

/** [file, call, types] for every lookup by type in map/*.ts: ofType, children, parent with keys (a value index of the parent type), and declares() (aws.ts), which wraps ofType. */
function lookups(): { file: string; call: string; types: string[] | 'dynamic' }[] {
  const out: { file: string; call: string; types: string[] | 'dynamic' }[] = [];
  // The argument holding the looked-up type; parent only looks a type up by value when it is given keys (a 4th argument).
  const calls: Record<string, (args: string[]) => string | undefined> = {
    '.ofType(': (a) => a[0],
    '.children(': (a) => a[1],
    '.parent(': (a) => (a.length >= 4 ? a[2] : undefined),
    'declares(': (a) => a[0],
  };
  for (const file of readdirSync(MAP_DIR).filter((f) => f.endsWith('.ts') && f !== 'context.ts')) {
    const source = readFileSync(join(MAP_DIR, file), 'utf8');
    for (const [name, pick] of Object.entries(calls)) {
      for (let at = source.indexOf(name); at !== -1; at = source.indexOf(name, at + 1)) {
        // Skip the wrappers' own definitions (`const declares = (type: string, ...`).
        if (/const\s+$/.test(source.slice(Math.max(0, at - 10), at))) continue;
        const arg = pick(argsAt(source, at + name.length - 1));
        if (arg === undefined || /^\w+: /.test(arg)) continue;
        out.push({ file, call: `${name}${arg})`, types: typesOf(arg, source) });
      }
    }
  }
  return out;
}

describe('lookups by type while mapping Terraform', () => {
  it('LOOKED_UP_TYPES lists exactly the mapped types that map/*.ts looks up by type (read from every lookup call)', () => {
    const found = lookups();
    expect(found.length).toBeGreaterThan(60);
    const mapped = new Set(found.flatMap((l) => (l.types === 'dynamic' ? [] : l.types)).filter((t) => Object.hasOwn(MAPPERS, t)));
    expect([...LOOKED_UP_TYPES].sort()).toEqual([...mapped].sort());
    // A type chosen at run time cannot be read off the call: each such call was read, and the types it can look up have no mapper.
    const dynamic: Record<string, readonly string[]> = {
      "aws-services.ts .children(legacy ? 'aws_elasticsearch_domain_policy' : 'aws_opensearch_domain_policy')": ['aws_elasticsearch_domain_policy', 'aws_opensearch_domain_policy'],
      'aws.ts .children(`aws_vpc_security_group_${direction}_rule`)': ['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'],
      'aws.ts .children(grantType)': ['aws_snapshot_create_volume_permission'],
      'aws.ts .children(type)': ['aws_s3_bucket_server_side_encryption_configuration', 'aws_s3_bucket_policy', 'aws_s3_bucket_versioning', 'aws_s3_bucket_public_access_block', 'aws_s3_bucket_logging', 'aws_s3_bucket_object_lock_configuration'],
      // The body of declares(), whose calls are read above.
      'aws.ts .ofType(type)': [],
      'aws.ts .parent(groupTypes)': ['aws_db_parameter_group', 'aws_rds_cluster_parameter_group'],
      'azure.ts .children(FLOW_LOG)': ['azurerm_network_watcher_flow_log'],
      'azure-dbflex.ts .children(`${r.type}_configuration`)': ['azurerm_postgresql_flexible_server_configuration', 'azurerm_mysql_flexible_server_configuration'],
      'azure-dbflex.ts .children(`${r.type}_firewall_rule`)': ['azurerm_postgresql_flexible_server_firewall_rule', 'azurerm_mysql_flexible_server_firewall_rule'],
      'gcp.ts .children(`${prefix}_iam_binding`)': ['google_storage_bucket_iam_binding', 'google_kms_crypto_key_iam_binding', 'google_kms_key_ring_iam_binding', 'google_bigquery_dataset_iam_binding'],
      'gcp.ts .children(`${prefix}_iam_member`)': ['google_storage_bucket_iam_member', 'google_kms_crypto_key_iam_member', 'google_kms_key_ring_iam_member', 'google_bigquery_dataset_iam_member'],
      'gcp.ts .children(`${prefix}_iam_policy`)': ['google_storage_bucket_iam_policy', 'google_kms_crypto_key_iam_policy', 'google_kms_key_ring_iam_policy', 'google_bigquery_dataset_iam_policy'],
    };
    expect([...new Set(found.filter((l) => l.types === 'dynamic').map((l) => `${l.file} ${l.call}`))].sort()).toEqual(Object.keys(dynamic).sort());
    expect(Object.values(dynamic).flat().filter((t) => Object.hasOwn(MAPPERS, t))).toEqual([]);
  });

  it('looking up an undeclared mapped type throws, and mapping stops on it instead of leaving the resource mapping-failed', () => {
    const [key] = parsePlan('p.json', JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', change: { actions: ['create'], after: {} } }] }));
    const ctx = new MapContext([key], new Set(), new Set(['aws_kms_key']));
    expect(() => ctx.ofType('aws_kms_key')).toThrow(UndeclaredLookupError);
    expect(ctx.ofType('aws_s3_bucket')).toEqual([]);
  });

  it('mapping with release gives the same resources as without, on every fixture and a generated plan with references and joins, and drops the records nothing can ask for', async () => {
    const inputs: [string, () => Promise<TfResource[]>][] = [];
    for (const dir of ['aws/plan', 'aws/noncompliant']) {
      for (const f of readdirSync(join(FIXTURES, dir)).filter((x) => x.endsWith('.json') && !x.includes('unsupported'))) inputs.push([`${dir}/${f}`, () => readPlan(join(FIXTURES, dir, f), f)]);
    }
    inputs.push(['cdktf', () => readCdktfStack('phi-data', join(FIXTURES, 'cdktf/cdktf.out/stacks/phi-data/cdk.tf.json'))]);
    for (const dir of ['aws/compliant', 'aws/noncompliant', 'azure/compliant', 'azure/noncompliant', 'gcp/compliant', 'gcp/noncompliant']) inputs.push([`hcl ${dir}`, () => loadHclDir(join(FIXTURES, dir), { warn: () => {} })]);
    const generated = join(mkdtempSync(join(tmpdir(), 'phiscan-lookups-')), 'plan.json');
    writeFileSync(generated, generatePlan(2_000));
    inputs.push(['generated', () => readPlan(generated, 'plan.json')]);
    for (const [name, read] of inputs) {
      const kept = await read();
      const released = await read();
      expect(kept.length, name).toBeGreaterThan(0);
      expect(JSON.stringify(mapResources(released, () => {}, { release: true })), name).toBe(JSON.stringify(mapResources(kept)));
      // Every record left is one a later mapping could ask for: of a looked-up type, joined, unmapped, or named by a reference.
      const left = released.filter((r): r is TfResource => r !== undefined);
      expect(left.length, name).toBeLessThanOrEqual(kept.length);
      if (name === 'generated') expect(left.length).toBeLessThan(kept.length * 0.9);
    }
  }, 60_000);
});
