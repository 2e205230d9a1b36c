/**
 * The HTML report's client: filters, search, a virtualized findings table and finding details.
 * Data comes from the embedded JSON block and reaches the page only through textContent and
 * DOM APIs (never innerHTML), so nothing in a tag, name or id can become markup.
 */
import { setUpMap } from './map.js';
import { DOM, type Payload, type PayloadCheck, type PayloadResource } from './payload.js';

const ROW_HEIGHT = 30;
const OVERSCAN = 8;

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`phiscan report: missing #${id}`);
  return found;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const data = JSON.parse(byId(DOM.data, HTMLScriptElement).textContent || 'null') as Payload;
const F = data.findings;
const str = (i: number): string | null => (i >= 0 ? (data.strings[i] ?? null) : null);
function at<T>(list: readonly T[], i: number | undefined): T {
  const v = list[i ?? -1];
  if (v === undefined) throw new Error('phiscan report: inconsistent embedded data');
  return v;
}
const checkOf = (i: number): PayloadCheck => at(data.checks, F.check[i]);
const resourceOf = (i: number): PayloadResource => at(data.resources, F.resource[i]);
const statusOf = (i: number): string => data.statuses[F.status[i] ?? 0] ?? '';
const severityOf = (i: number): string => data.severities[F.severity[i] ?? 0] ?? '';
function requirementsOf(i: number): readonly string[] {
  const own = str(F.requirements[i] ?? -1);
  return own === null ? checkOf(i).requirements : (JSON.parse(own) as string[]);
}
const requirementById = new Map(data.requirements.map((r) => [r.id, r]));

const STATUS_LABEL: Record<string, string> = { fail: 'Fail', excepted: 'Excepted', not_assessed: 'Not assessed', pass: 'Pass' };

// ---- filters ---------------------------------------------------------------------------------

interface Filters {
  requirement: string;
  currentRule: string;
  severity: string;
  provider: string;
  account: string;
  region: string;
  status: string;
  ephi: boolean;
  search: string;
}

const controls = {
  requirement: byId(DOM.requirement, HTMLSelectElement),
  currentRule: byId(DOM.currentRule, HTMLSelectElement),
  severity: byId(DOM.severity, HTMLSelectElement),
  provider: byId(DOM.provider, HTMLSelectElement),
  account: byId(DOM.account, HTMLSelectElement),
  region: byId(DOM.region, HTMLSelectElement),
  status: byId(DOM.status, HTMLSelectElement),
  ephi: byId(DOM.ephi, HTMLInputElement),
  search: byId(DOM.search, HTMLInputElement),
};

function fillSelect(select: HTMLSelectElement, values: readonly (readonly [string, string])[]): void {
  for (const [value, label] of values) {
    const o = el('option', undefined, label);
    o.value = value;
    select.append(o);
  }
}

function distinct(field: 3 | 4 | 5): string[] {
  const set = new Set<string>();
  for (const r of data.resources) {
    const v = str(r[field]);
    if (v !== null) set.add(v);
  }
  return [...set].sort();
}

const usedRequirements = new Set<string>();
for (let i = 0; i < F.count; i++) for (const r of requirementsOf(i)) usedRequirements.add(r);
fillSelect(
  controls.requirement,
  data.requirements.filter((r) => usedRequirements.has(r.id)).map((r) => [r.id, `${r.title} (${r.id})`] as const),
);
// Current-rule items select the findings of their checks; only items with findings are offered.
const checkIdOf = (i: number): string => checkOf(i).id;
const usedChecks = new Set<string>();
for (let i = 0; i < F.count; i++) usedChecks.add(checkIdOf(i));
const currentRuleChecks = new Map(data.currentRule.map((c) => [c.id, new Set(c.checkIds)]));
fillSelect(
  controls.currentRule,
  data.currentRule.filter((c) => c.checkIds.some((id) => usedChecks.has(id))).map((c) => [c.id, `${c.citation} ${c.title}`] as const),
);
fillSelect(controls.severity, data.severities.map((s) => [s, s] as const));
fillSelect(controls.provider, distinct(3).map((v) => [v, v] as const));
fillSelect(controls.account, distinct(4).map((v) => [v, v] as const));
fillSelect(controls.region, distinct(5).map((v) => [v, v] as const));
fillSelect(controls.status, data.statuses.map((s) => [s, STATUS_LABEL[s] ?? s] as const));

