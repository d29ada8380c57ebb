/**
 * Mermaid flowchart text of a pathway graph, which GitHub and GitLab render in Markdown as it
 * is. Levels are subgraphs from left to right; cycles are thick red edges labelled "cycle";
 * unknown badges and competencies are dashed red nodes.
 */
import type { PathwayEdge, PathwayGraph, PathwayNode } from './pathway.js';

const WARNING_COLOUR = '#b00020';

/** Class styles in the order they are declared, so `cycle` wins over the node's own class. */
const CLASS_STYLES: [string, string][] = [
  ['badge', 'fill:#eef3fb,stroke:#1f4e8c,color:#10243f'],
  ['group', 'fill:#ffffff,stroke:#555555,stroke-dasharray:4 3,color:#222222'],
  ['competency', 'fill:#f6f6f6,stroke:#777777,color:#222222'],
  ['unknown', `fill:#fff5f5,stroke:${WARNING_COLOUR},stroke-dasharray:5 5,color:${WARNING_COLOUR}`],
  ['cycle', `stroke:${WARNING_COLOUR},stroke-width:3px`],
];

export function renderMermaid(graph: PathwayGraph): string {
  const kindOf = new Map(graph.nodes.map((node) => [node.key, node.kind]));
  const lines = ['flowchart LR', '  accTitle: Prerequisite pathway', `  accDescr: ${describe(graph)}`];

  for (const level of graph.levels) {
    lines.push(`  subgraph level_${level} ["Level ${level}"]`);
    for (const node of graph.nodes) if (node.kind === 'badge' && node.level === level) lines.push(`    ${nodeLine(node)}`);
    lines.push('  end');
  }
  for (const node of graph.nodes) {
    const unranked = node.kind === 'badge' ? node.level === undefined : node.kind === 'group' || node.kind === 'unknown-badge';
    if (unranked) lines.push(`  ${nodeLine(node)}`);
  }
  const competencies = graph.nodes.filter((node) => node.kind === 'competency' || node.kind === 'unknown-competency');
  if (competencies.length > 0) {
    lines.push('  subgraph competencies ["Competencies"]');
    for (const node of competencies) lines.push(`    ${nodeLine(node)}`);
    lines.push('  end');
  }

  const cycleEdges: number[] = [];
  const unknownEdges: number[] = [];
  graph.edges.forEach((edge, index) => {
    lines.push(`  ${edgeLine(edge)}`);
    if (edge.inCycle) cycleEdges.push(index);
    else if (isUnknown(kindOf.get(edge.from)) || isUnknown(kindOf.get(edge.to))) unknownEdges.push(index);
  });

  lines.push(...classLines(graph.nodes));
  if (cycleEdges.length > 0) lines.push(`  linkStyle ${cycleEdges.join(',')} stroke:${WARNING_COLOUR},stroke-width:3px`);
  if (unknownEdges.length > 0) lines.push(`  linkStyle ${unknownEdges.join(',')} stroke:${WARNING_COLOUR},stroke-dasharray:5 5`);
  return `${lines.join('\n')}\n`;
}

function describe(graph: PathwayGraph): string {
  const badges = graph.nodes.filter((node) => node.kind === 'badge').length;
  if (badges === 0) return 'No badges.';
  const count = badges === 1 ? '1 badge' : `${badges} badges`;
  return `${count}, grouped by level. Each arrow points from a prerequisite to the badge that requires it.`;
}

function nodeLine(node: PathwayNode): string {
  const label = `"${mermaidText(node.label)}"`;
  switch (node.kind) {
    case 'badge':
      return `${node.key}(${label})`;
    case 'group':
      return `${node.key}{{${label}}}`;
    case 'unknown-badge':
      return `${node.key}[${label}]`;
    default:
      return `${node.key}([${label}])`;
  }
}

function edgeLine(edge: PathwayEdge): string {
  if (edge.inCycle) return `${edge.from} ==>|cycle| ${edge.to}`;
  switch (edge.kind) {
    case 'member':
      return `${edge.from} -.-> ${edge.to}`;
    case 'certifies':
      return `${edge.from} -.- ${edge.to}`;
    default:
      return `${edge.from} --> ${edge.to}`;
  }
}

function classLines(nodes: readonly PathwayNode[]): string[] {
  const members = new Map<string, string[]>(CLASS_STYLES.map(([name]) => [name, []]));
  for (const node of nodes) {
    members.get(classOf(node))?.push(node.key);
    if (node.inCycle) members.get('cycle')?.push(node.key);
  }

  const lines: string[] = [];
  for (const [name, style] of CLASS_STYLES) {
    const keys = members.get(name) ?? [];
    if (keys.length === 0) continue;
    lines.push(`  classDef ${name} ${style}`, `  class ${keys.join(',')} ${name}`);
  }
  return lines;
}

function classOf(node: PathwayNode): string {
  if (node.kind === 'unknown-badge' || node.kind === 'unknown-competency') return 'unknown';
  return node.kind;
}

function isUnknown(kind: string | undefined): boolean {
  return kind === 'unknown-badge' || kind === 'unknown-competency';
}

/**
 * Text for a quoted Mermaid label. Mermaid turns `#name;` and `#123;` into HTML entities, so
 * every character that could end the label, start markup or look like such a code is written
 * as one. A colon is encoded too when the label contains "style" or "classDef", because Mermaid
 * strips the last `;` from any line where those words come before a colon and a `#` code.
 */
export function mermaidText(text: string): string {
  const encoded = text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/\\/g, '#92;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;');
  return /style|classDef/i.test(text) ? encoded.replace(/:/g, '#58;') : encoded;
}
