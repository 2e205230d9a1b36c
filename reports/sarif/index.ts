import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { SEVERITIES, severityRank, type Finding } from '../../src/model/finding.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import { snippetText } from '../../src/model/resource.js';
import { nothingAssessed, nothingAssessedText, type FindingList, type RequirementSummary, type ScanReport } from '../../src/model/report.js';
import { filterOf, leastN } from '../../src/lib/arrays.js';
import { batched, prettyJsonParts } from '../output.js';
import type { RenderOptions, Reporter } from '../types.js';
import { exceptedPrefix, indexBaseline, isReported, sentence } from './baseline.js';
import { assetTypeOf, noChecks } from '../inventory/index.js';
import { locationOf, relatedLocationsOf, SRCROOT } from './locations.js';
import { levelFor, retiredRuleDescriptor, ruleDescriptor, scanIncompleteRule, SCAN_INCOMPLETE_RULE_ID, SECURITY_SEVERITY } from './rules.js';
import type { BaselineState, Location, Notification, ReportingDescriptor, Result, ResultList, Run, SarifLog } from './types.js';
import { SARIF_SCHEMA } from './types.js';

/**
 * GitHub code scanning upload limits (docs.github.com "SARIF results exceed limit" and the
 * upload-sarif API): 25,000 results per run (only the 5,000 most severe are shown), 25,000 rules,
 * 10 MB gzip-compressed per file. The byte budget keeps a margin under 10 MB.
 */
export interface SarifLimits {
  readonly maxResults: number;
  readonly maxRules: number;
  readonly maxGzipBytes: number;
}

export const GITHUB_LIMITS: SarifLimits = { maxResults: 25_000, maxRules: 25_000, maxGzipBytes: 9_500_000 };

/** Partial-fingerprint key of phiscan's own identity (check id + resource id), versioned. */
export const FINGERPRINT_KEY = 'phiscanFindingHash/v1';

const NOTIFICATIONS: readonly ReportingDescriptor[] = [
  notificationDescriptor('coverage-gap', 'Part of the scope could not be read.', 'A collector could not read an API in part of the scope; every check on the resource types it hides is reported as not assessed there, never as a pass.'),
  notificationDescriptor('results-truncated', 'Results were dropped to fit the upload limits.', 'GitHub code scanning rejects a run with more than 25,000 results or a file over 10 MB gzip-compressed; phiscan keeps the most severe results and lists what it dropped. The JSON and HTML reports hold every finding.'),
  notificationDescriptor('rules-truncated', 'Rules were dropped to fit the upload limits.', 'GitHub code scanning rejects a run with more than 25,000 rules.'),
  notificationDescriptor('not-assessed-omitted', 'Not-assessed findings were left out of the results.', 'With --sarif-not-assessed omit (the default) not-assessed findings are not uploaded as alerts; the run counts them (properties.omittedNotAssessed) and one phiscan-scan-incomplete result stands for them.'),
  notificationDescriptor('resources-without-checks', 'Some inventoried resources have no checks for their type.', 'The scan inventoried resources whose type no check that ran covers (for IaC, Terraform types phiscan does not map): they have no results here and are listed in the asset inventory (--format inventory); assess them by other means.'),
  notificationDescriptor('nothing-assessed', 'No finding passed or failed.', 'Every read succeeded, but nothing was judged: an empty plan, only resource types no check covers, or only values unknown until apply. That is not a clean result.'),
];

/** One note naming how many inventoried resources no check judges, by type (IaC: the Terraform type). */
function uncheckedNotification(report: ScanReport<FindingList>): Notification | undefined {
  const byType = new Map<string, number>();
  for (const e of report.resources) {
    if (!noChecks(e)) continue;
    const type = assetTypeOf(e);
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  if (byType.size === 0) return undefined;
  const total = [...byType.values()].reduce((a, n) => a + n, 0);
  const list = [...byType].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([t, n]) => `${t} (${n})`).join(', ');
  return { descriptor: { id: 'resources-without-checks', index: 4 }, level: 'note', message: { text: `${total} inventoried resources have no checks for their type and no results here: ${list}. The asset inventory (--format inventory) lists each with its location.` }, properties: { resources: total } };
}

