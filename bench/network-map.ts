import { buildNetworkGraph } from '../reports/network-map/graph.js';
import { layoutGraph } from '../reports/network-map/layout.js';
import { renderSvg } from '../reports/network-map/svg.js';
import { syntheticReport } from '../test/helpers/synthetic-network-report.js';

/** Findings that give a synthetic network of about `nodes` map nodes (measured: ~6.2 findings per node). */
const SIZES: readonly [number, number][] = [
  [1_000, 6_200],
  [2_000, 12_400],
  [10_000, 62_000],
];

/** CPU milliseconds of `fn` (user + system): steadier than wall time on a shared machine. */
async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(started);
  return Math.round((used.user + used.system) / 1000);
}

/**
 * Network map layout cost: ELK's layered layout of the whole graph at ~1k, ~2k and ~10k nodes,
 * against the row layout of the same graph (the floor, measured in the same run), and the SVG
 * as the reporters draw it (condensed above 2,000 nodes, rows above MAX_ELK_NODES).
 */
export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  // elkjs compiles its worker on first use: warm it up so the sizes compare layouts, not start-up.
  await layoutGraph(buildNetworkGraph(syntheticReport({ findings: 300, accounts: 2 })), Number.POSITIVE_INFINITY);
  for (const [target, findings] of SIZES) {
    const graph = buildNetworkGraph(syntheticReport({ findings, accounts: 5 }));
    const n = graph.nodes.length;
    out[`nodes_${target}`] = n;
    out[`edges_${target}`] = graph.edges.length;
    const floor = await time(() => layoutGraph(graph, 0));
    out[`rows_layout_${target}_cpu_ms`] = floor;
    // ELK on the full graph, however large: what the fallback saves.
    const elk = await time(() => layoutGraph(graph, Number.POSITIVE_INFINITY));
    out[`elk_layout_${target}_cpu_ms`] = elk;
    out[`elk_vs_rows_${target}`] = Math.round((elk / Math.max(1, floor)) * 10) / 10;
    out[`svg_as_drawn_${target}_cpu_ms`] = await time(() => renderSvg(graph));
  }
  return out;
}
