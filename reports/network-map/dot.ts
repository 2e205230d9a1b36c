import { childrenByParent, type MapEdgeKind, type MapNode, type NetworkGraph } from './graph.js';

/**
 * A DOT double-quoted string. Backslash is DOT's escape character (`\n`, `\l`, `\N` are label
 * escapes), so it is doubled; quotes are escaped; line breaks become `\n`; other control
 * characters are dropped. Nothing in a label can close the string or start an HTML label.
 */
export function dotString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters have no place in a label
  const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '');
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

const CONTAINER_KINDS = new Set(['account', 'network', 'subnet']);

const EDGE_STYLE: Record<MapEdgeKind, string> = {
  peering: 'style=dashed, dir=both, label="peering"',
  attachment: 'style=dashed, label="attached"',
  'security-group': 'style=dotted, arrowhead=none, color="#7f8c8d"',
  internet: 'color="#c0392b", label="public"',
  reach: 'color="#c0392b", style=bold, penwidth=2, label="fails segmentation"',
};

function nodeAttrs(n: MapNode): string {
  const lines = [n.label, n.detail, ...(n.ephi ? ['ePHI'] : []), ...(n.public ? ['public'] : [])].filter(Boolean);
  const attrs = [`label=${dotString(lines.join('\n'))}`];
  switch (n.kind) {
    case 'internet':
      attrs.push('shape=ellipse', 'style=filled', 'fillcolor="#fdecea"');
      break;
    case 'account':
    case 'network':
    case 'subnet':
      attrs.push('shape=folder');
      break;
    case 'gateway':
      attrs.push('shape=cds');
      break;
    case 'security-group':
      attrs.push('shape=hexagon');
      break;
    case 'resource':
      attrs.push('shape=box', 'style=rounded');
      break;
  }
  if (n.ephi) attrs.push('color="#c0392b"', 'penwidth=2');
  if (n.placeholder) attrs.push('fontcolor="#7f8c8d"', 'style=dashed');
  return attrs.join(', ');
}

/**
 * Graphviz DOT: accounts, networks and subnets are clusters; each cluster also holds a node
 * standing for the container itself, so peering and exposure edges can reach it.
 */
export function renderDot(graph: NetworkGraph): string {
  const children = childrenByParent(graph);
  const lines = [
    '// phiscan network map. Render with: dot -Tsvg network-map.dot -o network-map.svg',
    'digraph phiscan_network_map {',
    '  graph [rankdir=LR, compound=true, fontname="Helvetica", label="phiscan network map (ePHI resources outlined in red)", labelloc=t];',
    '  node [fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  const visit = (n: MapNode, indent: string) => {
    const kids = children.get(n.key) ?? [];
    if (CONTAINER_KINDS.has(n.kind)) {
      lines.push(`${indent}subgraph cluster_${n.key} {`);
      lines.push(`${indent}  label=${dotString(n.detail ? `${n.label}\n${n.detail}` : n.label)};`);
      if (n.ephi) lines.push(`${indent}  color="#c0392b";`);
      lines.push(`${indent}  ${n.key} [${nodeAttrs(n)}];`);
      for (const k of kids) visit(k, `${indent}  `);
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}${n.key} [${nodeAttrs(n)}];`);
      for (const k of kids) visit(k, indent);
    }
  };
  for (const n of children.get(null) ?? []) visit(n, '  ');
  for (const e of graph.edges) lines.push(`  ${e.from} -> ${e.to} [${EDGE_STYLE[e.kind]}${e.title ? `, tooltip=${dotString(e.title)}` : ''}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