function notificationDescriptor(id: string, short: string, full: string): ReportingDescriptor {
  return { id, name: id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()), shortDescription: { text: short }, fullDescription: { text: full }, help: { text: full, markdown: full }, defaultConfiguration: { level: 'warning' } };
}

interface Candidate {
  readonly finding: Finding;
  readonly state: BaselineState | undefined;
  readonly order: number;
}

function relatedOf(r: Candidate['finding']['resource']): { relatedLocations?: Location[] } {
  const related = relatedLocationsOf(r);
  return related ? { relatedLocations: related } : {};
}

function toResult(c: Candidate, ruleIndex: number, snippets: ReadonlyMap<string, string>): Result {
  const f = c.finding;
  const r = f.resource;
  const snippet = snippets.get(r.id);
  const x = f.exception;
  const text =
    f.status === 'not_assessed' ? `Not assessed: ${r.name}: ${f.message}`
      : x ? `${exceptedPrefix(x)}${r.name}: ${f.message}`
        : `${r.name}: ${f.message}`;
  return {
    ruleId: f.checkId,
    ruleIndex,
    // SARIF §3.27.9: "open" = the rule was evaluated and there was insufficient information to
    // decide whether a problem exists: exactly "not assessed". "review" = a human must look: an
    // excepted finding stands until its review date. §3.27.10: kind other than fail => level none.
    kind: f.status === 'fail' ? 'fail' : f.status === 'excepted' ? 'review' : 'open',
    level: f.status === 'fail' ? levelFor(f.severity) : 'none',
    message: { text: sentence(text) },
    locations: [locationOf(r, snippet)],
    ...relatedOf(r),
    // primaryLocationLineHash is the key code scanning matches on; phiscan sets it to its own
    // identity so an alert survives line moves and never depends on file content.
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint, primaryLocationLineHash: `${f.fingerprint}:1` },
    ...(c.state ? { baselineState: c.state } : {}),
    ...(f.suppression
      ? {
          suppressions: [
            {
              kind: f.suppression.source === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: f.suppression.reason,
              properties: {
                source: f.suppression.source,
                ...(f.suppression.owner ? { owner: f.suppression.owner } : {}),
                ...(f.suppression.expires ? { expires: f.suppression.expires } : {}),
              },
            },
          ],
        }
      : {}),
    properties: {
      // The finding's own severity (raised only on ePHI resources); the rule carries the highest it can report.
      'security-severity': SECURITY_SEVERITY[f.severity],
      status: f.status,
      severity: f.severity,
      ephi: f.ephi,
      requirements: f.requirements,
      ...(x ? { exception: x } : {}),
      resourceType: r.type,
      provider: r.provider,
      ...(r.account !== undefined ? { account: r.account } : {}),
      ...(r.region !== undefined ? { region: r.region } : {}),
      evidence: f.evidence,
    },
  };
}

const STATUS_RANK: Readonly<Record<Finding['status'], number>> = { fail: 0, not_assessed: 1, excepted: 2, pass: 3 };

/** Most important first: present before absent, failures, then not assessed, then excepted; unsuppressed first, then severity. */
function rank(c: Candidate): number[] {
  return [c.state === 'absent' ? 1 : 0, STATUS_RANK[c.finding.status], c.finding.suppression ? 1 : 0, severityRank(c.finding.severity), c.order];
}

function compareRank(a: Candidate, b: Candidate): number {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
  return 0;
}

function gapNotification(g: CoverageGap): Notification {
  const where = `${g.provider}/${g.account ?? '*'}/${g.region ?? '*'}`;
  const code = g.errorCode ? ` (${g.errorCode})` : '';
  return {
    descriptor: { id: 'coverage-gap', index: 0 },
    level: 'warning',
    message: { text: sentence(`Coverage gap in ${where}: ${g.service}:${g.operation} ${g.reason}${code}; not assessed: ${g.resourceTypes.join(', ') || 'no resource type'}; ${g.message}`) },
    properties: { ...g },
  };
}

