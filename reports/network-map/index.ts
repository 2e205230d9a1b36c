import type { Reporter } from '../types.js';
import { renderDot } from './dot.js';
import { buildNetworkGraph } from './graph.js';
import { renderMermaid } from './mermaid.js';
import { renderSvg } from './svg.js';

export { buildNetworkGraph, type MapEdge, type MapNode, type NetworkGraph } from './graph.js';
export { renderDot } from './dot.js';
export { renderMermaid } from './mermaid.js';
export { drawSvg, renderSvg } from './svg.js';
export { layoutGraph, MAX_ELK_NODES, type MapLayout } from './layout.js';

/** The NPRM network map: Graphviz DOT, Mermaid and a drawn SVG of the same graph. */
export const networkMapReporter: Reporter = {
  format: 'network-map',
  description: 'Network map of accounts, networks, subnets, gateways, security groups and ePHI resources (network-map.dot, .mmd, .svg)',
  render: async (report) => {
    const graph = buildNetworkGraph(report);
    return [
      { name: 'network-map.dot', content: renderDot(graph) },
      { name: 'network-map.mmd', content: renderMermaid(graph) },
      { name: 'network-map.svg', content: `${await renderSvg(graph)}\n` },
    ];
  },
};
