/**
 * The server-rendered parts of the HTML report: everything that does not need the findings
 * table (coverage gaps, summary and chart, run metadata, the network map) is plain escaped
 * markup, readable without JavaScript. The findings table shell is filled by the client.
 */
import { SEVERITIES } from '../../src/model/finding.js';
import { nothingAssessed, nothingAssessedText, REQUIREMENT_STATUSES, unreadProviders, type AttestationScope, type RequirementStatus, type RequirementSummary, type FindingList, type ScanReport } from '../../src/model/report.js';
import { HTML_FINDINGS_LIMIT } from './payload.js';
import { expectsAttestation } from '../../src/attest/evaluate.js';
import { assetTypeOf, noChecks } from '../inventory/index.js';
import { formatProposedCitation } from '../../src/nprm/index.js';
import { html, trusted, type Markup } from '../markup.js';
import { requirementChart } from './chart.js';
import { DOM } from './client/payload.js';

/** Gaps drawn inline; the rest are counted (all of them are in the JSON report). */
export const MAX_GAPS_SHOWN = 2000;

const REQUIREMENT_STATUS_LABEL: Record<string, string> = {
  pass: 'pass',
  fail: 'fail',
  not_assessed: 'not assessed',
  'no-resources': 'no resources of the checked types',
  'no-checks': 'no automated checks',
  'not-assessable-by-configuration': 'not assessable from configuration',
  excepted: 'pass with recorded exceptions',
};

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function card(label: string, n: number | string, cls = ''): Markup {
  return html`<div class="card ${cls}"><div class="n">${typeof n === 'number' ? count(n) : n}</div><div class="muted">${label}</div></div>`;
}

function gapsSection(report: ScanReport<FindingList>): Markup {
  const gaps = report.gaps;
  if (nothingAssessed(report.summary)) {
    return html`<section id="gaps" class="alert" role="alert"><h2>Nothing assessed</h2><p>Every read succeeded, but ${nothingAssessedText(report.summary)}. This is not a clean result: check that the scan was given the inputs you meant. The asset inventory lists what was read, and each not-assessed finding names the value it lacked.</p></section>`;
  }
  if (gaps.length === 0) {
    return html`<section id="gaps" class="alert ok"><h2>Coverage gaps: none</h2><p>Every read the scan needed succeeded. Findings marked "not assessed" are values the cloud did not report.</p></section>`;
  }
  const shown = gaps.slice(0, MAX_GAPS_SHOWN);
  const rows = shown.map(
    (g) => html`<tr><td>${g.provider}</td><td>${g.service}</td><td class="mono">${g.operation}</td><td>${g.account ?? ''}</td><td>${g.region ?? ''}</td><td>${g.reason}${g.errorCode ? html`<br><span class="mono muted">${g.errorCode}</span>` : ''}</td><td class="mono">${g.resourceTypes.join(', ')}</td><td>${g.message}</td></tr>`,
  );
  const unread = unreadProviders(report);
  return html`<section id="gaps" class="alert" role="alert"><h2>Coverage gaps: ${count(gaps.length)}</h2>
${unread.length > 0 ? html`<p><strong>Nothing was read from ${unread.join(', ')}: every read failed.</strong> Nothing there was assessed.</p>` : ''}<p>These reads failed. Every check on the listed resource types in that scope is reported as <strong>not assessed</strong>: a gap is never a pass. Grant the missing permissions or enable the service, then scan again.</p>
<div class="chart"><table><thead><tr><th>Provider</th><th>Service</th><th>Operation</th><th>Account</th><th>Region</th><th>Reason</th><th>Resource types hidden</th><th>Message</th></tr></thead><tbody>${rows}</tbody></table></div>
${gaps.length > shown.length ? html`<p>${count(gaps.length - shown.length)} more gaps are listed in the JSON report.</p>` : ''}</section>`;
}

function statusCell(status: RequirementStatus): Markup {
  return html`<td class="rs-${status}">${REQUIREMENT_STATUS_LABEL[status] ?? status}</td>`;
}

/** Evidence as text: the client turns http(s) URLs (only) into links through DOM APIs. */
function evidenceText(evidence: string): Markup {
  return html`<span class="evidence-ref" data-evidence="">${evidence}</span>`;
}

