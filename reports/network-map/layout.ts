/**
 * Positions for the drawn network map, computed by ELK (Eclipse Layout Kernel, `elkjs`): the
 * layered algorithm over the whole hierarchy (accounts > networks > subnets > resources as
 * compound nodes) with orthogonal edge routing, so edges run between boxes instead of through
 * them. Above `MAX_ELK_NODES` the layered layout gets slow, so a simpler row layout is used and
 * the edges are left to the DOT and Mermaid files (the drawing says so).
 *
 * Layered layout puts siblings that no edge orders into one layer, which makes a subnet of 30
 * workloads one very long row. Each container's children are therefore packed into rows first
 * (by width, aiming at a landscape box), and invisible edges from each child to the one below it
 * make ELK keep those rows; they are not drawn.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs';
import { childrenByParent, type MapEdge, type MapNode, type NetworkGraph } from './graph.js';
import { maxOf } from '../../src/lib/arrays.js';

export const CONTAINER_KINDS: ReadonlySet<MapNode['kind']> = new Set(['account', 'network', 'subnet']);

/**
 * Above this many drawn nodes the layered layout is replaced by rows: ELK's cost grows to seconds
 * at about a thousand nodes and to minutes at ten thousand (`npm run bench -- network-map`, docs/reports.md).
 */
export const MAX_ELK_NODES = 1000;

export const PAD = 10;
export const HEADER = 40;
export const LEAF_H = 50;
const LEAF_MIN_W = 150;
const LEAF_MAX_W = 300;
const CONTAINER_MAX_LABEL_W = 420;
const GAP = 20;
/** Row packing aims at boxes this much wider than tall. */
const ASPECT = 1.8;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PlacedNode {
  readonly node: MapNode;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface RoutedEdge {
  readonly edge: MapEdge;
  /** Start, bends, end (absolute); empty when the edge is not drawn. */
  readonly points: readonly Point[];
}

export interface MapLayout {
  readonly engine: 'elk-layered' | 'rows';
  readonly width: number;
  readonly height: number;
  /** Tree order: every container precedes its children, so they draw on top of it. */
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly RoutedEdge[];
}

/**
 * Approximate rendered width of `text` in px for a sans-serif font: there are no font metrics
 * at render time, so characters are weighted by class. Labels wider than their box are cut with
 * an ellipsis and keep their full text in a `<title>`.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,:;|'!`I\u00b7 ]/.test(ch)) em += 0.3;
    else if (/[mwMW@%]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9#&]/.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize * (bold ? 1.06 : 1));
}

export function badgesOf(n: MapNode): string {
  return [n.ephi ? 'ePHI' : '', n.public ? 'PUBLIC' : ''].filter(Boolean).join(' · ');
}

/** A leaf box wide enough for its name, and for its detail line beside the badges, within bounds. */
function leafWidth(n: MapNode): number {
  const badges = badgesOf(n);
  const need = Math.max(textWidth(n.label, 12, true), textWidth(n.detail, 10) + (badges ? textWidth(badges, 10, true) + 12 : 0));
  return Math.min(LEAF_MAX_W, Math.max(LEAF_MIN_W, need + 2 * PAD));
}

function containerMinWidth(n: MapNode): number {
  return Math.min(CONTAINER_MAX_LABEL_W, Math.max(textWidth(n.label, 12, true), textWidth(n.detail, 10)) + 2 * PAD);
}

interface Sized {
  readonly elk: ElkNode;
  /** Estimated size, for packing the parent's rows. */
  readonly w: number;
  readonly h: number;
}

const round = (v: number | undefined): number => Math.round((v ?? 0) * 10) / 10;

export async function layoutGraph(graph: NetworkGraph, maxElkNodes = MAX_ELK_NODES): Promise<MapLayout> {
  if (graph.nodes.length > maxElkNodes) return rowLayout(graph);
  const children = childrenByParent(graph);
  const hidden: ElkExtendedEdge[] = [];

  const build = (n: MapNode): Sized => {
    if (!CONTAINER_KINDS.has(n.kind)) {
      const w = n.kind === 'internet' ? Math.max(leafWidth(n), 220) : leafWidth(n);
      return { elk: { id: n.key, width: w, height: LEAF_H }, w, h: LEAF_H };
    }
    const kids = (children.get(n.key) ?? []).map(build);
    const minW = containerMinWidth(n);
    const rows = packRows(kids);
    // Invisible edges from each child to the one below it keep the rows as layers.
    for (let r = 1; r < rows.length; r++) {
      const above = rows[r - 1] ?? [];
      (rows[r] ?? []).forEach((k, i) => {
        const over = above[Math.min(i, above.length - 1)];
        if (over) hidden.push({ id: `h${hidden.length}`, sources: [over.elk.id], targets: [k.elk.id] });
      });
    }
    const w = Math.max(minW, ...rows.map((row) => row.reduce((s, k) => s + k.w + GAP, GAP)));
    const h = HEADER + PAD + rows.reduce((s, row) => s + maxOf(row.map((k) => k.h), 0) + GAP, 0);
    return {
      elk: {
        id: n.key,
        layoutOptions: {
          'elk.padding': `[top=${HEADER},left=${PAD},bottom=${PAD},right=${PAD}]`,
          'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          'elk.nodeSize.minimum': `(${minW}, ${HEADER + PAD})`,
        },
        children: kids.map((k) => k.elk),
      },
      w,
      h,
    };
  };

  const top = (children.get(null) ?? []).map(build);
  const edges: ElkExtendedEdge[] = graph.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] }));
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.randomSeed': '1',
      'elk.spacing.nodeNode': String(GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(GAP + 10),
      'elk.spacing.edgeNode': '12',
      'elk.spacing.edgeEdge': '8',
      'elk.layered.spacing.edgeNodeBetweenLayers': '12',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children: top.map((t) => t.elk),
    edges: [...edges, ...hidden],
  };
  // Loaded on first layout (its bundle is large). elkjs is CommonJS: under nodenext its constructor is the default export's `default` (which it sets to itself).
  const ELK = (await import('elkjs')).default.default;
  const out = await new ELK().layout(root);

  const boxes = new Map<string, ElkNode>();
  const collect = (e: ElkNode) => {
    boxes.set(e.id, e);
    for (const c of e.children ?? []) collect(c);
  };
  for (const c of out.children ?? []) collect(c);
  const nodes = graph.nodes.map((node): PlacedNode => {
    const b = boxes.get(node.key);
    return { node, x: round(b?.x), y: round(b?.y), w: round(b?.width), h: round(b?.height) };
  });
  const routes = new Map((out.edges ?? []).map((e) => [e.id, e.sections ?? []]));
  const routed = graph.edges.map((edge, i): RoutedEdge => {
    const sections = routes.get(`e${i}`) ?? [];
    const points = sections.flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((p) => ({ x: round(p.x), y: round(p.y) }));
    return { edge, points };
  });
  return { engine: 'elk-layered', width: round(out.width), height: round(out.height), nodes, edges: routed };
}