function readFilters(): Filters {
  return {
    requirement: controls.requirement.value,
    currentRule: controls.currentRule.value,
    severity: controls.severity.value,
    provider: controls.provider.value,
    account: controls.account.value,
    region: controls.region.value,
    status: controls.status.value,
    ephi: controls.ephi.checked,
    search: controls.search.value.trim().toLowerCase(),
  };
}

let haystack: string[] | null = null;
function searchText(i: number): string {
  haystack ??= Array.from({ length: F.count }, (_, j) => {
    const c = checkOf(j);
    const r = resourceOf(j);
    return [c.id, c.title, r[0], r[1], str(r[2]), str(F.message[j] ?? -1), str(r[7])].join('\u0000').toLowerCase();
  });
  return haystack[i] ?? '';
}

function matches(i: number, f: Filters): boolean {
  if (f.status && statusOf(i) !== f.status) return false;
  if (f.severity && severityOf(i) !== f.severity) return false;
  if (f.ephi && F.ephi[i] !== 1) return false;
  const r = resourceOf(i);
  if (f.provider && str(r[3]) !== f.provider) return false;
  if (f.account && str(r[4]) !== f.account) return false;
  if (f.region && str(r[5]) !== f.region) return false;
  if (f.requirement && !requirementsOf(i).includes(f.requirement)) return false;
  if (f.currentRule && !currentRuleChecks.get(f.currentRule)?.has(checkIdOf(i))) return false;
  if (f.search && !searchText(i).includes(f.search)) return false;
  return true;
}

// ---- sorting ---------------------------------------------------------------------------------

type SortKey = 'default' | 'status' | 'severity' | 'check' | 'resource' | 'type' | 'account' | 'region';
let sortKey: SortKey = 'default';
let sortDir = 1;
let order: number[] = Array.from({ length: F.count }, (_, i) => i);

function sortValue(i: number, key: SortKey): string | number {
  const r = resourceOf(i);
  switch (key) {
    case 'default':
      return i;
    case 'status':
      return F.status[i] ?? 0;
    case 'severity':
      return F.severity[i] ?? 0;
    case 'check':
      return checkOf(i).title;
    case 'resource':
      return r[1];
    case 'type':
      return str(r[2]) ?? '';
    case 'account':
      return str(r[4]) ?? '';
    case 'region':
      return str(r[5]) ?? '';
  }
}

