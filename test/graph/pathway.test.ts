import { describe, expect, it } from 'vitest';

import { buildPathwayGraph, splitPathways, type PathwayGraph } from '../../src/graph/pathway.js';
import { lintFiles } from '../helpers/workspace.js';

function graphOf(yaml: string, competencies = false): PathwayGraph {
  return buildPathwayGraph(lintFiles({ 'd.yaml': yaml }).workspace.model, { competencies });
}

/** Edges as `from -kind-> to`, with `!` for an edge on a cycle. */
function edges(graph: PathwayGraph): string[] {
  return graph.edges.map((edge) => `${edge.from} -${edge.kind}${edge.inCycle ? '!' : ''}-> ${edge.to}`);
}

function nodes(graph: PathwayGraph): string[] {
  return graph.nodes.map((node) => `${node.key} ${node.kind}${node.inCycle ? '!' : ''} ${node.label}`);
}

const badge = (id: string, extra = '') => `  - { id: ${id}, name: ${id.toUpperCase()}, description: d, competencies: []${extra} }\n`;

describe('pathway graph', () => {
  it('orders badges by level, then id, with unlevelled ones last', () => {
    const graph = graphOf(`badges:\n${badge('z', ', level: 1')}${badge('a')}${badge('m', ', level: 2')}${badge('b', ', level: 1')}`);
    expect(nodes(graph)).toEqual(['b_b badge B', 'b_z badge Z', 'b_m badge M', 'b_a badge A']);
    expect(graph.levels).toEqual([1, 2]);
  });

  it('draws a prerequisite from the required badge to the badge that requires it', () => {
    const graph = graphOf(`badges:\n${badge('a', ', level: 1')}${badge('b', ', level: 2, prerequisites: [a]')}`);
    expect(edges(graph)).toEqual(['b_a -prerequisite-> b_b']);
  });

  it('gives an any-of group a node of its own', () => {
    const graph = graphOf(
      `badges:\n${badge('a')}${badge('b')}${badge('c', ', prerequisites: [{ anyOf: [a, b], minimum: 2 }]')}`,
    );
    expect(nodes(graph)).toContain('g_c_1 group any 2 of');
    expect(edges(graph)).toEqual(['b_a -member-> g_c_1', 'b_b -member-> g_c_1', 'g_c_1 -group-> b_c']);
  });

  it('marks a cycle through a group, but not the edges beside it', () => {
    const graph = graphOf(
      `badges:\n${badge('a', ', prerequisites: [c]')}${badge('b')}${badge('c', ', prerequisites: [{ anyOf: [a, b] }]')}`,
    );
    expect(edges(graph)).toEqual(['b_c -prerequisite!-> b_a', 'b_a -member!-> g_c_1', 'b_b -member-> g_c_1', 'g_c_1 -group!-> b_c']);
    expect(nodes(graph)).toEqual(['b_a badge! A', 'b_b badge B', 'b_c badge! C', 'g_c_1 group! any 1 of']);
  });

  it('marks a badge that requires itself', () => {
    const graph = graphOf(`badges:\n${badge('a', ', prerequisites: [a]')}`);
    expect(edges(graph)).toEqual(['b_a -prerequisite!-> b_a']);
  });

  it('draws an unknown badge once, however often it is named', () => {
    const graph = graphOf(`badges:\n${badge('a', ', prerequisites: [ghost]')}${badge('b', ', prerequisites: [{ anyOf: [ghost, a] }]')}`);
    expect(nodes(graph).filter((node) => node.includes('unknown'))).toEqual(['u_ghost unknown-badge Unknown badge: ghost']);
    expect(edges(graph)).toEqual(['u_ghost -prerequisite-> b_a', 'u_ghost -member-> g_b_1', 'b_a -member-> g_b_1', 'g_b_1 -group-> b_b']);
  });

  it('draws one edge for a prerequisite listed twice', () => {
    const graph = graphOf(`badges:\n${badge('a')}${badge('b', ', prerequisites: [a, a]')}`);
    expect(edges(graph)).toEqual(['b_a -prerequisite-> b_b']);
  });

  it('keeps the first definition of a duplicated id', () => {
    const graph = graphOf(`badges:\n${badge('a')}  - { id: a, name: Second, description: d, competencies: [] }\n`);
    expect(nodes(graph)).toEqual(['b_a badge A']);
  });

  it('gives ids that map to the same key distinct keys', () => {
    const graph = graphOf(`badges:\n${badge('a-b')}${badge('a_b')}${badge('a.b')}`);
    expect(graph.nodes.map((node) => node.key)).toEqual(['b_a_b', 'b_a_b_2', 'b_a_b_3']);
  });

  it('turns any id into a key of letters, digits and underscores', () => {
    const graph = graphOf(`badges:\n  - { id: "Ünïcode / <id> \\"x\\"", name: N, description: d, competencies: [] }\n`);
    expect(graph.nodes[0]?.key).toMatch(/^b_[A-Za-z0-9_]+$/);
  });

  it('adds competencies in the order of the badges that certify them', () => {
    const yaml = `badges:\n${badge('b', ', level: 2').replace('[]', '[c2, ghost]')}${badge('a', ', level: 1').replace('[]', '[c3]')}` +
      'competencies:\n  - { id: c1, statement: States one }\n  - { id: c2, statement: States two }\n  - { id: c3, statement: States three }\n';
    const graph = graphOf(yaml, true);
    expect(nodes(graph).slice(2)).toEqual([
      'c_c3 competency States three',
      'c_c2 competency States two',
      'c_c1 competency States one',
      'uc_ghost unknown-competency Unknown competency: ghost',
    ]);
    expect(edges(graph)).toEqual(['b_a -certifies-> c_c3', 'b_b -certifies-> c_c2', 'b_b -certifies-> uc_ghost']);
  });

  it('leaves competencies out unless asked', () => {
    const graph = graphOf(`badges:\n${badge('a').replace('[]', '[c1]')}competencies:\n  - { id: c1, statement: States one }\n`);
    expect(graph.nodes.map((node) => node.kind)).toEqual(['badge']);
  });
});

describe('pathways of a graph', () => {
  it('splits badges joined by prerequisites and drops badges on their own', () => {
    const yaml =
      `badges:\n${badge('a', ', level: 1')}${badge('b', ', level: 2, prerequisites: [a]')}${badge('c', ', level: 1')}` +
      `${badge('d', ', level: 1')}${badge('e', ', level: 2, prerequisites: [{ anyOf: [d, ghost] }]')}${badge('f', ', prerequisites: [f]')}`;
    const pathways = splitPathways(graphOf(yaml, true));
    expect(pathways.map((pathway) => pathway.nodes.map((node) => node.key))).toEqual([
      ['b_a', 'b_b'],
      ['b_d', 'b_e', 'g_e_1', 'u_ghost'],
      ['b_f'],
    ]);
    expect(pathways.map((pathway) => pathway.levels)).toEqual([[1, 2], [1, 2], []]);
    expect(pathways.flatMap((pathway) => pathway.edges).some((edge) => edge.kind === 'certifies')).toBe(false);
  });
});