function supportingLine(checkIds: readonly string[], counts: Readonly<Record<string, number>>): Markup | string {
  if (checkIds.length === 0) return '';
  return html`<br><span class="muted">supporting only: <span class="mono">${checkIds.join(', ')}</span> (${count(counts.fail ?? 0)} fail, ${count(counts.pass ?? 0)} pass)</span>`;
}

function attestationCell(r: RequirementSummary, report: ScanReport<FindingList>): Markup {
  const a = r.attestation;
  if (!a) {
    const text = !expectsAttestation(r) ? 'none' : report.attestations ? 'none recorded' : 'expects an attestation (no file given)';
    return html`<td class="muted">${text}${supportingLine(r.supportingCheckIds, r.supportingCounts)}</td>`;
  }
  // Evidence of the entries that bind (current or overdue), not of superseded history.
  const entries = report.attestations?.entries ?? [];
  const evidence = [...new Set(a.entries.map((i) => entries[i]).flatMap((e) => (e && (e.state === 'current' || e.state === 'overdue') ? [e.evidence] : [])))];
  const due = a.overdueSince
    ? html`<strong class="rs-fail">overdue since ${a.overdueSince}</strong>`
    : a.dueDate
      ? html`next due ${a.dueDate}`
      : html`<span class="muted">not attested</span>`;
  return html`<td class="attestation"><span class="rs-${a.status}">${REQUIREMENT_STATUS_LABEL[a.status] ?? a.status}</span>${a.lastPerformed ? html`<br>last performed ${a.lastPerformed}` : ''}<br>${due}
<br>owner: ${a.owner ?? html`<span class="muted">(unassigned)</span>`}
<br><span class="muted">every ${a.period}${a.uncovered.length > 0 ? html`; not attested for ${a.uncovered.join(', ')}` : ''}</span>${evidence.map((e) => html`<br>evidence: ${evidenceText(e)}`)}${supportingLine(r.supportingCheckIds, r.supportingCounts)}</td>`;
}