function sortBy(key: SortKey): void {
  sortDir = key === sortKey ? -sortDir : 1;
  sortKey = key;
  const base = Array.from({ length: F.count }, (_, i) => i);
  const keys = base.map((i) => sortValue(i, key));
  // Ties keep the default order (failing, most severe first), so sorting is stable and meaningful.
  order = base.sort((a, b) => {
    const x = keys[a] ?? 0;
    const y = keys[b] ?? 0;
    return (x < y ? -1 : x > y ? 1 : 0) * sortDir || a - b;
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>(`#${DOM.head} button[data-sort]`)) {
    b.setAttribute('aria-sort', b.dataset.sort === key ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
  }
  apply();
}

// ---- the virtualized table -------------------------------------------------------------------

const nav = document.querySelector<HTMLElement>('nav.toc');
const viewport = byId(DOM.viewport, HTMLDivElement);
const spacer = byId(DOM.spacer, HTMLDivElement);
const rowsEl = byId(DOM.rows, HTMLDivElement);
const countEl = byId(DOM.count, HTMLElement);
const details = byId(DOM.details, HTMLElement);
let visible: number[] = order;
let selected = -1;

function apply(): void {
  const f = readFilters();
  visible = order.filter((i) => matches(i, f));
  countEl.textContent = `Showing ${visible.length.toLocaleString('en-US')} of ${F.count.toLocaleString('en-US')} findings`;
  viewport.setAttribute('aria-rowcount', String(visible.length));
  spacer.style.height = `${visible.length * ROW_HEIGHT}px`;
  viewport.scrollTop = 0;
  renderRows();
}

function cell(text: string, className: string): HTMLDivElement {
  const c = el('div', `cell ${className}`, text);
  c.setAttribute('role', 'gridcell');
  c.title = text;
  return c;
}

function renderRows(): void {
  const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(visible.length, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW_HEIGHT) + OVERSCAN);
  rowsEl.style.transform = `translateY(${first * ROW_HEIGHT}px)`;
  const rows: HTMLElement[] = [];
  for (let p = first; p < last; p++) {
    const i = visible[p] ?? 0;
    const r = resourceOf(i);
    const status = statusOf(i);
    const row = el('div', `row${i === selected ? ' selected' : ''}${F.suppression[i] !== -1 ? ' suppressed' : ''}`);
    row.setAttribute('role', 'row');
    row.setAttribute('aria-rowindex', String(p + 1));
    row.tabIndex = 0;
    row.dataset.index = String(i);
    const statusCell = cell(`${STATUS_LABEL[status] ?? status}${F.suppression[i] !== -1 ? ' (suppressed)' : ''}`, `status st-${status}`);
    const sev = severityOf(i);
    row.append(
      statusCell,
      cell(sev, `severity sev-${sev}`),
      cell(checkOf(i).title, 'check'),
      cell(`${F.ephi[i] === 1 ? 'ePHI · ' : ''}${r[1]}`, 'resource'),
      cell(str(r[2]) ?? '', 'type'),
      cell(str(r[4]) ?? '', 'account'),
      cell(str(r[5]) ?? '', 'region'),
    );
    rows.push(row);
  }
  rowsEl.replaceChildren(...rows);
}

let scheduled = false;
viewport.addEventListener('scroll', () => {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    renderRows();
  });
});
window.addEventListener('resize', () => renderRows());

function rowIndexFrom(target: EventTarget | null): number | null {
  const row = target instanceof Element ? target.closest<HTMLElement>('.row') : null;
  return row?.dataset.index === undefined ? null : Number(row.dataset.index);
}
rowsEl.addEventListener('click', (e) => {
  const i = rowIndexFrom(e.target);
  if (i === null) return;
  select(i);
  // In the one-column layout the details sit below the table: bring them into view, below the
  // sticky navigation (scroll-padding-top keeps them clear of it).
  const top = details.getBoundingClientRect().top;
  if (top > window.innerHeight - 40 || top < (nav?.getBoundingClientRect().bottom ?? 0)) details.scrollIntoView({ block: 'start' });
});
rowsEl.addEventListener('keydown', (e) => {
  const i = rowIndexFrom(e.target);
  if (i === null) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    select(i);
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const row = (e.target as HTMLElement).closest('.row');
    const next = (e.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling) as HTMLElement | null | undefined;
    if (next) next.focus();
    else viewport.scrollTop += e.key === 'ArrowDown' ? ROW_HEIGHT : -ROW_HEIGHT;
  }
});

// ---- details ---------------------------------------------------------------------------------

const map = document.getElementById(DOM.map);
const mapView = setUpMap();

/** The resource's node on the network map, if it is drawn there. */
function mapNodeOf(resourceId: string): Element | null {
  if (!map) return null;
  for (const node of map.querySelectorAll('[data-rid]')) if (node.getAttribute('data-rid') === resourceId) return node;
  return null;
}

function showOnMap(node: Element): void {
  for (const old of map?.querySelectorAll('.highlight') ?? []) old.classList.remove('highlight');
  node.classList.add('highlight');
  map?.scrollIntoView({ block: 'nearest' });
  if (mapView) mapView.reveal(node);
  else node.scrollIntoView({ block: 'center', inline: 'center' });
}

