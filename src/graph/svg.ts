/**
 * SVG of a pathway graph, laid out by Graphviz compiled to WebAssembly, so nothing native is
 * needed. The WebAssembly module ships inside the npm package and is loaded once per process.
 */
import type { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

/** Lays out DOT text with Graphviz's `dot` engine and returns a standalone SVG document. */
export async function renderSvg(dot: string): Promise<string> {
  // Loaded on first use, so that commands that draw no SVG do not load the WebAssembly module.
  graphviz ??= import('@hpcc-js/wasm-graphviz').then((module) => module.Graphviz.load());
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
