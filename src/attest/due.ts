/**
 * What is due when: the attestation view a scheduled job posts ("due in the next 30/60/90
 * days, by requirement and owner"). Pure: a function of the judged attestations and the date.
 */
import type { RequirementAttestation } from '../model/report.js';
import { REQUIREMENTS, type RequirementId } from '../nprm/catalog.js';
import { daysBetween } from './calendar-date.js';
import { markdownText, terminalText } from '../lib/text.js';

export type DueState = 'overdue' | 'due' | 'missing' | 'later';

export interface DueItem {
  readonly requirement: RequirementId;
  readonly title: string;
  readonly state: DueState;
  /** Owner of the binding attestation; null when nobody has attested yet. */
  readonly owner: string | null;
  readonly lastPerformed: string | null;
  readonly dueDate: string | null;
  /** Days from the run date to the due date (negative when overdue). */
  readonly daysLeft: number | null;
  /** The smallest window (in days) the due date falls in; null when overdue, missing or later. */
  readonly window: number | null;
  readonly period: string;
  readonly message: string;
}

export interface DueReport {
  readonly asOf: string;
  readonly windows: readonly number[];
  readonly scopeUnits: readonly string[];
  readonly items: readonly DueItem[];
  readonly counts: { readonly overdue: number; readonly missing: number; readonly later: number; readonly due: Readonly<Record<string, number>> };
  readonly byOwner: readonly { readonly owner: string; readonly overdue: number; readonly due: number; readonly missing: number }[];
}

const ORDER: Record<DueState, number> = { overdue: 0, due: 1, missing: 2, later: 3 };

export function dueReport(byRequirement: ReadonlyMap<RequirementId, RequirementAttestation>, asOf: string, windows: readonly number[], scopeUnits: readonly string[]): DueReport {
  const sortedWindows = [...new Set(windows)].sort((a, b) => a - b);
  const max = sortedWindows[sortedWindows.length - 1] ?? 0;
  const items: DueItem[] = [];
  for (const req of REQUIREMENTS) {
    const a = byRequirement.get(req.id);
    if (!a) continue;
    const daysLeft = a.dueDate ? daysBetween(asOf, a.dueDate) : null;
    const state: DueState = a.status === 'fail' ? 'overdue' : a.status === 'not_assessed' ? 'missing' : daysLeft !== null && daysLeft <= max ? 'due' : 'later';
    const window = state === 'due' && daysLeft !== null ? (sortedWindows.find((w) => daysLeft <= w) ?? null) : null;
    items.push({ requirement: req.id, title: req.title, state, owner: a.owner, lastPerformed: a.lastPerformed, dueDate: a.dueDate, daysLeft, window, period: a.period, message: a.message });
  }
  items.sort((x, y) => ORDER[x.state] - ORDER[y.state] || (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999') || x.requirement.localeCompare(y.requirement));
  const due = Object.fromEntries(sortedWindows.map((w) => [String(w), items.filter((i) => i.window === w).length]));
  const owners = new Map<string, { owner: string; overdue: number; due: number; missing: number }>();
  for (const i of items) {
    if (i.state === 'later') continue;
    const owner = i.owner ?? '(unassigned)';
    const o = owners.get(owner) ?? { owner, overdue: 0, due: 0, missing: 0 };
    if (i.state === 'overdue') o.overdue++;
    else if (i.state === 'due') o.due++;
    else o.missing++;
    owners.set(owner, o);
  }
  return {
    asOf,
    windows: sortedWindows,
    scopeUnits,
    items,
    counts: { overdue: items.filter((i) => i.state === 'overdue').length, missing: items.filter((i) => i.state === 'missing').length, later: items.filter((i) => i.state === 'later').length, due },
    byOwner: [...owners.values()].sort((a, b) => a.owner.localeCompare(b.owner)),
  };
}

function sectionTitle(state: DueState, window: number | null, windows: readonly number[]): string {
  if (state === 'overdue') return 'Overdue';
  if (state === 'missing') return 'Never attested (not assessed)';
  if (state === 'later') return 'Not due in the window';
  const i = windows.indexOf(window ?? -1);
  const from = i > 0 ? (windows[i - 1] ?? 0) + 1 : 0;
  return from === 0 ? `Due within ${window ?? ''} days` : `Due in ${from}-${window ?? ''} days`;
}

function groups(r: DueReport): { title: string; items: DueItem[] }[] {
  const out: { title: string; items: DueItem[] }[] = [];
  const add = (title: string, items: DueItem[]): void => {
    if (items.length > 0) out.push({ title, items });
  };
  add(sectionTitle('overdue', null, r.windows), r.items.filter((i) => i.state === 'overdue'));
  for (const w of r.windows) add(sectionTitle('due', w, r.windows), r.items.filter((i) => i.window === w));
  add(sectionTitle('missing', null, r.windows), r.items.filter((i) => i.state === 'missing'));
  return out;
}

function headline(r: DueReport): string {
  const due = r.windows.map((w) => `${r.counts.due[String(w)] ?? 0} ${sectionTitle('due', w, r.windows).toLowerCase()}`).join(', ');
  return `${r.counts.overdue} overdue, ${due}, ${r.counts.missing} never attested, ${r.counts.later} not due in ${r.windows[r.windows.length - 1] ?? 0} days`;
}

const when = (i: DueItem): string => (i.state === 'overdue' ? `overdue since ${i.dueDate ?? ''}` : i.state === 'missing' ? i.message : `${i.dueDate ?? ''} (${i.daysLeft ?? ''} days)`);

/** Text for a terminal: owners and messages come from the attestations file, so each is made terminal-safe. */
export function renderDueText(r: DueReport): string {
  const t = terminalText;
  const lines = [`phiscan status as of ${t(r.asOf)} (UTC): ${headline(r)}`];
  for (const g of groups(r)) {
    lines.push('', `${g.title}:`);
    for (const i of g.items) lines.push(`  ${t(i.requirement)}  owner: ${t(i.owner ?? '(unassigned)')}  last: ${t(i.lastPerformed ?? '-')}  due: ${t(when(i))}`);
  }
  if (r.byOwner.length > 0) {
    lines.push('', 'By owner:');
    for (const o of r.byOwner) lines.push(`  ${t(o.owner)}: ${o.overdue} overdue, ${o.due} due, ${o.missing} never attested`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown for a chat or issue post; untrusted text is escaped so it cannot break the tables or mention anyone. */
export function renderDueMarkdown(r: DueReport): string {
  const cell = markdownText;
  const out = [`## phiscan attestation status, ${r.asOf}`, '', `**${headline(r)}**`, ''];
  for (const g of groups(r)) {
    out.push(`### ${g.title}`, '', '| Requirement | Owner | Last performed | Due | Period |', '|---|---|---|---|---|');
    for (const i of g.items) out.push(`| ${cell(i.title)} (\`${i.requirement}\`) | ${cell(i.owner ?? '(unassigned)')} | ${i.lastPerformed ?? '-'} | ${cell(when(i))} | ${i.period} |`);
    out.push('');
  }
  if (r.byOwner.length > 0) {
    out.push('### By owner', '', '| Owner | Overdue | Due | Never attested |', '|---|---|---|---|');
    for (const o of r.byOwner) out.push(`| ${cell(o.owner)} | ${o.overdue} | ${o.due} | ${o.missing} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