/** Shelf packing: rows no wider than a landscape box of the children's total area. */
function packRows<T extends { readonly w: number; readonly h: number }>(kids: readonly T[]): T[][] {
  if (kids.length === 0) return [];
  const area = kids.reduce((s, k) => s + (k.w + GAP) * (k.h + GAP), 0);
  const limit = maxOf(kids.map((k) => k.w + GAP), Math.sqrt(area * ASPECT));
  const rows: T[][] = [[]];
  let x = 0;
  for (const k of kids) {
    const row = rows[rows.length - 1] as T[];
    if (row.length > 0 && x + k.w + GAP > limit) {
      rows.push([k]);
      x = k.w + GAP;
    } else {
      row.push(k);
      x += k.w + GAP;
    }
  }
  return rows;
}

/**
 * The large-map layout: containers lay their children out in rows (the same packing), top-level
 * boxes stack vertically. No edge routing: edges are not drawn (the DOT and Mermaid files keep them).
 */
function rowLayout(graph: NetworkGraph): MapLayout {
  const children = childrenByParent(graph);
  interface Box {
    readonly node: MapNode;
    x: number;
    y: number;
    w: number;
    h: number;
    readonly kids: Box[];
  }
  const measure = (n: MapNode): Box => {
    const kids = (children.get(n.key) ?? []).map(measure);
    if (!CONTAINER_KINDS.has(n.kind)) return { node: n, x: 0, y: 0, w: leafWidth(n), h: LEAF_H, kids };
    let y = HEADER;
    let maxX = PAD;
    for (const row of packRows(kids)) {
      let x = PAD;
      let rowH = 0;
      for (const k of row) {
        k.x = x;
        k.y = y;
        x += k.w + GAP;
        rowH = Math.max(rowH, k.h);
      }
      maxX = Math.max(maxX, x - GAP);
      y += rowH + GAP;
    }
    return { node: n, x: 0, y: 0, w: Math.max(containerMinWidth(n), maxX + PAD), h: Math.max(HEADER + PAD, y - GAP + PAD), kids };
  };
  const out: PlacedNode[] = [];
  const place = (b: Box, dx: number, dy: number) => {
    const x = b.x + dx;
    const y = b.y + dy;
    out.push({ node: b.node, x, y, w: b.w, h: b.h });
    for (const k of b.kids) place(k, x, y);
  };
  let y = 0;
  let width = 0;
  for (const r of (children.get(null) ?? []).map(measure)) {
    place(r, 0, y);
    y += r.h + GAP;
    width = Math.max(width, r.w);
  }
  const order = new Map(graph.nodes.map((n, i) => [n.key, i]));
  out.sort((a, b) => (order.get(a.node.key) ?? 0) - (order.get(b.node.key) ?? 0));
  return { engine: 'rows', width, height: Math.max(0, y - GAP), nodes: out, edges: graph.edges.map((edge) => ({ edge, points: [] })) };
}
