import { SEVERITIES, STATUSES, severityRank, type Finding } from '../../src/model/finding.js';
import type { FindingList, ScanReport } from '../../src/model/report.js';
import { leastN } from '../../src/lib/arrays.js';
import type { Payload, PayloadCheck, PayloadResource, StringRef } from './client/payload.js';
import { byString } from '../../src/model/order.js';
import { formatProposedCitation } from '../../src/nprm/index.js';
import type { CheckMeta } from '../../src/engine/check-api.js';
import { helpUriOf } from '../check-docs.js';
import { compareFindings } from '../../src/engine/finding-store.js';

const STATUS_ORDER: Record<string, number> = { fail: 0, not_assessed: 1, excepted: 2, pass: 3 };


/** The order a reviewer reads: failing first, most severe first, then by check and resource. */
export function findingOrder(a: Finding, b: Finding): number {
  return (
    (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    byString(a.checkId, b.checkId) ||
    byString(a.resource.id, b.resource.id) ||
    byString(a.fingerprint, b.fingerprint)
  );
}

/** A check's documentation link and, for a user-written check, the module it came from. */
function docOf(c: CheckMeta): Pick<PayloadCheck, 'doc' | 'custom'> {
  const doc = helpUriOf(c);
  return { ...(doc !== undefined ? { doc } : {}), ...(c.custom ? { custom: c.custom.file } : {}) };
}

function sourceLabel(source: Finding['resource']['source']): string {
  switch (source.kind) {
    case 'live':
      return `live API ${source.api}`;
    case 'iac':
      return `${source.format} ${source.file}:${source.line} (${source.address})`;
    case 'scope':
      return 'account or scope setting';
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Findings the page's table holds at most: a browser cannot hold more, and a report this size is
 * read by its JSON. Beyond it the table holds the first ones in `findingOrder` (failing and most
 * severe first) and the page says so (page.ts); phiscan.json holds every finding.
 */
export const HTML_FINDINGS_LIMIT = 100_000;

/**
 * The first `n` findings in findingOrder, ties in list order: what `leastN(findings, n,
 * findingOrder)` gives, without holding findings that are not kept. In report order (check, then
 * resource: a scan's list, a report's file), the findings of one status, severity and check are
 * already in findingOrder, so a first read counts each such group and a second keeps the groups
 * that fit and the head of the one that straddles `n` (a million findings read back for the first
 * 100,000: none is held and dropped, which filled the old heap with dead findings). A list out of
 * report order takes leastN.
 */
export function firstInOrder(findings: FindingList, n: number): Finding[] {
  const groupOf = (f: Finding): string => `${STATUS_ORDER[f.status] ?? 9}\u0000${severityRank(f.severity)}\u0000${f.checkId}`;
  const groups = new Map<string, { status: number; severity: number; checkId: string; count: number }>();
  let previous: Finding | undefined;
  for (const f of findings) {
    if (previous !== undefined && (compareFindings(previous, f) || byString(previous.fingerprint, f.fingerprint)) > 0) return leastN(findings, n, findingOrder);
    previous = f;
    const key = groupOf(f);
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { status: STATUS_ORDER[f.status] ?? 9, severity: severityRank(f.severity), checkId: f.checkId, count: 1 });
  }
  const take = new Map<string, number>();
  let room = n;
  const ordered = [...groups].sort(([, a], [, b]) => a.status - b.status || a.severity - b.severity || byString(a.checkId, b.checkId));
  for (const [key, g] of ordered) {
    if (room <= 0) break;
    take.set(key, Math.min(g.count, room));
    room -= g.count;
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    const key = groupOf(f);
    const left = take.get(key);
    if (left === undefined || left === 0) continue;
    take.set(key, left - 1);
    kept.push(f);
  }
  // A stable sort: equal findings keep list order, as in leastN.
  return kept.sort(findingOrder);
}

/** Build the compact, deterministic payload the page embeds. */
export function buildPayload(report: ScanReport<FindingList>): Payload {
  const strings: string[] = [];
  const interned = new Map<string, number>();
  const s = (value: string | null | undefined): StringRef => {
    if (value === null || value === undefined) return -1;
    let i = interned.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      interned.set(value, i);
    }
    return i;
  };

  const checks: PayloadCheck[] = report.checks.map((c) => ({
    id: c.id,
    title: c.title,
    provider: c.provider,
    service: c.service,
    requirements: [...c.requirements],
    currentRule: [...c.currentRule],
    currentRuleSupport: [...(c.currentRuleSupport ?? [])],
    rationale: c.rationale,
    remediation: { summary: c.remediation.summary, console: c.remediation.console, cli: c.remediation.cli, terraform: c.remediation.terraform },
    references: [...c.references],
    ...docOf(c),
  }));
  const checkIndex = new Map(checks.map((c, i) => [c.id, i]));
  // A report from `report --from` may name a check it does not describe: keep the finding, with a stub.
  const checkOf = (f: Finding): number => {
    let i = checkIndex.get(f.checkId);
    if (i === undefined) {
      i = checks.length;
      checks.push({ id: f.checkId, title: f.checkId, provider: f.resource.provider, service: '', requirements: [...f.requirements], currentRule: [], currentRuleSupport: [], rationale: '', remediation: { summary: f.remediation, console: '', cli: '', terraform: '' }, references: [] });
      checkIndex.set(f.checkId, i);
    }
    return i;
  };

  const ordered = firstInOrder(report.findings, HTML_FINDINGS_LIMIT);
  // The tags of the resources the table names only: a map of every resource's was 70 MB at a million.
  const named = new Set(ordered.map((f) => f.resource.id));
  const tagsById = new Map<string, (typeof report.resources)[number]['tags']>();
  for (const r of report.resources) if (named.has(r.id)) tagsById.set(r.id, r.tags);
  named.clear();
  const resources: PayloadResource[] = [];
  const resourceIndex = new Map<string, number>();
  const resourceOf = (f: Finding): number => {
    const r = f.resource;
    let i = resourceIndex.get(r.id);
    if (i === undefined) {
      i = resources.length;
      const tags = tagsById.get(r.id);
      resources.push([r.id, r.name, s(r.type), s(r.provider), s(r.account), s(r.region), s(sourceLabel(r.source)), tags ? s(JSON.stringify(tags)) : -1]);
      resourceIndex.set(r.id, i);
    }
    return i;
  };

  const col = {
    check: [] as number[],
    status: [] as number[],
    severity: [] as number[],
    resource: [] as number[],
    ephi: [] as number[],
    message: [] as number[],
    evidence: [] as number[],
    remediation: [] as number[],
    requirements: [] as number[],
    suppression: [] as number[],
    exception: [] as number[],
  };
  for (const f of ordered) {
    const ci = checkOf(f);
    const check = checks[ci];
    col.check.push(ci);
    col.status.push((STATUSES as readonly string[]).indexOf(f.status));
    col.severity.push((SEVERITIES as readonly string[]).indexOf(f.severity));
    col.resource.push(resourceOf(f));
    col.ephi.push(f.ephi ? 1 : 0);
    col.message.push(s(f.message));
    col.evidence.push(s(JSON.stringify(f.evidence)));
    col.remediation.push(check && f.remediation === check.remediation.summary ? -1 : s(f.remediation));
    col.requirements.push(check && sameList(f.requirements, check.requirements) ? -1 : s(JSON.stringify(f.requirements)));
    const sup = f.suppression;
    col.suppression.push(sup ? s([sup.reason, `(${sup.source}${sup.owner ? `, owner ${sup.owner}` : ''}${sup.expires ? `, expires ${sup.expires}` : ''})`].join(' ')) : -1);
    const x = f.exception;
    col.exception.push(x ? s(`proposed 45 CFR ${x.ground} (${x.groundTitle}); compensating control: ${x.compensatingControl}; owner ${x.owner}; review by ${x.reviewBy}`) : -1);
  }

  return {
    version: 1,
    strings,
    severities: [...SEVERITIES],
    statuses: [...STATUSES],
    requirements: report.requirements.map((r) => ({ id: r.id, title: r.title, proposed: formatProposedCitation(r), currentCitation: r.currentCitation })),
    currentRule: report.currentRule.map((i) => ({ id: i.id, citation: i.citation, title: i.title, checkIds: [...i.checkIds, ...i.supportingCheckIds] })),
    checks,
    resources,
    findings: { count: ordered.length, ...col },
  };
}

/**
 * JSON for a `<script type="application/json">` block. `<`, `>` and `&` only occur inside JSON
 * strings, where `\u003c` means the same thing, so `</script>` and `<!--` in data cannot end or
 * confuse the block; U+2028/2029 are escaped for old parsers.
 */
export function embedJson(value: unknown): string {
  // One pass: a chain of replaces copied the whole text once per character class (16 MB each at 1M resources).
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => EMBED_ESCAPES[c] ?? c);
}

const EMBED_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
