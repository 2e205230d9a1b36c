import { html, trusted, type Markup } from '../markup.js';
import { condenseGraph, type MapEdgeKind, type MapNode, type MapNodeKind, type NetworkGraph } from './graph.js';
import { badgesOf, CONTAINER_KINDS, layoutGraph, MAX_ELK_NODES, PAD, textWidth, type MapLayout, type PlacedNode, type RoutedEdge } from './layout.js';

/**
 * The network map as SVG, drawn from its ELK layout (`layout.ts`). Styling uses presentation
 * attributes only, so the SVG works standalone and inline under a strict Content-Security-Policy.
 * Every node and edge carries its full text in a `<title>` (the tooltip), so a label cut to fit
 * its box is never lost.
 */

const MARGIN = 16;
const LEGEND_H = 28;

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

const EDGE_STYLE: Record<MapEdgeKind, { stroke: string; width: number; dash: string | null; label: string }> = {
  internet: { stroke: '#c0392b', width: 1.6, dash: null, label: 'reachable from the internet' },
  peering: { stroke: '#e67e22', width: 1.5, dash: '6 4', label: 'peering' },
  attachment: { stroke: '#e67e22', width: 1.5, dash: '6 4', label: 'gateway or subnet attachment' },
  'security-group': { stroke: '#8e44ad', width: 1, dash: '2 3', label: 'security group or firewall membership' },
  reach: { stroke: '#922b21', width: 3, dash: null, label: 'fails segmentation' },
};

export interface SvgOptions {
  /** Above this many nodes the map is condensed for drawing (the DOT and Mermaid files still hold it). */
  readonly maxNodes?: number;
  /** Above this many drawn nodes the layered layout gives way to rows without edges. */
  readonly maxElkNodes?: number;
}

export const DEFAULT_MAX_SVG_NODES = 2000;

/** `text` cut with an ellipsis to fit `px` at `fontSize`; the caller keeps the full text in a title. */
export function fit(text: string, px: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= px) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}…`, fontSize, bold) <= px) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, Math.max(1, lo)).join('')}…`;
}

function nodeTitle(n: MapNode): string {
  return [n.label, n.detail, n.ephi ? 'holds ePHI' : '', n.public ? 'reachable from the internet' : '', n.placeholder ? 'referenced, not in the inventory' : ''].filter(Boolean).join('\n');
}

function drawNode(p: PlacedNode, dx: number, dy: number): Markup {
  const n = p.node;
  const c = COLORS[n.kind];
  const x = p.x + dx;
  const y = p.y + dy;
  const container = CONTAINER_KINDS.has(n.kind);
  const badges = badgesOf(n);
  const badgeW = badges ? textWidth(badges, 10, true) + 8 : 0;
  const inner = p.w - 2 * PAD;
  return html`<g class="nm-node" data-key="${n.key}" data-kind="${n.kind}"${n.resourceId ? html` data-rid="${n.resourceId}" tabindex="0"` : ''}><title>${nodeTitle(n)}</title><rect x="${x}" y="${y}" width="${p.w}" height="${p.h}" rx="${container ? 8 : 5}" fill="${c.fill}" stroke="${n.ephi ? EPHI_STROKE : c.stroke}" stroke-width="${n.ephi ? 2.5 : 1}"${n.placeholder ? trusted(' stroke-dasharray="4 3"') : ''}/><text x="${x + PAD}" y="${y + 17}" font-size="12" font-weight="600" fill="#1c2833">${fit(n.label, inner, 12, true)}</text><text x="${x + PAD}" y="${y + 32}" font-size="10" fill="#566573">${fit(n.detail, inner - badgeW, 10)}</text>${badges ? html`<text x="${x + p.w - PAD}" y="${y + 32}" font-size="10" font-weight="700" text-anchor="end" fill="${EPHI_STROKE}">${badges}</text>` : ''}</g>`;
}

/** A filled arrowhead at `tip`, pointing away from `from` (drawn, not an SVG marker: no ids, no url() references). */
function arrowhead(from: { x: number; y: number }, tip: { x: number; y: number }, fill: string): Markup {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * 8;
  const by = tip.y - uy * 8;
  const pts = [[tip.x, tip.y], [bx - uy * 4, by + ux * 4], [bx + uy * 4, by - ux * 4]].map(([x, y]) => `${Math.round((x ?? 0) * 10) / 10},${Math.round((y ?? 0) * 10) / 10}`).join(' ');
  return html`<polygon points="${pts}" fill="${fill}"/>`;
}

