import type { RequirementSummary } from '../../src/model/report.js';
import { html, type Markup } from '../markup.js';
import { maxOf } from '../../src/lib/arrays.js';

const LABEL_W = 300;
const BAR_W = 420;
const ROW_H = 22;
const TOP = 24;
const COLORS = { fail: '#c0392b', excepted: '#6c3483', not_assessed: '#d68910', pass: '#1e8449' } as const;
const KINDS = ['fail', 'excepted', 'not_assessed', 'pass'] as const;
const label = (k: (typeof KINDS)[number]): string => (k === 'not_assessed' ? 'not assessed' : k);

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Stacked horizontal bars of fail / excepted / not assessed / pass findings per NPRM requirement that has
 * checks, scaled to the largest total. Presentation attributes only (CSP forbids style attributes).
 */
export function requirementChart(requirements: readonly RequirementSummary[]): Markup {
  const rows = requirements.filter((r) => r.checkIds.length > 0);
  const total = (r: RequirementSummary): number => KINDS.reduce((n, k) => n + r.counts[k], 0);
  const max = maxOf(rows.map(total), 1);
  const width = LABEL_W + BAR_W + 90;
  const height = TOP + rows.length * ROW_H + 8;
  const legend = KINDS.map(
    (k, i) => html`<rect x="${LABEL_W + i * 105}" y="4" width="12" height="12" fill="${COLORS[k]}"/><text x="${LABEL_W + i * 105 + 16}" y="14" font-size="11" fill="#1c2833">${label(k)}</text>`,
  );
  const bars = rows.map((r, i) => {
    const y = TOP + i * ROW_H;
    let x = LABEL_W;
    const segments = KINDS.map((k) => {
      const n = r.counts[k];
      const w = Math.round((n / max) * BAR_W * 10) / 10;
      const seg = n > 0 ? html`<rect x="${x}" y="${y + 3}" width="${Math.max(w, 1)}" height="${ROW_H - 6}" fill="${COLORS[k]}"><title>${`${r.title}: ${n} ${label(k)}`}</title></rect>` : html``;
      x += w;
      return seg;
    });
    return html`<g><text x="${LABEL_W - 8}" y="${y + 15}" font-size="12" text-anchor="end" fill="#1c2833"><title>${`${r.title} (${r.id})`}</title>${truncate(r.title, 44)}</text>${segments}${total(r) === 0 ? html`<text x="${LABEL_W}" y="${y + 15}" font-size="11" fill="#566573">no resources of the checked types</text>` : html`<text x="${x + 6}" y="${y + 15}" font-size="11" fill="#566573">${KINDS.map((k) => r.counts[k]).join(' / ')}</text>`}</g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Findings by NPRM requirement: fail, excepted, not assessed, pass" font-family="Helvetica, Arial, sans-serif">${legend}${bars}</svg>`;
}
