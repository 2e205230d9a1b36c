import type { FindingList, InventoryEntry, ScanReport } from '../../src/model/report.js';
import { countOf } from '../../src/lib/arrays.js';
import { byString } from '../../src/model/order.js';
import { csvLines } from '../csv.js';
import { batched, prettyJsonParts } from '../output.js';
import type { Reporter } from '../types.js';

export const INVENTORY_SCHEMA_VERSION = '1.1.0';

/** The entry is inventoried but no check that ran judges its type (reports before schema 1.2 do not say: not flagged). */
export const noChecks = (e: InventoryEntry): boolean => e.checks === 0;

/** What kind of asset an entry is, for grouping: its canonical type, or for `iac.unmapped` the Terraform type of its address. */
export function assetTypeOf(e: InventoryEntry): string {
  if (e.type !== 'iac.unmapped' || e.source.kind !== 'iac') return e.type;
  const parts = e.source.address.replace(/\[[^\]]*\]/g, '').split('.');
  return parts[parts.length - 2] ?? e.type;
}

/**
 * Notes an inventory reviewer acts on: data quality (the NPRM inventory names an accountable
 * person), and assets phiscan lists but does not assess, which need review by other means.
 */
function issues(e: InventoryEntry): string[] {
  const out: string[] = [];
  if (e.tags === null) out.push('tags-unreadable');
  if (e.ephi && !e.owner) out.push('ephi-without-owner');
  if (!e.ephi && e.tags !== null && !Object.keys(e.tags).some((k) => /^(phi|data-classification|classification)$/i.test(k))) out.push('unclassified');
  if (noChecks(e)) out.push('no-checks-for-type');
  return out;
}

function sourceText(e: InventoryEntry): string {
  return e.source.kind === 'iac' ? `${e.source.file}:${e.source.line}` : `live:${e.source.api}`;
}

/** The Terraform resources read as part of an IaC entry: `address@file:line`, separated by `; `. */
function joinedText(e: InventoryEntry): string | null {
  const joined = e.source.kind === 'iac' ? e.source.joined : undefined;
  return joined && joined.length > 0 ? joined.map((j) => `${j.address}@${j.file}:${j.line}`).join('; ') : null;
}

/** Provider, account, region, type, id: field by field, so a sort of a million entries builds no key strings. */
const byKey = (a: InventoryEntry, b: InventoryEntry): number =>
  byString(a.provider, b.provider) || byString(a.account ?? '', b.account ?? '') || byString(a.region ?? '', b.region ?? '') || byString(a.type, b.type) || byString(a.id, b.id);

/** Twelve months after the run: the NPRM would have the inventory reviewed at least that often (proposed; secondary, FR-checked). */
function reviewBy(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

const HEADER = ['provider', 'account', 'region', 'type', 'id', 'name', 'ephi', 'owner', 'tags', 'network_id', 'subnet_ids', 'security_group_ids', 'public_address', 'peers', 'source', 'iac_address', 'iac_joined', 'checks', 'issues'] as const;

export function inventoryCsv(report: ScanReport<FindingList>): string {
  return [...inventoryCsvParts(report)].join('');
}

function* inventoryCsvParts(report: ScanReport<FindingList>): Generator<string> {
  yield* csvLines(HEADER, mapLazily([...report.resources].sort(byKey), (e) => {
    const n = e.network;
    return [
      e.provider,
      e.account,
      e.region,
      e.type,
      e.id,
      e.name,
      e.ephi,
      e.owner,
      e.tags === null ? null : JSON.stringify(e.tags),
      n?.networkId,
      n?.subnetIds?.join(' '),
      n?.securityGroupIds?.join(' '),
      n?.publicAddress,
      n?.peers?.join(' '),
      sourceText(e),
      e.source.kind === 'iac' ? e.source.address : null,
      joinedText(e),
      e.checks,
      issues(e).join(' '),
    ];
  }));
}

function* mapLazily<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

export function inventoryJson(report: ScanReport<FindingList>): string {
  return [...inventoryJsonParts(report)].join('');
}

function* inventoryJsonParts(report: ScanReport<FindingList>): Generator<string> {
  const assets = [...report.resources].sort(byKey);
  const req = report.requirements.find((r) => r.id === 'asset-inventory');
  const count = (p: (e: InventoryEntry) => boolean) => countOf(assets, p);
  const byProvider: Record<string, number> = {};
  for (const a of assets) byProvider[a.provider] = (byProvider[a.provider] ?? 0) + 1;
  const doc = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    kind: 'phiscan-asset-inventory',
    requirement: req
      ? { id: req.id, title: req.title, proposedCitation: req.proposedCitation, currentCitation: req.currentCitation, periods: req.periods, note: report.catalog.statusNote }
      : { id: 'asset-inventory', note: report.catalog.statusNote },
    generatedAt: report.run.finishedAt,
    reviewBy: reviewBy(report.run.finishedAt),
    tool: report.tool,
    scope: { command: report.run.command, inputs: report.run.inputs, ...(report.run.shard ? { shard: report.run.shard } : {}) },
    // Coverage gaps mean the cloud APIs did not show everything: the inventory may be incomplete there.
    complete: report.gaps.length === 0,
    gaps: report.gaps,
    summary: {
      assets: assets.length,
      ephi: count((e) => e.ephi),
      ephiWithoutOwner: count((e) => e.ephi && !e.owner),
      tagsUnreadable: count((e) => e.tags === null),
      noChecksForType: count(noChecks),
      byProvider,
    },
    // A list written element by element (prettyJsonParts): each asset with its issues is made as it is written, not all at once.
    assets: { length: assets.length, *[Symbol.iterator]() { for (const e of assets) yield { ...e, issues: issues(e) }; } },
  };
  yield* prettyJsonParts(doc);
  yield '\n';
}

export const inventoryReporter: Reporter = {
  format: 'inventory',
  description: 'NPRM technology asset inventory: every resource with owner, ePHI flag, tags, network placement and source (CSV and JSON)',
  // Chunks: the inventory of a large estate is written as it is produced, never held whole.
  render: (report) => Promise.resolve([
    { name: 'phiscan-inventory.csv', content: batched(inventoryCsvParts(report)) },
    { name: 'phiscan-inventory.json', content: batched(inventoryJsonParts(report)) },
  ]),
};