function viewCountsTable(report: ScanReport<FindingList>): Markup {
  const v = report.summary.views;
  const rows = REQUIREMENT_STATUSES.map((st) => html`<tr><td class="rs-${st}">${REQUIREMENT_STATUS_LABEL[st] ?? st}</td><td class="num">${count(v.nprm[st])}</td><td class="num">${count(v.currentRule[st])}</td></tr>`);
  return html`<div class="chart views"><table><thead><tr><th>Status</th><th class="num"><a href="#nprm-view">NPRM readiness</a> (requirements)</th><th class="num"><a href="#current-rule">Current Security Rule</a> (standards and specifications)</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function summarySection(report: ScanReport<FindingList>): Markup {
  const s = report.summary;
  const severityCards = SEVERITIES.map((sev) => card(`failing ${sev}`, s.failuresBySeverity[sev], `sev-${sev}`));
  const rows = report.requirements.map(
    (r) => html`<tr><td>${r.checkIds.length + r.supportingCheckIds.length > 0 ? html`<button type="button" class="link" data-requirement="${r.id}">${r.title}</button>` : r.title}<br><span class="mono muted">${r.id}</span></td><td>${formatProposedCitation(r)}</td><td>${r.currentCitation ? `45 CFR ${r.currentCitation}` : html`<span class="muted">none</span>`}</td>${statusCell(r.configStatus)}${statusCell(r.status)}<td class="num">${count(r.counts.fail)}</td><td class="num">${count(r.counts.excepted)}</td><td class="num">${count(r.counts.not_assessed)}</td><td class="num">${count(r.counts.pass)}</td><td class="num">${r.checkIds.length}</td>${attestationCell(r, report)}</tr>`,
  );
  return html`<section id="summary"><h2>Summary</h2>
<div class="cards">${card('resources', s.resources)}${card('failing findings', s.findings.fail, 'fail')}${card('excepted', s.findings.excepted, 'exc')}${card('not assessed', s.findings.not_assessed, 'na')}${card('passing', s.findings.pass, 'pass')}${card('suppressed', s.suppressed)}${card('not applicable', s.notApplicable)}${card('coverage gaps', s.gaps, s.gaps > 0 ? 'fail' : '')}${nothingAssessed(s) ? card('coverage', 'nothing assessed', 'na') : card('coverage', s.coverage, s.coverage === 'complete' ? 'pass' : 'fail')}</div>
<div class="cards">${severityCards}</div>
<h3>Two views of the same evidence</h3>
<p class="muted">Requirements per status in each view. Both come from the same findings and attestations and evaluate configuration evidence only, not compliance as a whole. A process requirement passes only on an attestation in date; its checks are supporting evidence. Key management beyond the NPRM is not counted as NPRM readiness.</p>
${viewCountsTable(report)}
</section>
<section id="nprm-view"><h2>NPRM readiness</h2>
<p class="muted">Counts of unsuppressed deciding findings (fail / excepted / not assessed / pass) per proposed requirement. "Configuration" is what the findings alone say; "Status" combines it with the attestation (both must pass). Proposed citations carry their basis (docs/nprm.md). Select a requirement to filter the findings.</p>
<div class="chart">${requirementChart(report.requirements)}</div>
<div class="chart"><table><thead><tr><th>Requirement</th><th>NPRM proposed citation</th><th>Current rule</th><th>Configuration</th><th>Status</th><th class="num">Fail</th><th class="num">Excepted</th><th class="num">Not assessed</th><th class="num">Pass</th><th class="num">Checks</th><th>Attestation / supporting evidence</th></tr></thead><tbody>${rows}</tbody></table></div>
</section>
${currentRuleSection(report)}
${attestationsSection(report)}
${exceptionsSection(report)}`;
}

function currentRuleSection(report: ScanReport<FindingList>): Markup {
  const rows = report.currentRule.map((i) => {
    const title = i.checkIds.length + i.supportingCheckIds.length > 0 ? html`<button type="button" class="link" data-current-rule="${i.id}">${i.title}</button>` : i.title;
    const designation = i.kind === 'standard' ? 'Standard (required)' : i.designation === 'required' ? 'Required' : 'Addressable';
    const parts = [
      ...(i.statusNote ? [html`<strong>${i.statusNote}</strong>`] : []),
      ...(i.checkIds.length > 0 ? [html`checks: <span class="mono">${i.checkIds.join(', ')}</span>`] : []),
      ...(i.attestedBy.length > 0 ? [html`attestations: <span class="mono">${i.attestedBy.join(', ')}</span>${i.attestation?.status === 'pass' ? html` (${i.attestation.message})` : ''}`] : []),
    ];
    const evidence = parts.length > 0 ? parts.map((p, n) => html`${n > 0 ? html`<br>` : ''}${p}`) : html`<span class="muted">${i.note ?? 'no evidence source in phiscan'}</span>`;
    return html`<tr class="${i.kind === 'standard' ? 'cr-standard' : 'cr-spec'}"><td class="mono nowrap">${`45 CFR ${i.citation}`}</td><td>${title}</td><td>${designation}</td>${statusCell(i.status)}<td class="num">${count(i.counts.fail)}</td><td class="num">${count(i.counts.excepted)}</td><td class="num">${count(i.counts.not_assessed)}</td><td class="num">${count(i.counts.pass)}</td><td class="num">${i.checkIds.length}</td><td>${evidence}${supportingLine(i.supportingCheckIds, i.supportingCounts)}</td></tr>`;
  });
  return html`<section id="current-rule"><h2>Current Security Rule (45 CFR 164.308-316)</h2>
<p class="muted">Standards and implementation specifications as in force, with their designation, judged as the current text reads on configuration evidence and attestations only. Checks that test the control the text names decide an item; checks of measures the text does not set (MFA, customer-managed keys, TLS versions, NPRM periods) are supporting evidence and never fail it. A failing Addressable specification must be implemented, or an equivalent alternative documented as reasonable. Items nothing evidences are shown as gaps, never as passes. Select an item to filter the findings to its checks.</p>
<div class="chart"><table><thead><tr><th>Citation</th><th>Standard / implementation specification</th><th>Designation</th><th>Status</th><th class="num">Fail</th><th class="num">Excepted</th><th class="num">Not assessed</th><th class="num">Pass</th><th class="num">Checks</th><th>Evidence</th></tr></thead><tbody>${rows}</tbody></table></div>
</section>`;
}

function scopeText(scope: AttestationScope | null): string {
  return scope ? [...(scope.accounts ?? []), ...(scope.subscriptions ?? []), ...(scope.projects ?? [])].join(', ') : 'all';
}

function exceptionsSection(report: ScanReport<FindingList>): Markup {
  const list = report.attestations?.exceptions ?? [];
  if (list.length === 0) return html``;
  const rows = list.map(
    (e) => html`<tr class="ex-${e.state}"><td class="mono">${e.requirement}</td><td><span class="mono">${e.ground}</span><br>${e.groundTitle}</td><td class="mono">${[...(e.resources ?? []), ...(e.scope ? [scopeText(e.scope)] : [])].join(', ')}${e.checks ? html`<br><span class="muted">checks: ${e.checks.join(', ')}</span>` : ''}</td><td>${e.compensatingControl}${e.note ? html`<br><span class="muted">${e.note}</span>` : ''}</td><td>${e.owner}</td><td class="nowrap">${e.reviewBy}</td><td class="${e.state === 'expired' ? 'rs-fail' : 'rs-excepted'}">${e.state === 'expired' ? 'expired: no longer applies' : 'active'}</td><td class="num">${count(e.findings)}</td></tr>`,
  );
  return html`<section id="exceptions"><h2>Recorded exceptions: ${count(list.length)}</h2>
<p class="muted">Exceptions under a ground in the proposed text, with a compensating control. A failing finding an active exception matches is <strong>excepted</strong>: not a pass, not suppressed. After its review date an exception no longer applies and its findings fail again.</p>
<div class="chart"><table><thead><tr><th>Requirement</th><th>Ground (proposed)</th><th>Covers</th><th>Compensating control</th><th>Owner</th><th>Review by</th><th>State</th><th class="num">Findings</th></tr></thead><tbody>${rows}</tbody></table></div>
</section>`;
}

function attestationsSection(report: ScanReport<FindingList>): Markup {
  const a = report.attestations;
  if (!a) {
    return html`<section id="attestations"><h2>Attestations</h2><p>No attestations file was given (<code>--attestations FILE</code>). Process requirements (risk analysis, penetration testing, incident response and others) are therefore not assessed in this report.</p></section>`;
  }
  const rows = a.entries.map(
    (e) => html`<tr class="at-${e.state}"><td class="mono">${e.requirement}</td><td class="nowrap">${e.performed}</td><td>${e.owner === e.attestedBy ? e.attestedBy : html`${e.attestedBy}<br><span class="muted">owner: ${e.owner}</span>`}</td><td>${evidenceText(e.evidence)}${e.note ? html`<br><span class="muted">${e.note}</span>` : ''}</td><td>${scopeText(e.scope)}</td><td class="nowrap">every ${e.period}</td><td class="nowrap">${e.dueDate}</td><td class="${e.state === 'overdue' ? 'rs-fail' : e.state === 'current' ? 'rs-pass' : 'muted'}">${e.state}</td></tr>`,
  );
  return html`<section id="attestations"><h2>Attestations: ${count(a.entries.length)}</h2>
<p class="muted">From <span class="mono">${a.file}</span>, judged on ${a.asOf} (UTC calendar date of the run). An attestation is valid through its due date (performed + the catalog period); after it, the requirement fails as overdue. Scope units: ${a.scopeUnits.join(', ')}.</p>
<div class="chart"><table><thead><tr><th>Requirement</th><th>Performed</th><th>Attested by</th><th>Evidence</th><th>Scope</th><th>Period</th><th>Due</th><th>State</th></tr></thead><tbody>${rows}</tbody></table></div>
</section>`;
}

function findingsSection(report: ScanReport<FindingList>): Markup {
  const select = (id: string, label: string, all: string) => html`<label>${label}<select id="${id}"><option value="">${all}</option></select></label>`;
  const sortable = ([['status', 'Status'], ['severity', 'Severity'], ['check', 'Check'], ['resource', 'Resource'], ['type', 'Type'], ['account', 'Account'], ['region', 'Region']] as const).map(
    ([key, label]) => html`<button type="button" role="columnheader" data-sort="${key}" aria-sort="none">${label}</button>`,
  );
  return html`<section id="${DOM.findings}"><h2>Findings</h2>
<form class="filters" id="${DOM.filters}" role="search">
${select(DOM.requirement, 'NPRM requirement', 'All requirements')}${select(DOM.currentRule, 'Current rule (45 CFR)', 'All standards and specifications')}${select(DOM.severity, 'Severity', 'All severities')}${select(DOM.status, 'Status', 'All statuses')}${select(DOM.provider, 'Provider', 'All providers')}${select(DOM.account, 'Account / subscription / project', 'All accounts')}${select(DOM.region, 'Region', 'All regions')}
<label class="search">Search (check, resource, message, tags)<input type="search" id="${DOM.search}" autocomplete="off" spellcheck="false" placeholder="e.g. bucket, arn:aws:..., encryption"></label>
<label class="check"><input type="checkbox" id="${DOM.ephi}"> ePHI resources only</label>
<button type="button" id="${DOM.reset}">Reset filters</button>
</form>
${report.findings.length > HTML_FINDINGS_LIMIT ? html`<p class="alert">This table holds the first ${count(HTML_FINDINGS_LIMIT)} of ${count(report.findings.length)} findings (failing and most severe first); filters and counts below apply to those. Every finding is in the JSON report (phiscan.json).</p>` : ''}
<p class="count" id="${DOM.count}" aria-live="polite">${count(report.findings.length)} findings</p>
<noscript><p class="alert">The findings table needs JavaScript. Every finding is in the JSON report (phiscan.json).</p></noscript>
<div class="findings-layout">
<div class="grid" role="grid" aria-label="Findings"><div class="grid-head cols" id="${DOM.head}" role="row">${sortable}</div>
<div class="viewport" id="${DOM.viewport}" tabindex="0"><div class="spacer" id="${DOM.spacer}"></div><div class="rows" id="${DOM.rows}" role="rowgroup"></div></div></div>
<aside class="details" id="${DOM.details}" aria-live="polite"><p class="muted">Select a finding to see its evidence, remediation and citations.</p></aside>
</div></section>`;
}

/** Groups of resources shown in the "without checks" table; the rest are counted (all are in the inventory). */
export const MAX_UNCHECKED_GROUPS = 200;

/**
 * Resources in the inventory that no check judges (a Terraform type phiscan does not map, or a
 * type no selected check covers): counted by type, so a reviewer sees what the scan did not assess.
 */
function uncheckedSection(report: ScanReport<FindingList>): Markup {
  const groups = new Map<string, { provider: string; label: string; n: number; examples: string[] }>();
  for (const e of report.resources) {
    if (!noChecks(e)) continue;
    const label = assetTypeOf(e);
    const key = `${e.provider}\u0000${label}`;
    const g = groups.get(key) ?? { provider: e.provider, label, n: 0, examples: [] };
    g.n++;
    if (g.examples.length < 3) g.examples.push(e.source.kind === 'iac' ? `${e.source.address} (${e.source.file}:${e.source.line})` : e.id);
    groups.set(key, g);
  }
  const total = [...groups.values()].reduce((a, g) => a + g.n, 0);
  if (total === 0) return html``;
  const sorted = [...groups.values()].sort((a, b) => b.n - a.n || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const rows = sorted.slice(0, MAX_UNCHECKED_GROUPS).map((g) => html`<tr><td>${g.provider}</td><td class="mono">${g.label}</td><td class="num">${count(g.n)}</td><td class="mono">${g.examples.join('; ')}${g.n > g.examples.length ? ' ...' : ''}</td></tr>`);
  return html`<section id="unchecked"><h2>Inventoried without checks: ${count(total)}</h2>
<p class="muted">These resources are in the asset inventory (<code>--format inventory</code>) but no check that ran applies to their type, so this report says nothing about them: assess them by other means.</p>
<div class="chart"><table><thead><tr><th>Provider</th><th>Type</th><th class="num">Resources</th><th>Examples</th></tr></thead><tbody>${rows}</tbody></table></div>
${sorted.length > MAX_UNCHECKED_GROUPS ? html`<p>${count(sorted.length - MAX_UNCHECKED_GROUPS)} more types are listed in the inventory.</p>` : ''}</section>`;
}

function mapSection(svg: string): Markup {
  return html`<section id="map-section"><h2>Network map</h2>
<p class="muted">Accounts, networks, subnets, gateways and security groups, with the ePHI resources inside them (from each resource's network placement), edges from the Internet to every public entry point, and bold dark-red edges for the paths that fail segmentation by reachability (hover one for its hops). Drag to pan, use the wheel or pinch to zoom; hover for a box's full name. Select a resource to list its findings. <code>--format network-map</code> writes the same map as Graphviz DOT and Mermaid.</p>
<div class="map-tools" id="${DOM.mapTools}" hidden><button type="button" data-map="in" aria-label="Zoom in">+</button><button type="button" data-map="out" aria-label="Zoom out">−</button><button type="button" data-map="fit">Fit</button></div>
<div class="map" id="${DOM.map}"><div class="map-canvas" id="${DOM.mapCanvas}">${trusted(svg)}</div></div></section>`;
}

function runSection(report: ScanReport<FindingList>): Markup {
  const r = report.run;
  const o = r.options;
  const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(', ') : html`<span class="muted">none</span>`);
  const inputs = r.inputs.map((i) => html`<li><strong>${i.kind}</strong>: ${i.scope.join(', ')}</li>`);
  const c = report.catalog;
  return html`<section id="run"><h2>Run</h2><dl class="meta">
<dt>Tool</dt><dd>${`${report.tool.name} ${report.tool.version}`} (report schema ${report.schemaVersion})</dd>
<dt>Command</dt><dd class="mono">${r.command}</dd>
<dt>Started</dt><dd>${r.startedAt}</dd>
<dt>Finished</dt><dd>${r.finishedAt}</dd>
<dt>Inputs</dt><dd><ul>${inputs}</ul></dd>
<dt>Identities</dt><dd>${list(r.identities)}</dd>
<dt>Fail on</dt><dd>${o.failOn}</dd>
<dt>Checks selected</dt><dd>${list(o.checks)}</dd>
<dt>Checks skipped</dt><dd>${list(o.skipChecks)}</dd>
<dt>Requirements selected</dt><dd>${list(o.requirements)}</dd>
<dt>Strict</dt><dd>${o.strict ? 'yes' : 'no'}</dd>
${r.shard ? html`<dt>Shard</dt><dd>${`${r.shard.index} of ${r.shard.count}`}</dd>` : ''}
<dt>Requirement catalog</dt><dd>${`version ${c.version}, as of ${c.asOf}; ${c.federalRegister}; RIN ${c.rin}; status: ${c.status}`}</dd>
<dt>Checks run</dt><dd>${count(report.checks.length)}</dd>
</dl></section>`;
}

export interface PageParts {
  readonly csp: string;
  readonly styles: string;
  readonly script: string;
  readonly mapSvg: string;
}

/**
 * The page around its data: `before` ends inside the `<script type="application/json">` block the
 * data goes in, `after` closes it. The data (16 MB for a million resources) is written between them
 * in pieces, never joined into one page string.
 */
export function renderPage(report: ScanReport<FindingList>, parts: PageParts): { readonly before: string; readonly after: string } {
  const s = report.summary;
  const title = `phiscan report: ${count(s.findings.fail)} failing, ${count(s.findings.not_assessed)} not assessed, ${count(s.gaps)} coverage gaps`;
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(parts.csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(parts.styles)}</style>
</head>
<body>
<header class="top"><h1>phiscan compliance report</h1>
<p>HIPAA Security Rule NPRM (${`RIN ${report.catalog.rin}, ${report.catalog.federalRegister}`}), finished ${report.run.finishedAt}</p>
<p class="disclaimer">${report.catalog.statusNote}</p></header>
<nav class="toc" aria-label="Sections"><a href="#gaps">Coverage gaps (${count(s.gaps)})</a><a href="#summary">Summary</a><a href="#nprm-view">NPRM readiness</a><a href="#current-rule">Current Security Rule</a><a href="#attestations">Attestations${report.attestations ? ` (${count(report.attestations.entries.length)})` : ''}</a>${report.attestations?.exceptions?.length ? html`<a href="#exceptions">Exceptions (${count(report.attestations.exceptions.length)})</a>` : ''}<a href="#${DOM.findings}">Findings</a><a href="#map-section">Network map</a><a href="#run">Run</a></nav>
<main>
${gapsSection(report)}
${summarySection(report)}
${findingsSection(report)}
${uncheckedSection(report)}
${mapSection(parts.mapSvg)}
${runSection(report)}
</main>
<footer>Generated by ${`${report.tool.name} ${report.tool.version}`}. Findings are NPRM-aligned observations of configuration, not determinations of a HIPAA violation.</footer>
<script type="application/json" id="${DOM.data}">${trusted(DATA_MARK)}</script>
<script>${trusted(parts.script)}</script>
</body>
</html>
`;
  const [before, after, ...rest] = page.value.split(DATA_MARK);
  if (before === undefined || after === undefined || rest.length > 0) throw new Error('the page must hold one data block');
  return { before, after };
}

/** Where the data goes: a NUL never reaches the page from the escaped parts (html`` escapes every value it is given). */
const DATA_MARK = '\u0000phiscan-data\u0000';