/** "failing: 3 high, 1 low; not assessed: 2 medium" from counts keyed by status and severity. */
function dropSummary(dropped: ReadonlyMap<string, number>): string {
  const parts: string[] = [];
  const label = { fail: 'failing', not_assessed: 'not assessed', excepted: 'excepted' } as const;
  for (const status of ['fail', 'not_assessed', 'excepted'] as const) {
    const s = SEVERITIES.filter((v) => (dropped.get(`${status} ${v}`) ?? 0) > 0).map((v) => `${dropped.get(`${status} ${v}`)} ${v}`).join(', ');
    if (s) parts.push(`${label[status]}: ${s}`);
  }
  return parts.join('; ');
}

function automationId(report: ScanReport<FindingList>): string {
  const kinds = [...new Set(report.run.inputs.map((i) => i.kind))].sort().join('+') || 'none';
  const scope = report.run.inputs.flatMap((i) => i.scope.map((s) => `${i.kind}:${s}`)).sort().join('\n');
  const shard = report.run.shard ? `-shard${report.run.shard.index}of${report.run.shard.count}` : '';
  return `phiscan/${kinds.replace(/[^A-Za-z0-9+._-]/g, '_')}/${createHash('sha256').update(scope).digest('hex').slice(0, 12)}${shard}/`;
}

/** The log's text (`JSON.stringify(log, null, 2)` and a line break), in chunks: results are serialized one at a time, never the whole log as one string. */
function* serialize(log: SarifLog<ResultList>): Generator<string> {
  // The runs as a list (not an array) too, so prettyJsonParts goes down to each run's results.
  const runs: Iterable<Run<ResultList>> & { length: number } = { length: log.runs.length, [Symbol.iterator]: () => log.runs[Symbol.iterator]() };
  yield* batched(prettyJsonParts({ ...log, runs }));
  yield '\n';
}

/** Bytes of the text gzip-compressed as code scanning's upload compresses it (level 6), streamed: the compressed text is counted, not kept. */
async function gzipSize(text: Iterable<string>): Promise<number> {
  let size = 0;
  await pipeline(Readable.from(text), createGzip({ level: 6 }), async (compressed: AsyncIterable<Buffer>) => {
    for await (const b of compressed) size += b.length;
  });
  return size;
}

/**
 * The one result standing for the omitted not-assessed findings and the coverage gaps, with a
 * fingerprint of the scanned scope so it stays one alert across runs and closes once the scan is complete.
 */
