import { childrenByParent, type MapEdgeKind, type MapNode, type NetworkGraph } from './graph.js';

/**
 * Mermaid label text. Mermaid may render labels as HTML, so everything outside a plain
 * whitelist becomes a Mermaid entity code (`#60;` for `<`): no quote can end the label and no
 * tag or markdown can reach a renderer.
 */
export function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._:/@=+,()-]/gu, (ch) => `#${ch.codePointAt(0) ?? 63};`);
}

function label(n: MapNode): string {
  const lines = [n.label, n.detail, ...(n.ephi ? ['ePHI'] : []), ...(n.public ? ['public'] : [])].filter(Boolean);
  return `"${lines.map(mermaidText).join('<br/>')}"`;
}

function shape(n: MapNode): string {
  switch (n.kind) {
    case 'internet':
      return `((${label(n)}))`;
    case 'gateway':
      return `([${label(n)}])`;
    case 'security-group':
      return `{{${label(n)}}}`;
    case 'account':
    case 'network':
    case 'subnet':
    case 'resource':
      return `[${label(n)}]`;
  }
}

const ARROW: Record<MapEdgeKind, string> = {
  peering: '-.-|peering|',
  attachment: '-.->|attached|',
  'security-group': '---',
  internet: '-->|public|',
  reach: '==>|fails segmentation|',
};

const CONTAINER_KINDS = new Set(['account', 'network', 'subnet']);

/** Mermaid flowchart: accounts, networks and subnets are subgraphs (which edges may target). */
export function renderMermaid(graph: NetworkGraph): string {
  const children = childrenByParent(graph);
  const lines = ['%% phiscan network map (ePHI resources outlined in red)', 'flowchart LR'];
  const visit = (n: MapNode, indent: string) => {
    const kids = children.get(n.key) ?? [];
    if (CONTAINER_KINDS.has(n.kind)) {
      lines.push(`${indent}subgraph ${n.key}[${label(n)}]`);
      for (const k of kids) visit(k, `${indent}  `);
      lines.push(`${indent}end`);
    } else {
      lines.push(`${indent}${n.key}${shape(n)}`);
      for (const k of kids) visit(k, indent);
    }
  };
  for (const n of children.get(null) ?? []) visit(n, '  ');
  for (const e of graph.edges) lines.push(`  ${e.from} ${ARROW[e.kind]} ${e.to}`);
  lines.push('  classDef ephi stroke:#c0392b,stroke-width:3px;');
  lines.push('  classDef placeholder stroke-dasharray:4 3,color:#7f8c8d;');
  // Classes go on plain nodes only: subgraphs take no class statement in older Mermaid versions.
  const plain = graph.nodes.filter((n) => !CONTAINER_KINDS.has(n.kind));
  const ephi = plain.filter((n) => n.ephi).map((n) => n.key);
  const placeholders = plain.filter((n) => n.placeholder).map((n) => n.key);
  if (ephi.length > 0) lines.push(`  class ${ephi.join(',')} ephi;`);
  if (placeholders.length > 0) lines.push(`  class ${placeholders.join(',')} placeholder;`);
  return `${lines.join('\n')}\n`;
}
