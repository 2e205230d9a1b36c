import { ephiOnly, fail, notAssessed, pass, type CheckContext, type CheckMeta, type Verdict } from '../src/engine/check-api.js';
import type { Evidence } from '../src/model/finding.js';
import type { Resource, ResourceType } from '../src/model/resource.js';
import type { Hop, Reach, ReachAnalysis } from '../src/model/reachability/reach.js';
import { describeTraffic, everyTcpPort } from '../src/model/reachability/traffic.js';
import type { IntSet } from '../src/model/reachability/intset.js';

/**
 * The verdict of the segmentation-by-reachability checks, one per cloud, from the cloud's
 * reachability analysis of one ePHI resource:
 * - fail when the internet certainly reaches an ePHI data store (database, cache, storage
 *   endpoint), or a non-ePHI workload certainly reaches the resource on every TCP port;
 * - not assessed when either could be true but the configuration that decides was not read
 *   (an unknown hop, a coverage gap over a type the analysis needs);
 * - pass otherwise, naming what was evaluated.
 * Evidence `reachability.paths` names each failing path hop by hop (the network map draws them).
 */

export type PathClass = 'internet-to-ephi' | 'non-ephi-all-ports';

/** Coverage gaps that hide a type the analysis reads, in the resource's account and region. */
function gapsFor(r: Resource, ctx: CheckContext, types: readonly ResourceType[]): string[] {
  return ctx.gaps
    .filter((g) => g.provider === r.provider && (g.account === undefined || r.account === undefined || g.account === r.account))
    .filter((g) => g.region === undefined || g.region === 'global' || r.region === undefined || g.region === r.region)
    .filter((g) => g.resourceTypes.some((t) => types.includes(t)))
    .map((g) => `${g.service}:${g.operation} ${g.reason} (${g.resourceTypes.filter((t) => types.includes(t)).join(', ')})`);
}

const MAX_LISTED = 20;

function hopText(h: Hop): Record<string, string | string[]> {
  return { kind: h.kind, id: h.resourceId, role: h.role, rules: [...h.rules] };
}

function pathEvidence(cls: PathClass, r: Reach, traffic: IntSet): Record<string, unknown> {
  return {
    class: cls,
    source: { kind: r.source.kind, id: r.source.id, name: r.source.name },
    alike: r.source.alike.length,
    traffic: describeTraffic(traffic),
    hops: r.hops.map(hopText),
  };
}

function sourceText(r: Reach): string {
  if (r.source.kind === 'internet') return 'the internet';
  const more = r.source.alike.length > 0 ? ` (and ${r.source.alike.length} more like it)` : '';
  return `non-ePHI workload ${r.source.name}${more}`;
}

/** `types`: what the analysis reads (a coverage gap over any of them in the resource's scope leaves it undecided). */
export function segmentationVerdict(resource: Resource, ctx: CheckContext, types: readonly ResourceType[], analyze: () => ReachAnalysis): Verdict {
  const scope = ephiOnly(resource, ctx, 'the resource is not tagged as holding ePHI');
  if (scope) return scope;
  const analysis = analyze();
  const gaps = gapsFor(resource, ctx, types);
  const internet = analysis.dataStore ? analysis.reaches.filter((r) => r.source.kind === 'internet') : [];
  const workloads = analysis.reaches.filter((r) => r.source.kind === 'workload');

  const failing: [PathClass, Reach][] = [
    ...internet.filter((r) => !r.definite.isEmpty).map((r): [PathClass, Reach] => ['internet-to-ephi', r]),
    ...workloads.filter((r) => everyTcpPort(r.definite)).map((r): [PathClass, Reach] => ['non-ephi-all-ports', r]),
  ];
  if (failing.length > 0) {
    const parts = failing.map(([cls, r]) => `${cls === 'internet-to-ephi' ? 'the internet reaches it on' : `${sourceText(r)} reaches it on`} ${describeTraffic(r.definite)}`);
    return fail(`${parts.slice(0, 3).join('; ')}${parts.length > 3 ? `; and ${parts.length - 3} more path(s)` : ''}`, ['reachability.paths', failing.slice(0, MAX_LISTED).map(([cls, r]) => pathEvidence(cls, r, r.definite))], ...notModelled(analysis));
  }

  const doubtful: [PathClass, Reach][] = [
    ...internet.filter((r) => !r.possible.isEmpty).map((r): [PathClass, Reach] => ['internet-to-ephi', r]),
    ...workloads.filter((r) => everyTcpPort(r.possible)).map((r): [PathClass, Reach] => ['non-ephi-all-ports', r]),
  ];
  const unknown = [...new Set([...gaps.map((g) => `not collected: ${g}`), ...analysis.incomplete, ...doubtful.flatMap(([, r]) => r.unknown)])];
  if (unknown.length > 0 || doubtful.length > 0) {
    const evidence: Evidence[] = [{ path: 'reachability.unknown', observed: unknown.slice(0, MAX_LISTED) }];
    if (doubtful.length > 0) evidence.push({ path: 'reachability.possiblePaths', observed: doubtful.slice(0, MAX_LISTED).map(([cls, r]) => pathEvidence(cls, r, r.possible)) as never });
    return notAssessed(`reachability could not be decided: ${unknown.slice(0, 3).join('; ')}${unknown.length > 3 ? '; ...' : ''}`, ...evidence);
  }

  const reached = analysis.reaches.filter((r) => !r.definite.isEmpty);
  const listed = reached.slice(0, MAX_LISTED).map((r) => ({ source: r.source.name, sourceId: r.source.id, traffic: describeTraffic(r.definite) }));
  const judged = analysis.dataStore ? 'no path from the internet and no all-ports path from a non-ePHI workload' : 'no all-ports path from a non-ePHI workload';
  return pass(
    `${judged}: ${analysis.evaluated.sources} source(s) and ${analysis.evaluated.filters} filter(s) evaluated, ${reached.length} narrower path(s) found`,
    ['reachability.evaluated', analysis.evaluated],
    ['reachability.reaches', listed],
    ...notModelled(analysis),
  );
}

function notModelled(a: ReachAnalysis): [string, readonly string[]][] {
  return a.notModelled && a.notModelled.length > 0 ? [['reachability.notModelled', a.notModelled]] : [];
}

/** Metadata shared by the three clouds' checks. */
export function segmentationMeta<T extends ResourceType>({ what, ...m }: Pick<CheckMeta<T>, 'id' | 'provider' | 'service' | 'resourceTypes' | 'remediation' | 'references'> & { what: string }): CheckMeta<T> {
  return {
    ...m,
    title: 'ePHI resource is segmented by network reachability',
    severity: 'high',
    ephiSeverity: 'critical',
    requirements: ['network-segmentation'],
    // The rule in force names no segmentation: reachability supports access control and risk management, it decides neither.
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: `Segmentation judged by reachability rather than by single rules: for each resource tagged as holding ePHI, phiscan follows ${what} from the internet and from every workload not tagged as holding ePHI, hop by hop. It fails when the internet reaches an ePHI data store directly, or when a non-ePHI workload reaches the ePHI resource on every port (a flat network, where one compromised workload reaches every service of the ePHI tier). A path that depends on configuration phiscan could not read is not assessed, never passed.`,
  };
}
