/**
 * The prerequisite pathway as a graph: badges ranked by level, each "any of" group as a node
 * of its own, and optionally the competencies each badge certifies. What lint rejects is
 * drawn, not dropped: badges on a prerequisite cycle and their edges are marked, and an id
 * that names no badge or competency becomes an "unknown" node.
 */
import { compareText } from '../finding.js';
import { seg } from '../export/layout.js';
import type { Model } from '../model/model.js';
import { isGroup, type Badge, type Competency } from '../model/types.js';
import { buildGraph, stronglyConnectedGroups } from '../rules/prerequisite-cycle.js';

export type NodeKind = 'badge' | 'group' | 'unknown-badge' | 'competency' | 'unknown-competency';

export interface PathwayNode {
  /** Unique in the graph, of letters, digits and `_` only, so Mermaid and DOT take it as it is. */
  key: string;
  kind: NodeKind;
  /** The text shown in the node. */
  label: string;
  /** The badge or competency id; absent for a group. */
  id?: string;
  level?: number;
  /** On a prerequisite cycle. */
  inCycle: boolean;
}

/**
 * `prerequisite`: from a required badge to the badge that requires it. `member`: from a
 * badge to the "any of" group it belongs to. `group`: from a group to the badge that
 * requires it. `certifies`: from a badge to a competency it certifies.
 */
export type EdgeKind = 'prerequisite' | 'member' | 'group' | 'certifies';

export interface PathwayEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  inCycle: boolean;
}

export interface PathwayGraph {
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  /** The distinct badge levels, ascending. */
  levels: number[];
}

export interface PathwayOptions {
  /** Adds every competency and an edge from each badge to the competencies it certifies. */
  competencies: boolean;
}

export function buildPathwayGraph(model: Model, options: PathwayOptions): PathwayGraph {
  const builder = new GraphBuilder(model);
  const badges = model.distinct('badge').sort(compareBadges);

  for (const badge of badges) builder.addBadge(badge);
  for (const badge of badges) builder.addPrerequisites(badge);
  if (options.competencies) {
    for (const competency of competenciesInBadgeOrder(model, badges)) {
      builder.addCompetency(competency.id, competency.name || competency.statement || competency.id);
    }
    for (const badge of badges) builder.addCertifications(badge);
  }
  return builder.graph();
}

/**
 * Orders competencies by the first badge that certifies them, which keeps the edges from
 * crossing. Competencies that no badge certifies follow, by id.
 */
function competenciesInBadgeOrder(model: Model, badges: readonly Badge[]): Competency[] {
  const firstBadge = new Map<string, number>();
  badges.forEach((badge, index) => {
    for (const id of badge.competencies) if (!firstBadge.has(id)) firstBadge.set(id, index);
  });
  const position = (competency: Competency) => firstBadge.get(competency.id) ?? Number.POSITIVE_INFINITY;
  return model.distinct('competency').sort((a, b) => position(a) - position(b) || compareText(a.id, b.id));
}

/** Compares badges by level (badges without one last), then id: the order every view lists them in. */
export function compareBadges(a: Badge, b: Badge): number {
  const levelA = a.level ?? Number.POSITIVE_INFINITY;
  const levelB = b.level ?? Number.POSITIVE_INFINITY;
  return levelA - levelB || compareText(a.id, b.id) || 0;
}

class GraphBuilder {
  private readonly nodes = new Map<string, PathwayNode>();
  private readonly edges: PathwayEdge[] = [];
  private readonly edgeKeys = new Set<string>();
  private readonly keyOf = new Map<string, string>();
  private readonly usedKeys = new Set<string>();
  /** The index of the prerequisite cycle group each badge belongs to. */
  private readonly cycleGroup = new Map<string, number>();

  constructor(private readonly model: Model) {
    stronglyConnectedGroups(buildGraph(model)).forEach((group, index) => {
      for (const id of group) this.cycleGroup.set(id, index);
    });
  }

  addBadge(badge: Badge): void {
    const key = this.allocate(`badge:${badge.id}`, `b_${safeKey(badge.id)}`);
    this.nodes.set(key, {
      key,
      kind: 'badge',
      label: badge.name || badge.id,
      id: badge.id,
      ...(badge.level === undefined ? {} : { level: badge.level }),
      inCycle: this.cycleGroup.has(badge.id),
    });
  }

