/**
 * SVG of a pathway graph, laid out by Graphviz compiled to WebAssembly, so nothing native is
 * needed. The WebAssembly module ships inside the npm package and is loaded once per process.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

/** Lays out DOT text with Graphviz's `dot` engine and returns a standalone SVG document. */
export async function renderSvg(dot: string): Promise<string> {
  graphviz ??= Graphviz.load();
  const instance = await graphviz;
  return instance.dot(dot, 'svg');
}

/**
 * The `<svg>` element of a Graphviz SVG document alone, for inline use in HTML: the XML
 * prolog, the doctype and Graphviz's comments go.
 */
export function inlineSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  return svg
    .slice(start === -1 ? 0 : start)
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .trim();
}