function scanIncompleteResult(report: ScanReport<FindingList>, ruleIndex: number, omitted: number): Result {
  const id = automationId(report);
  const fingerprint = createHash('sha256').update(`${SCAN_INCOMPLETE_RULE_ID}\n${id}`).digest('hex').slice(0, 32);
  const gaps = report.gaps.length;
  return {
    ruleId: SCAN_INCOMPLETE_RULE_ID,
    ruleIndex,
    kind: 'fail',
    level: 'warning',
    message: { text: `Scan incomplete: ${omitted} findings were not assessed and ${gaps} reads failed (coverage gaps); they are not uploaded as alerts (--sarif-not-assessed omit). The JSON and HTML reports list them.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'phiscan/scan-coverage' }, region: { startLine: 1 } }, logicalLocations: [{ name: 'scan coverage', fullyQualifiedName: id, kind: 'module' }] }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint, primaryLocationLineHash: `${fingerprint}:1` },
    properties: { 'security-severity': SECURITY_SEVERITY.medium, status: 'not_assessed', notAssessed: omitted, gaps },
  };
}

/** Render the report as one SARIF 2.1.0 run that GitHub code scanning accepts, as one string (tests, the library). Pure. */
export async function renderSarif(report: ScanReport<FindingList>, options: RenderOptions = {}, limits: SarifLimits = GITHUB_LIMITS): Promise<string> {
  return [...(await sarifText(report, options, limits))].join('');
}

/**
 * The SARIF log's text in chunks, with as many results as fit the limits. A log of 25,000 results
 * with snippets is tens of MB: it is never held whole, as a string or as result objects (each is
 * built as it is written), and its compressed size is counted as it is streamed.
 */
export async function sarifText(report: ScanReport<FindingList>, options: RenderOptions = {}, limits: SarifLimits = GITHUB_LIMITS): Promise<Iterable<string>> {
  const reqs = new Map<string, RequirementSummary>(report.requirements.map((r) => [r.id, r]));
  // Not-assessed findings are not alerts by default (code scanning opens one per result): counted instead.
  const keepNotAssessed = options.sarifNotAssessed === 'note';
  const uploaded = (f: Finding) => keepNotAssessed || f.status !== 'not_assessed';
  const baseline = options.baseline ? indexBaseline(options.baseline, report.findings) : undefined;
  // Candidates are read from the findings in order, as many times as needed: never all held at once.
  const candidates = function* (): Generator<Candidate> {
    let order = 0;
    for (const finding of report.findings) if (isReported(finding) && uploaded(finding)) yield { finding, state: baseline?.stateOf(finding), order: order++ };
    for (const finding of (baseline?.absent() ?? []).filter(uploaded)) yield { finding, state: 'absent', order: order++ };
  };
  let omitted = 0;
  let omittedPasses = 0;
  for (const f of report.findings) {
    if (f.status === 'pass') omittedPasses++;
    else if (!uploaded(f)) omitted++;
  }
  const incomplete = !keepNotAssessed && (omitted > 0 || report.gaps.length > 0);
  let rules = report.checks.map((c) => ruleDescriptor(c, reqs, report.catalog.statusNote));
  const known = new Set(rules.map((r) => r.id));
  const used = new Set<string>();
  for (const c of candidates()) used.add(c.finding.checkId);
  for (const id of used) {
    if (!known.has(id)) {
      known.add(id);
      rules.push(retiredRuleDescriptor(id));
    }
  }
  const notifications: Notification[] = report.gaps.map(gapNotification);
  if (omitted > 0 && !keepNotAssessed) {
    notifications.push({ descriptor: { id: 'not-assessed-omitted', index: 3 }, level: 'warning', message: { text: `Omitted ${omitted} not-assessed results (--sarif-not-assessed omit); the ${SCAN_INCOMPLETE_RULE_ID} result stands for them. The JSON and HTML reports list every one.` }, properties: { omitted } });
  }
  const unchecked = uncheckedNotification(report);
  if (unchecked) notifications.push(unchecked);
  if (nothingAssessed(report.summary)) notifications.push({ descriptor: { id: 'nothing-assessed', index: 5 }, level: 'warning', message: { text: `Nothing assessed: ${nothingAssessedText(report.summary)}.` } });
  // The scan-incomplete rule and result are always kept: room is reserved for them.
  const maxRules = limits.maxRules - (incomplete ? 1 : 0);
  const maxResults = limits.maxResults - (incomplete ? 1 : 0);
  if (rules.length > maxRules) {
    // Keep the rules that results use, then the others in id order.
    const kept = [...rules.filter((r) => used.has(r.id)), ...rules.filter((r) => !used.has(r.id))].slice(0, maxRules);
    notifications.push({ descriptor: { id: 'rules-truncated', index: 2 }, level: 'warning', message: { text: `Kept ${kept.length + (incomplete ? 1 : 0)} of ${rules.length + (incomplete ? 1 : 0)} rules to stay within the code scanning limit of ${limits.maxRules} rules per run.` } });
    const keptIds = new Set(kept.map((r) => r.id));
    rules = rules.filter((r) => keptIds.has(r.id));
  }
  if (incomplete) rules = [...rules, scanIncompleteRule()];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const { top: ranked, total, counts } = mostImportant(filterOf(candidates(), (c) => ruleIndex.has(c.finding.checkId)), maxResults);
  // Snippets of the resources results can name only (at most maxResults): a CDKTF snippet is read from its file (snippetText).
  const named = new Set(ranked.map((c) => c.finding.resource.id));
  const snippets = new Map<string, string>();
  for (const r of report.resources) {
    const text = named.has(r.id) && r.source.kind === 'iac' ? snippetText(r.source) : undefined;
    if (text) snippets.set(r.id, text);
  }

  const build = (keep: number): SarifLog<ResultList> => {
    const kept = ranked.slice(0, keep).sort((a, b) => a.order - b.order);
    const droppedCount = total - kept.length;
    const notes = [...notifications];
    if (droppedCount > 0) {
      const dropped = new Map(counts);
      for (const c of kept) dropped.set(countKey(c), (dropped.get(countKey(c)) ?? 0) - 1);
      notes.push({
        descriptor: { id: 'results-truncated', index: 1 },
        level: 'warning',
        message: {
          text: `Kept the ${kept.length} most severe of ${total} results to stay within the GitHub code scanning limits (${limits.maxResults} results per run, ${limits.maxGzipBytes} bytes gzip-compressed); dropped ${droppedCount} (${dropSummary(dropped)}). The JSON and HTML reports hold every finding.`,
        },
        properties: { kept: kept.length, total, dropped: droppedCount },
      });
    }
    // Built as they are written (prettyJsonParts writes a list element by element).
    const results: ResultList = {
      length: kept.length + (incomplete ? 1 : 0),
      *[Symbol.iterator]() {
        for (const c of kept) yield toResult(c, ruleIndex.get(c.finding.checkId) as number, snippets);
        if (incomplete) yield scanIncompleteResult(report, rules.length - 1, omitted);
      },
    };
    const hasIac = kept.some((c) => c.finding.resource.source.kind === 'iac');
    return sarifLog(report, rules, results, hasIac, notes, omitted, omittedPasses);
  };

  let keep = ranked.length;
  for (;;) {
    const log = build(keep);
    const size = await gzipSize(serialize(log));
    if (size <= limits.maxGzipBytes || keep === 0) return { [Symbol.iterator]: () => serialize(log) };
    // Shrink in proportion to the overshoot, with a margin, until it fits.
    keep = Math.max(0, Math.min(keep - 1, Math.floor((keep * limits.maxGzipBytes) / size * 0.95)));
  }
}

const countKey = (c: Candidate): string => `${c.finding.status} ${c.finding.severity}`;

/**
 * The `max` most important candidates in rank order (rank ends in `order`, so the choice is
 * deterministic), with how many there were per status and severity: a bounded selection, so the
 * candidates are never all held, whatever the number of findings.
 */
function mostImportant(candidates: Iterable<Candidate>, max: number): { top: Candidate[]; total: number; counts: Map<string, number> } {
  let total = 0;
  const counts = new Map<string, number>();
  const counted = function* (): Generator<Candidate> {
    for (const c of candidates) {
      total++;
      counts.set(countKey(c), (counts.get(countKey(c)) ?? 0) + 1);
      yield c;
    }
  };
  const top = leastN(counted(), max, compareRank);
  return { top, total, counts };
}

/** `hasIac`: a result locates an IaC file (relative to %SRCROOT%). */
function sarifLog(report: ScanReport<FindingList>, rules: readonly ReportingDescriptor[], results: ResultList, hasIac: boolean, notifications: readonly Notification[], omittedNotAssessed: number, omittedPasses: number): SarifLog<ResultList> {
  const run = report.run;
  const sarifRun: Run<ResultList> = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        rules,
        notifications: NOTIFICATIONS,
      },
    },
    automationDetails: {
      id: automationId(report),
      description: { text: sentence(`phiscan ${run.command} of ${run.inputs.map((i) => `${i.kind} (${i.scope.join(', ')})`).join('; ') || 'no input'}`) },
    },
    invocations: [
      {
        executionSuccessful: true,
        startTimeUtc: run.startedAt,
        endTimeUtc: run.finishedAt,
        toolExecutionNotifications: notifications,
        properties: { command: run.command, inputs: run.inputs, identities: run.identities, options: run.options, ...(run.shard ? { shard: run.shard } : {}), coverage: report.summary.coverage },
      },
    ],
    ...(hasIac ? { originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the scanned infrastructure-as-code input.' } } } } : {}),
    results,
    columnKind: 'utf16CodeUnits',
    properties: {
      reportSchemaVersion: report.schemaVersion,
      catalog: report.catalog,
      summary: report.summary,
      // Passes are not results here: code scanning ignores `kind` and would open an alert for each.
      omittedPasses,
      // Not-assessed findings left out of the results (--sarif-not-assessed omit); 0 when kept as notes.
      omittedNotAssessed,
    },
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [sarifRun] };
}

export const sarifReporter: Reporter = {
  format: 'sarif',
  description: 'SARIF 2.1.0 for GitHub code scanning and other SARIF viewers',
  render: async (report, options) => [{ name: 'phiscan.sarif', content: await sarifText(report, options) }],
};