function drawEdge(e: RoutedEdge, byKey: ReadonlyMap<string, MapNode>, dx: number, dy: number): Markup {
  if (e.points.length < 2) return html``;
  const s = EDGE_STYLE[e.edge.kind];
  const from = byKey.get(e.edge.from)?.label ?? e.edge.from;
  const to = byKey.get(e.edge.to)?.label ?? e.edge.to;
  const pts = e.points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  const arrow = e.edge.kind === 'internet' || e.edge.kind === 'attachment' || e.edge.kind === 'reach';
  const [before, tip] = [pts[pts.length - 2], pts[pts.length - 1]];
  return html`<g class="nm-edge" data-kind="${e.edge.kind}"><title>${e.edge.title ? `${s.label}: ${e.edge.title}` : `${from} → ${to}: ${s.label}`}</title><polyline points="${pts.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? html` stroke-dasharray="${s.dash}"` : ''}/>${arrow && before && tip ? arrowhead(before, tip, s.stroke) : ''}</g>`;
}

function message(text: string): string {
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="760" height="40" viewBox="0 0 760 40" role="img" font-family="Helvetica, Arial, sans-serif"><text x="10" y="24" font-size="13" fill="#1c2833">${text}</text></svg>`.value;
}

function legend(note: string | null): Markup {
  const y = MARGIN;
  const item = (x: number, kind: MapEdgeKind, text: string) =>
    html`<line x1="${x}" y1="${y + 4}" x2="${x + 30}" y2="${y + 4}" stroke="${EDGE_STYLE[kind].stroke}" stroke-width="${EDGE_STYLE[kind].width}"${EDGE_STYLE[kind].dash ? html` stroke-dasharray="${EDGE_STYLE[kind].dash}"` : ''}/><text x="${x + 36}" y="${y + 8}">${text}</text>`;
  return html`<g font-size="11" fill="#1c2833"><rect x="${MARGIN}" y="${y - 2}" width="14" height="12" fill="#ffffff" stroke="${EPHI_STROKE}" stroke-width="2.5"/><text x="${MARGIN + 20}" y="${y + 8}">holds ePHI</text><text x="${MARGIN + 100}" y="${y + 8}" font-weight="700" fill="${EPHI_STROKE}">PUBLIC</text><text x="${MARGIN + 148}" y="${y + 8}">reachable from the internet</text>${item(MARGIN + 310, 'internet', 'from the internet')}${item(MARGIN + 450, 'peering', 'peering or attachment')}${item(MARGIN + 620, 'security-group', 'security group')}${item(MARGIN + 750, 'reach', 'fails segmentation')}${note ? html`<text x="${MARGIN}" y="${y + 8 + LEGEND_H}" font-weight="600">${note}</text>` : ''}</g>`;
}

/** Draw a laid-out map. Pure and synchronous: the layout holds every coordinate. */
export function drawSvg(layout: MapLayout, note: string | null): string {
  const top = MARGIN + LEGEND_H + (note ? LEGEND_H : 0);
  const width = Math.max(900, Math.ceil(layout.width + 2 * MARGIN));
  const height = Math.ceil(top + layout.height + MARGIN);
  const byKey = new Map(layout.nodes.map((p) => [p.node.key, p.node]));
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Network map" font-family="Helvetica, Arial, sans-serif" data-layout="${layout.engine}">${legend(note)}${layout.nodes.map((p) => drawNode(p, MARGIN, top))}${layout.edges.map((e) => drawEdge(e, byKey, MARGIN, top))}</svg>`.value;
}

/** Condense (large maps), lay out and draw. The same graph gives the same bytes. */
export async function renderSvg(full: NetworkGraph, options: SvgOptions = {}): Promise<string> {
  if (full.nodes.length === 0) return message('No networks or ePHI resources in the inventory.');
  // Large maps are condensed for drawing (the DOT and Mermaid files keep every node).
  const condensed = condenseGraph(full, options.maxNodes ?? DEFAULT_MAX_SVG_NODES);
  if (condensed.graph.nodes.length === 0) return message(condensed.note ?? '');
  const layout = await layoutGraph(condensed.graph, options.maxElkNodes ?? MAX_ELK_NODES);
  const rowsNote = layout.engine === 'rows' ? `Laid out in rows without edges above ${options.maxElkNodes ?? MAX_ELK_NODES} drawn nodes; network-map.dot and network-map.mmd hold every edge.` : null;
  const note = [condensed.note, rowsNote].filter(Boolean).join(' ') || null;
  return drawSvg(layout, note);
}
