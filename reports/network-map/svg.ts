import { html, trusted, type Markup } from '../markup.js';
import { childrenByParent, condenseGraph, type MapNode, type MapNodeKind, type NetworkGraph } from './graph.js';
import { maxOf } from '../../src/lib/arrays.js';

/**
 * A deterministic nested-box SVG of the network graph: containers lay their children out in
 * rows (shelf packing), accounts stack vertically. Styling uses presentation attributes only,
 * so the SVG works standalone and inline under a strict Content-Security-Policy.
 */

const LEAF_W = 210;
const LEAF_H = 48;
const PAD = 10;
const HEADER = 36;
const GAP = 10;
const MAX_ROW = 1000;
const MARGIN = 16;
const LEGEND_H = 28;

const CONTAINER_KINDS: ReadonlySet<MapNodeKind> = new Set(['account', 'network', 'subnet']);

const COLORS: Record<MapNodeKind, { fill: string; stroke: string }> = {
  internet: { fill: '#fdecea', stroke: '#c0392b' },
  account: { fill: '#f4f6f8', stroke: '#95a5a6' },
  network: { fill: '#eaf2fb', stroke: '#2e86de' },
  subnet: { fill: '#eefaf1', stroke: '#27ae60' },
  gateway: { fill: '#fff7e6', stroke: '#e67e22' },
  'security-group': { fill: '#f5eefc', stroke: '#8e44ad' },
  resource: { fill: '#ffffff', stroke: '#566573' },
};

const EPHI_STROKE = '#c0392b';

interface Box {
  readonly node: MapNode;
  x: number;
  y: number;
  w: number;
  h: number;
  readonly children: Box[];
}

export interface SvgOptions {
  /** Above this many nodes the map is not drawn (the DOT and Mermaid files still hold it). */
  readonly maxNodes?: number;
}

export const DEFAULT_MAX_SVG_NODES = 2000;

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : text;
}

function measure(node: MapNode, children: ReadonlyMap<string | null, readonly MapNode[]>): Box {
  const kids = (children.get(node.key) ?? []).map((k) => measure(k, children));
  if (!CONTAINER_KINDS.has(node.kind)) return { node, x: 0, y: 0, w: LEAF_W, h: LEAF_H, children: kids };
  if (kids.length === 0) return { node, x: 0, y: 0, w: LEAF_W, h: HEADER + PAD, children: kids };
  const limit = maxOf(kids.map((k) => k.w), MAX_ROW);
  let x = PAD;
  let y = HEADER;
  let rowH = 0;
  let maxX = PAD;
  for (const k of kids) {
    if (x > PAD && x + k.w > PAD + limit) {
      y += rowH + GAP;
      x = PAD;
      rowH = 0;
    }
    k.x = x;
    k.y = y;
    x += k.w + GAP;
    rowH = Math.max(rowH, k.h);
    maxX = Math.max(maxX, x - GAP);
  }
  return { node, x: 0, y: 0, w: Math.max(LEAF_W, maxX + PAD), h: y + rowH + PAD, children: kids };
}

/** Make child positions absolute. */
function place(box: Box, dx: number, dy: number, out: Box[]): void {
  box.x += dx;
  box.y += dy;
  out.push(box);
  for (const k of box.children) place(k, box.x, box.y, out);
}

