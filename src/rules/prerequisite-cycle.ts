import type { PathSegment } from '../finding.js';
import type { Model } from '../model/model.js';
import { locate, prerequisiteTargets, type Badge } from '../model/types.js';
import { compareText } from '../finding.js';
import { defineRule } from './types.js';

/** Cycles reported per strongly connected group of badges; more would only repeat the same fix. */
const MAX_CYCLES_PER_GROUP = 20;

interface Edge {
  from: string;
  to: string;
  path: PathSegment[];
}

export const prerequisiteCycleRule = defineRule({
  id: 'prerequisite-cycle',
  defaultSeverity: 'error',
  description: 'Badges that require each other, directly or through other badges or groups.',
  defaultOptions: {},
  messages: {
    cycle: 'Prerequisite cycle: {cycle}. No learner can earn these badges in any order.',
  },
  docs: {
    finds:
      'Badges that require each other, directly or through a chain, including through `anyOf` groups. The cycle is printed as the ' +
      'full path `a → b → c → a`, and reported at each prerequisite that closes it.',
    why: 'No learner can earn any badge of a cycle, because each one waits for another. Cycles arise when two pathways are merged.',
    failing: {
      description: 'Two badges that require each other.',
      files: {
        'badges.yaml': [
          'badges:',
          '  - { id: basics, name: Basics, description: Basics., competencies: [], prerequisites: [advanced] }',
          '  - { id: advanced, name: Advanced, description: Advanced., competencies: [], prerequisites: [basics] }',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The pathway runs one way.',
      files: {
        'badges.yaml': [
          'badges:',
          '  - { id: basics, name: Basics, description: Basics., competencies: [] }',
          '  - { id: advanced, name: Advanced, description: Advanced., competencies: [], prerequisites: [basics] }',
          '',
        ].join('\n'),
      },
    },
  },
  check(context) {
    const graph = buildGraph(context.model);

    for (const group of stronglyConnectedGroups(graph)) {
      for (const cycle of cyclesOf(group, graph)) {
        cycle.forEach((edge, index) => {
          const rotated = [...cycle.slice(index), ...cycle.slice(0, index)];
          const text = [...rotated.map((step) => step.from), edge.from].join(' → ');
          const badge = context.model.get('badge', edge.from) as Badge;
          context.report('cycle', { cycle: text }, locate(badge, ...edge.path), { definitionId: badge.id });
        });
      }
    }
  },
});

/** Edges from each badge to the badges it requires, first occurrence only. */
export function buildGraph(model: Model): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const badge of model.badges) {
    // Only the first definition of a duplicated id takes part; duplicate-id reports the rest.
    if (model.get('badge', badge.id) !== badge) continue;
    const edges: Edge[] = [];
    const seen = new Set<string>();
    for (const target of prerequisiteTargets(badge)) {
      if (!model.has('badge', target.id) || seen.has(target.id)) continue;
      seen.add(target.id);
      edges.push({ from: badge.id, to: target.id, path: target.path });
    }
    graph.set(badge.id, edges);
  }
  return graph;
}

/**
 * Tarjan's algorithm, iterative so that a long chain cannot overflow the stack. Returns the
 * groups that contain a cycle: more than one badge, or one that requires itself.
 */
export function stronglyConnectedGroups(graph: Map<string, Edge[]>): Set<string>[] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: Set<string>[] = [];
  let counter = 0;

  for (const start of [...graph.keys()].sort(compareText)) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    lowLink.set(start, counter++);
    stack.push(start);
    onStack.add(start);

    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const edges = graph.get(frame.node) ?? [];

      if (frame.next < edges.length) {
        const target = (edges[frame.next++] as Edge).to;
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }

      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        lowLink.set(parent.node, Math.min(lowLink.get(parent.node) ?? 0, lowLink.get(frame.node) ?? 0));
      }
      if (lowLink.get(frame.node) !== index.get(frame.node)) continue;

      const group = new Set<string>();
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.add(member);
      } while (member !== frame.node);

      const selfLoop = (graph.get(frame.node) ?? []).some((edge) => edge.to === frame.node);
      if (group.size > 1 || selfLoop) groups.push(group);
    }
  }

  return groups;
}

/**
 * Finds cycles in a group until every edge inside it lies on one: for each edge u → v, the
 * shortest way back from v to u. A diamond has no way back, so it is never reported.
 */
function cyclesOf(group: Set<string>, graph: Map<string, Edge[]>): Edge[][] {
  const cycles: Edge[][] = [];
  const covered = new Set<Edge>();
  const seenCycles = new Set<string>();
  const members = [...group].sort(compareText);

  for (const node of members) {
    for (const edge of graph.get(node) ?? []) {
      if (!group.has(edge.to) || covered.has(edge)) continue;
      const back = shortestPath(edge.to, edge.from, group, graph);
      if (back === undefined) continue;

      const cycle = [edge, ...back];
      const key = canonicalKey(cycle);
      cycle.forEach((step) => covered.add(step));
      if (seenCycles.has(key)) continue;
      seenCycles.add(key);
      cycles.push(cycle);
      if (cycles.length >= MAX_CYCLES_PER_GROUP) return cycles;
    }
  }
  return cycles;
}

function shortestPath(from: string, to: string, group: Set<string>, graph: Map<string, Edge[]>): Edge[] | undefined {
  if (from === to) return [];
  const previous = new Map<string, Edge>();
  const queue = [from];
  const visited = new Set([from]);

  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const edge of graph.get(node) ?? []) {
      if (!group.has(edge.to) || visited.has(edge.to)) continue;
      visited.add(edge.to);
      previous.set(edge.to, edge);
      if (edge.to === to) return unwind(previous, from, to);
      queue.push(edge.to);
    }
  }
  return undefined;
}

function unwind(previous: Map<string, Edge>, from: string, to: string): Edge[] {
  const path: Edge[] = [];
  for (let node = to; node !== from; ) {
    const edge = previous.get(node) as Edge;
    path.unshift(edge);
    node = edge.from;
  }
  return path;
}

/** The cycle's badges, rotated to start at the smallest id, so a cycle found twice is known. */
function canonicalKey(cycle: Edge[]): string {
  const nodes = cycle.map((edge) => edge.from);
  let start = 0;
  nodes.forEach((node, index) => {
    if (compareText(node, nodes[start] as string) < 0) start = index;
  });
  return [...nodes.slice(start), ...nodes.slice(0, start)].join('\u0000');
}