  addPrerequisites(badge: Badge): void {
    const target = this.badgeKey(badge.id);
    badge.prerequisites.forEach((entry, index) => {
      if (!isGroup(entry)) {
        this.addEdge(this.requiredKey(entry), target, 'prerequisite', this.onCycle(entry, badge.id));
        return;
      }

      const group = this.allocate(`group:${badge.id}:${index}`, `g_${safeKey(badge.id)}_${index + 1}`);
      const inCycle = entry.anyOf.some((id) => this.onCycle(id, badge.id));
      this.nodes.set(group, { key: group, kind: 'group', label: `any ${entry.minimum} of`, inCycle });
      for (const id of entry.anyOf) this.addEdge(this.requiredKey(id), group, 'member', this.onCycle(id, badge.id));
      this.addEdge(group, target, 'group', inCycle);
    });
  }

  addCompetency(id: string, label: string): void {
    const key = this.allocate(`competency:${id}`, `c_${safeKey(id)}`);
    this.nodes.set(key, { key, kind: 'competency', label, id, inCycle: false });
  }

  addCertifications(badge: Badge): void {
    const from = this.badgeKey(badge.id);
    for (const id of badge.competencies) {
      let to = this.keyOf.get(`competency:${id}`);
      if (to === undefined) {
        to = this.allocate(`competency:${id}`, `uc_${safeKey(id)}`);
        this.nodes.set(to, { key: to, kind: 'unknown-competency', label: `Unknown competency: ${id}`, id, inCycle: false });
      }
      this.addEdge(from, to, 'certifies', false);
    }
  }

  graph(): PathwayGraph {
    const nodes = [...this.nodes.values()];
    return { nodes, edges: this.edges, levels: levelsOf(nodes) };
  }

  /** Returns the node of a required badge id, creating an "unknown" node for an id that names no badge. */
  private requiredKey(id: string): string {
    const known = this.keyOf.get(`badge:${id}`);
    if (known !== undefined) return known;

    const key = this.allocate(`badge:${id}`, `u_${safeKey(id)}`);
    this.nodes.set(key, { key, kind: 'unknown-badge', label: `Unknown badge: ${id}`, id, inCycle: false });
    return key;
  }

  private badgeKey(id: string): string {
    return this.keyOf.get(`badge:${id}`) as string;
  }

  /** Checks whether the edge between two badges lies on a cycle: both in one cycle group, or a badge that requires itself. */
  private onCycle(required: string, requiring: string): boolean {
    const group = this.cycleGroup.get(required);
    return group !== undefined && group === this.cycleGroup.get(requiring);
  }

  private addEdge(from: string, to: string, kind: EdgeKind, inCycle: boolean): void {
    const key = `${from}\u0000${to}\u0000${kind}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ from, to, kind, inCycle });
  }

  /** Gives a thing its node key, adding `_2`, `_3` … when two ids map to the same key. */
  private allocate(thing: string, base: string): string {
    let key = base;
    for (let suffix = 2; this.usedKeys.has(key); suffix++) key = `${base}_${suffix}`;
    this.usedKeys.add(key);
    this.keyOf.set(thing, key);
    return key;
  }
}

/** Turns an id into letters, digits and `_`, by way of its URL segment, which is ASCII already. */
function safeKey(id: string): string {
  return seg(id).replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * Splits a graph into pathways: each set of badges joined by prerequisites, directly or
 * through groups, with at least one prerequisite edge. Competencies are left out.
 */
export function splitPathways(graph: PathwayGraph): PathwayGraph[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };

  const pathwayEdges = graph.edges.filter((edge) => edge.kind !== 'certifies');
  for (const edge of pathwayEdges) parent.set(find(edge.from), find(edge.to));

  const members = new Map<string, Set<string>>();
  for (const edge of pathwayEdges) {
    const root = find(edge.from);
    const set = members.get(root) ?? new Set<string>();
    set.add(edge.from).add(edge.to);
    members.set(root, set);
  }

  // Ordered by the first node of each pathway in the graph, which is in badge order.
  const order = new Map(graph.nodes.map((node, index) => [node.key, index]));
  const first = (keys: Set<string>): number => {
    let minimum = Number.POSITIVE_INFINITY;
    for (const key of keys) minimum = Math.min(minimum, order.get(key) ?? 0);
    return minimum;
  };
  return [...members.values()].sort((a, b) => first(a) - first(b)).map((keys) => subgraph(graph, keys));
}

function subgraph(graph: PathwayGraph, keys: Set<string>): PathwayGraph {
  const nodes = graph.nodes.filter((node) => keys.has(node.key));
  const edges = graph.edges.filter((edge) => edge.kind !== 'certifies' && keys.has(edge.from) && keys.has(edge.to));
  return { nodes, edges, levels: levelsOf(nodes) };
}

function levelsOf(nodes: readonly PathwayNode[]): number[] {
  const levels = new Set(nodes.flatMap((node) => (node.level === undefined ? [] : [node.level])));
  return [...levels].sort((a, b) => a - b);
}
