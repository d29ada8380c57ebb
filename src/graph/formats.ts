/** The output formats of `badgemap graph`, by `--format` name. */
import { renderDot, type DotOptions } from './dot.js';
import { renderMermaid } from './mermaid.js';
import type { PathwayGraph } from './pathway.js';
import { renderSvg } from './svg.js';

export interface GraphFormat {
  description: string;
  render(graph: PathwayGraph, options: DotOptions): Promise<string>;
}

export const GRAPH_FORMATS: Record<string, GraphFormat> = {
  mermaid: {
    description: 'Mermaid flowchart text, rendered by GitHub and GitLab in Markdown',
    render: async (graph) => renderMermaid(graph),
  },
  dot: {
    description: 'Graphviz DOT text',
    render: async (graph, options) => renderDot(graph, options),
  },
  svg: {
    description: 'an SVG picture laid out by Graphviz',
    render: async (graph, options) => renderSvg(renderDot(graph, options)),
  },
};