function drawNode(b: Box): Markup {
  const n = b.node;
  const c = COLORS[n.kind];
  const container = CONTAINER_KINDS.has(n.kind);
  const chars = Math.floor((b.w - 2 * PAD) / 7);
  const title = [n.label, n.detail, n.ephi ? 'holds ePHI' : '', n.public ? 'reachable from the internet' : '', n.placeholder ? 'referenced, not in the inventory' : '']
    .filter(Boolean)
    .join('\n');
  const badges = [n.ephi ? 'ePHI' : '', n.public ? 'PUBLIC' : ''].filter(Boolean).join(' · ');
  return html`<g class="nm-node" data-key="${n.key}" data-kind="${n.kind}"${n.resourceId ? html` data-rid="${n.resourceId}" tabindex="0"` : ''}><title>${title}</title><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="${container ? 8 : 5}" fill="${c.fill}" stroke="${n.ephi ? EPHI_STROKE : c.stroke}" stroke-width="${n.ephi ? 2.5 : 1}"${n.placeholder ? trusted(' stroke-dasharray="4 3"') : ''}/><text x="${b.x + PAD}" y="${b.y + 16}" font-size="12" font-weight="600" fill="#1c2833">${truncate(n.label, chars)}</text><text x="${b.x + PAD}" y="${b.y + 30}" font-size="10" fill="#566573">${truncate(n.detail, Math.floor((b.w - 2 * PAD) / 5.8) - (badges ? badges.length + 2 : 0))}</text>${badges ? html`<text x="${b.x + b.w - PAD}" y="${b.y + 30}" font-size="10" font-weight="700" text-anchor="end" fill="${EPHI_STROKE}">${badges}</text>` : ''}</g>`;
}

function message(text: string): string {
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="760" height="40" viewBox="0 0 760 40" role="img" font-family="Helvetica, Arial, sans-serif"><text x="10" y="24" font-size="13" fill="#1c2833">${text}</text></svg>`.value;
}

export function renderSvg(full: NetworkGraph, options: SvgOptions = {}): string {
  if (full.nodes.length === 0) return message('No networks or ePHI resources in the inventory.');
  // Large maps are condensed for drawing (the DOT and Mermaid files keep every node).
  const { graph, note } = condenseGraph(full, options.maxNodes ?? DEFAULT_MAX_SVG_NODES);
  if (graph.nodes.length === 0) return message(note ?? '');
  const children = childrenByParent(graph);
  const roots = (children.get(null) ?? []).map((r) => measure(r, children));
  const boxes: Box[] = [];
  let y = MARGIN + LEGEND_H + (note ? LEGEND_H : 0);
  for (const r of roots) {
    place(r, MARGIN, y, boxes);
    y = r.y + r.h + 2 * GAP;
  }
  const width = maxOf(roots.map((r) => r.x + r.w + MARGIN), 640);
  const height = y - 2 * GAP + MARGIN;
  const byKey = new Map(boxes.map((b) => [b.node.key, b]));
  // Containment shows placement; lines show only what it cannot: peering and attachments.
  const lines = graph.edges
    .filter((e) => e.kind === 'peering' || e.kind === 'attachment')
    .flatMap((e) => {
      const a = byKey.get(e.from);
      const b = byKey.get(e.to);
      if (!a || !b) return [];
      return [html`<line x1="${a.x + a.w / 2}" y1="${a.y + Math.min(a.h / 2, HEADER / 2)}" x2="${b.x + b.w / 2}" y2="${b.y + Math.min(b.h / 2, HEADER / 2)}" stroke="#e67e22" stroke-width="1.5" stroke-dasharray="6 4"><title>${e.kind}</title></line>`];
    });
  const legend = html`<g font-size="11" fill="#1c2833"><rect x="${MARGIN}" y="${MARGIN - 2}" width="14" height="12" fill="#ffffff" stroke="${EPHI_STROKE}" stroke-width="2.5"/><text x="${MARGIN + 20}" y="${MARGIN + 8}">holds ePHI</text><text x="${MARGIN + 110}" y="${MARGIN + 8}" font-weight="700" fill="${EPHI_STROKE}">PUBLIC</text><text x="${MARGIN + 160}" y="${MARGIN + 8}">reachable from the internet</text><line x1="${MARGIN + 340}" y1="${MARGIN + 4}" x2="${MARGIN + 370}" y2="${MARGIN + 4}" stroke="#e67e22" stroke-width="1.5" stroke-dasharray="6 4"/><text x="${MARGIN + 376}" y="${MARGIN + 8}">peering or gateway attachment</text>${note ? html`<text x="${MARGIN}" y="${MARGIN + 8 + LEGEND_H}" font-weight="600">${note}</text>` : ''}</g>`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Network map" font-family="Helvetica, Arial, sans-serif">${legend}${boxes.map(drawNode)}${lines}</svg>`.value;
}
