/**
 * Graphviz DOT text of a pathway graph. Each level is a cluster, and the levels are chained
 * from left to right by invisible anchor nodes, so that a badge's column is its level even
 * where no prerequisite links the levels. Cycles are thick red edges labelled "cycle";
 * unknown badges and competencies are dashed red nodes.
 */
import type { PathwayEdge, PathwayGraph, PathwayNode } from './pathway.js';

const FONT = 'Helvetica,Arial,sans-serif';
const WARNING_COLOUR = '#b00020';
const LABEL_WIDTH = 26;

export interface DotOptions {
  /** The graph's name, shown as its title. */
  title?: string;
  /** Prefix of every SVG element id, so that several graphs can share one HTML page. */
  idPrefix?: string;
  /** The URL a badge node links to, if any. */
  badgeLink?(id: string): string | undefined;
  /** The URL a competency node links to, if any. */
  competencyLink?(id: string): string | undefined;
}

export function renderDot(graph: PathwayGraph, options: DotOptions = {}): string {
  const prefix = options.idPrefix ?? '';
  const lines = [
    `digraph ${quote(options.title ?? 'pathway')} {`,
    `  graph [id=${quote(`${prefix}graph`)}, rankdir=LR, newrank=true, nodesep=0.3, ranksep=0.5, fontname=${quote(FONT)}, fontsize=12];`,
    `  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", color="#1f4e8c", fontcolor="#10243f", fontname=${quote(FONT)}, fontsize=12, margin="0.15,0.06"];`,
    `  edge [color="#333333", arrowsize=0.8, fontname=${quote(FONT)}, fontsize=10];`,
  ];

  for (const level of graph.levels) {
    lines.push(
      `  subgraph ${quote(`cluster_level_${level}`)} {`,
      `    graph [id=${quote(`${prefix}level-${level}`)}, label=${quote(`Level ${level}`)}, rank=same, style="rounded,dashed", color="#8a8a8a", fontcolor="#333333"];`,
      `    ${quote(anchorKey(level))} [id=${quote(`${prefix}${anchorKey(level)}`)}, style=invis, shape=point, width=0, height=0, label=""];`,
    );
    for (const node of graph.nodes) if (node.kind === 'badge' && node.level === level) lines.push(`    ${nodeStatement(node, options)}`);
    lines.push('  }');
  }
  for (const node of graph.nodes) {
    const unranked = node.kind === 'badge' ? node.level === undefined : node.kind === 'group' || node.kind === 'unknown-badge';
    if (unranked) lines.push(`  ${nodeStatement(node, options)}`);
  }

  // Competencies share the last column; a cluster around them would only add edge crossings.
  const competencies = graph.nodes.filter((node) => node.kind === 'competency' || node.kind === 'unknown-competency');
  if (competencies.length > 0) {
    lines.push('  subgraph "competencies" {', '    graph [rank=max];');
    for (const node of competencies) lines.push(`    ${nodeStatement(node, options)}`);
    lines.push('  }');
  }

  for (let index = 1; index < graph.levels.length; index++) {
    const from = anchorKey(graph.levels[index - 1] as number);
    const to = anchorKey(graph.levels[index] as number);
    lines.push(`  ${quote(from)} -> ${quote(to)} [id=${quote(`${prefix}${from}-${to}`)}, style=invis];`);
  }

  const kindOf = new Map(graph.nodes.map((node) => [node.key, node.kind]));
  graph.edges.forEach((edge, index) => {
    const unknown = isUnknown(kindOf.get(edge.from)) || isUnknown(kindOf.get(edge.to));
    lines.push(`  ${edgeStatement(edge, `${prefix}edge-${index + 1}`, unknown)}`);
  });

  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function anchorKey(level: number): string {
  return `level_${level}_anchor`;
}

function nodeStatement(node: PathwayNode, options: DotOptions): string {
  const attributes: [string, string][] = [
    ['id', `${options.idPrefix ?? ''}${node.key}`],
    ['label', wrap(node.label)],
  ];

  switch (node.kind) {
    case 'group':
      attributes.push(['shape', 'ellipse'], ['style', 'dashed'], ['color', '#555555'], ['fontcolor', '#222222']);
      break;
    case 'competency':
      attributes.push(['fillcolor', '#f6f6f6'], ['color', '#777777'], ['fontcolor', '#222222'], ['style', 'filled']);
      break;
    case 'unknown-badge':
    case 'unknown-competency':
      attributes.push(['style', 'dashed'], ['color', WARNING_COLOUR], ['fontcolor', WARNING_COLOUR]);
      break;
    default:
      break;
  }
  if (node.inCycle) attributes.push(['color', WARNING_COLOUR], ['penwidth', '2.5']);

  const link = linkOf(node, options);
  if (link !== undefined) attributes.push(['URL', link], ['tooltip', node.label]);
  return `${quote(node.key)} [${formatAttributes(attributes)}];`;
}

function linkOf(node: PathwayNode, options: DotOptions): string | undefined {
  if (node.id === undefined) return undefined;
  if (node.kind === 'badge') return options.badgeLink?.(node.id);
  if (node.kind === 'competency') return options.competencyLink?.(node.id);
  return undefined;
}

function edgeStatement(edge: PathwayEdge, id: string, unknown: boolean): string {
  const attributes: [string, string][] = [['id', id]];
  if (edge.kind === 'member') attributes.push(['style', 'dashed']);
  if (edge.kind === 'certifies') attributes.push(['style', 'dotted'], ['arrowhead', 'none'], ['color', '#777777']);
  if (unknown) attributes.push(['style', 'dashed'], ['color', WARNING_COLOUR]);
  if (edge.inCycle) attributes.push(['color', WARNING_COLOUR], ['penwidth', '2.5'], ['label', quote('cycle')], ['fontcolor', WARNING_COLOUR]);
  return `${quote(edge.from)} -> ${quote(edge.to)} [${formatAttributes(attributes)}];`;
}

function isUnknown(kind: string | undefined): boolean {
  return kind === 'unknown-badge' || kind === 'unknown-competency';
}

/** Later attributes of the same name replace earlier ones, as Graphviz itself would. */
function formatAttributes(attributes: [string, string][]): string {
  const merged = new Map<string, string>();
  for (const [name, value] of attributes) merged.set(name, value);
  return [...merged].map(([name, value]) => `${name}=${name === 'label' ? value : quote(value)}`).join(', ');
}

/**
 * Quotes text as a DOT string. A backslash is doubled, so Graphviz's escapes such as `\N`
 * and `\l` stay literal text. `&` becomes `&amp;`, because Graphviz decodes HTML entities in
 * every string attribute. Control characters become spaces.
 */
export function quote(text: string): string {
  const escaped = text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
  return `"${escaped}"`;
}

/** Quotes a label, broken at spaces into centred lines of about `LABEL_WIDTH` characters. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    for (const piece of splitLongWord(word)) {
      if (line !== '' && line.length + 1 + piece.length > LABEL_WIDTH) {
        lines.push(line);
        line = piece;
      } else {
        line = line === '' ? piece : `${line} ${piece}`;
      }
    }
  }
  lines.push(line);
  const quotedLines = lines.map((part) => quote(part).slice(1, -1));
  return `"${quotedLines.join('\\n')}"`;
}

function splitLongWord(word: string): string[] {
  const characters = [...word];
  if (characters.length <= LABEL_WIDTH) return [word];
  const pieces: string[] = [];
  for (let start = 0; start < characters.length; start += LABEL_WIDTH) pieces.push(characters.slice(start, start + LABEL_WIDTH).join(''));
  return pieces;
}