function field(dl: HTMLDListElement, term: string, value: string | Node | null): void {
  if (value === null || value === '') return;
  dl.append(el('dt', undefined, term));
  const dd = el('dd');
  if (typeof value === 'string') dd.textContent = value;
  else dd.append(value);
  dl.append(dd);
}

function pre(text: string): HTMLPreElement {
  return el('pre', undefined, text);
}

function safeLink(url: string): Node {
  // References and attestation evidence come from a report that can be edited: only plain
  // http(s) URLs become links (never javascript:, data: or relative ones); the rest stay text.
  if (!/^https?:\/\/[^\s"'<>]+$/i.test(url)) return document.createTextNode(url);
  const a = el('a', undefined, url);
  a.href = url;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

function select(i: number): void {
  selected = i;
  for (const row of rowsEl.querySelectorAll<HTMLElement>('.row')) row.classList.toggle('selected', Number(row.dataset.index) === i);
  const c = checkOf(i);
  const r = resourceOf(i);
  const status = statusOf(i);
  const children: Node[] = [];
  const h = el('h3', undefined, c.title);
  children.push(h);
  const badges = el('p', 'badges');
  badges.append(el('span', `badge st-${status}`, STATUS_LABEL[status] ?? status), el('span', `badge sev-${severityOf(i)}`, severityOf(i)));
  if (F.ephi[i] === 1) badges.append(el('span', 'badge ephi', 'ePHI'));
  children.push(badges);

  const dl = el('dl');
  field(dl, 'Finding', str(F.message[i] ?? -1));
  field(dl, 'Check', c.id);
  field(dl, 'Resource', r[0]);
  field(dl, 'Name', r[1]);
  field(dl, 'Type', str(r[2]));
  field(dl, 'Provider', str(r[3]));
  field(dl, 'Account', str(r[4]));
  field(dl, 'Region', str(r[5]));
  field(dl, 'Source', str(r[6]));
  const tags = str(r[7]);
  if (tags !== null) {
    const entries = Object.entries(JSON.parse(tags) as Record<string, string>);
    const ul = el('ul', 'tags');
    for (const [k, v] of entries) ul.append(el('li', undefined, `${k} = ${v}`));
    field(dl, 'Tags', entries.length > 0 ? ul : 'none');
  }
  field(dl, 'Suppressed', str(F.suppression[i] ?? -1));
  field(dl, 'Excepted under', str(F.exception[i] ?? -1));
  children.push(dl);
  const node = mapNodeOf(r[0]);
  if (node) {
    const b = el('button', 'link', 'Show on the network map');
    b.type = 'button';
    b.addEventListener('click', () => showOnMap(node));
    const para = el('p');
    para.append(b);
    children.push(para);
  }

  children.push(el('h4', undefined, 'Evidence'));
  const evidence = JSON.parse(str(F.evidence[i] ?? -1) ?? '[]') as { path: string; observed: unknown; unknown?: boolean }[];
  if (evidence.length === 0) children.push(el('p', 'muted', 'No evidence recorded.'));
  else {
    const table = el('table', 'evidence');
    const head = el('tr');
    head.append(el('th', undefined, 'Attribute'), el('th', undefined, 'Observed'));
    table.append(head);
    for (const e of evidence) {
      const tr = el('tr');
      tr.append(el('td', 'mono', e.path), el('td', 'mono', e.unknown ? 'unknown (could not be read)' : JSON.stringify(e.observed, null, 1)));
      table.append(tr);
    }
    children.push(table);
  }

  children.push(el('h4', undefined, 'Remediation'));
  children.push(el('p', undefined, str(F.remediation[i] ?? -1) ?? c.remediation.summary));
  const steps = el('dl');
  if (c.remediation.console) field(steps, 'Console', c.remediation.console);
  if (c.remediation.cli) field(steps, 'CLI', pre(c.remediation.cli));
  if (c.remediation.terraform) field(steps, 'Terraform', pre(c.remediation.terraform));
  children.push(steps);

  children.push(el('h4', undefined, 'HIPAA Security Rule'));
  const reqs = el('ul', 'requirements');
  for (const id of requirementsOf(i)) {
    const q = requirementById.get(id);
    const li = el('li');
    li.append(el('strong', undefined, q ? q.title : id), document.createTextNode(` (${id})`));
    if (q) {
      li.append(el('br'), document.createTextNode(`NPRM: ${q.proposed}`));
      li.append(el('br'), document.createTextNode(`Current rule: ${q.currentCitation ? `45 CFR ${q.currentCitation}` : 'no direct counterpart'}`));
    }
    reqs.append(li);
  }
  children.push(reqs);
  const cur = el('dl');
  field(cur, 'Current rule: evidences', c.currentRule.join('; ') || 'none');
  if (c.currentRuleSupport.length > 0) field(cur, 'Current rule: supports only', c.currentRuleSupport.join('; '));
  field(cur, 'Rationale', c.rationale);
  if (c.references.length > 0) {
    const ul = el('ul');
    for (const ref of c.references) {
      const li = el('li');
      li.append(safeLink(ref));
      ul.append(li);
    }
    field(cur, 'References', ul);
  }
  children.push(cur);
  details.replaceChildren(...children);
  details.hidden = false;
}

// ---- wiring ----------------------------------------------------------------------------------

let searchTimer: number | undefined;
controls.search.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  searchTimer = window.setTimeout(apply, 150);
});
for (const c of [controls.requirement, controls.currentRule, controls.severity, controls.provider, controls.account, controls.region, controls.status, controls.ephi]) {
  c.addEventListener('change', apply);
}
byId(DOM.filters, HTMLFormElement).addEventListener('submit', (e) => {
  e.preventDefault();
  apply();
});
byId(DOM.reset, HTMLButtonElement).addEventListener('click', () => {
  for (const s of [controls.requirement, controls.currentRule, controls.severity, controls.provider, controls.account, controls.region, controls.status]) s.value = '';
  controls.ephi.checked = false;
  controls.search.value = '';
  apply();
});
for (const b of document.querySelectorAll<HTMLButtonElement>(`#${DOM.head} button[data-sort]`)) {
  b.addEventListener('click', () => sortBy((b.dataset.sort ?? 'default') as SortKey));
}

function showFindings(): void {
  byId(DOM.findings, HTMLElement).scrollIntoView({ block: 'start' });
}
// Requirement rows in the summary filter the table.
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-requirement]')) {
  b.addEventListener('click', () => {
    const id = b.dataset.requirement ?? '';
    if (![...controls.requirement.options].some((o) => o.value === id)) return;
    controls.requirement.value = id;
    apply();
    showFindings();
  });
}
// Current-rule rows filter the table to the findings of their checks.
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-current-rule]')) {
  b.addEventListener('click', () => {
    const id = b.dataset.currentRule ?? '';
    if (![...controls.currentRule.options].some((o) => o.value === id)) return;
    controls.currentRule.value = id;
    apply();
    showFindings();
  });
}
// Attestation evidence is server-rendered as text; http(s) URLs become links here, by DOM APIs.
for (const e of document.querySelectorAll<HTMLElement>('[data-evidence]')) e.replaceChildren(safeLink(e.textContent ?? ''));
// Network map nodes search the table for their resource.
function searchResource(target: EventTarget | null): void {
  const node = target instanceof Element ? target.closest('[data-rid]') : null;
  const rid = node?.getAttribute('data-rid');
  if (!rid) return;
  controls.search.value = rid;
  apply();
  showFindings();
}
// A drag that pans the map is not a selection.
map?.addEventListener('click', (e) => {
  if (!mapView?.dragged()) searchResource(e.target);
});
map?.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') searchResource(e.target);
});

// The sticky navigation wraps on narrow screens: scrolling and the sticky details panel keep clear of
// its real height (CSS reads --nav-h), so it never hides the selected finding.
const measureNav = () => document.documentElement.style.setProperty('--nav-h', `${Math.ceil(nav?.getBoundingClientRect().height ?? 0)}px`);
measureNav();
window.addEventListener('resize', measureNav);

apply();
// Time to interactive, for the benchmark and tests: the table is filled and listeners are attached.
document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
