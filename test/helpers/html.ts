/** Walks documents parsed by parse5, for tests that check the structure of generated HTML. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every element with the tag name, in document order, including those inside `<template>` and SVG. */
export function elements(root: Node, tagName?: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && (tagName === undefined || node.tagName === tagName)) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node && node.content !== undefined) visit(node.content as Node);
  };
  visit(root);
  return found;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name || `${candidate.prefix}:${candidate.name}` === name)?.value;
}

/** The text content of a node, as a browser's `textContent` would give it. */
export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map(textOf).join('');
}
