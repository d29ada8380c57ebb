import type { Model } from '../model/model.js';
import { isGroup, locate, type Badge } from '../model/types.js';
import { defineRule } from './types.js';

export const redundantPrerequisiteRule = defineRule({
  id: 'redundant-prerequisite',
  defaultSeverity: 'warn',
  description: 'A required prerequisite already implied by another one, listed twice, or a group that other prerequisites already satisfy.',
  defaultOptions: {},
  messages: {
    implied: 'Prerequisite "{id}" is already required through "{via}" ({path}). Remove it, so the pathway states each step once.',
    duplicate: 'Prerequisite "{id}" is listed more than once.',
    groupImplied: 'This group is already satisfied: the other prerequisites require {satisfied} of its badges, and it needs {minimum}. Remove it, or change it.',
  },
  check(context) {
    const requirements = new RequirementGraph(context.model);

    for (const badge of context.model.badges) {
      if (context.model.get('badge', badge.id) !== badge) continue;
      // A single plain prerequisite can be neither redundant nor a duplicate.
      if (badge.prerequisites.length < 2 && !badge.prerequisites.some(isGroup)) continue;
      const extras = { definitionId: badge.id };
      const direct = requirements.direct(badge);
      const seen = new Set<string>();

      badge.prerequisites.forEach((entry, index) => {
        if (isGroup(entry)) return;
        if (seen.has(entry)) {
          context.report('duplicate', { id: entry }, locate(badge, 'prerequisites', index), extras);
          return;
        }
        seen.add(entry);
        for (const other of direct) {
          if (other === entry) continue;
          const path = requirements.pathBetween(other, entry);
          if (path === undefined) continue;
          context.report('implied', { id: entry, via: other, path: [badge.id, ...path].join(' → ') }, locate(badge, 'prerequisites', index), extras);
          return;
        }
      });

      if (!badge.prerequisites.some(isGroup)) continue;
      const implied = new Set<string>(direct);
      for (const id of direct) for (const reached of requirements.reachable(id)) implied.add(reached);
      badge.prerequisites.forEach((entry, index) => {
        if (!isGroup(entry)) return;
        const members = new Set(entry.anyOf);
        // A group's own members do not satisfy it; only requirements from elsewhere do.
        const ownMembers = requirements.groupRequired(entry) ? members : new Set<string>();
        const satisfied = [...members].filter((id) => implied.has(id) && !ownMembers.has(id)).length;
        if (satisfied >= entry.minimum) {
          context.report('groupImplied', { satisfied, minimum: entry.minimum }, locate(badge, 'prerequisites', index), extras);
        }
      });
    }
  },
  docs: {
    finds:
      'A prerequisite badge that another prerequisite of the same badge already requires, directly or through a chain ' +
      '("secure-coding requires injection-detection, which requires web-basics, so listing web-basics again is redundant"). Also a ' +
      'badge listed twice, and an `anyOf` group that the badge\'s other requirements already satisfy.',
    why:
      'A pathway states each step once. A redundant prerequisite hides the real order of the pathway in graphs and criteria, and it ' +
      'goes stale silently: when the chain changes, the extra entry keeps requiring a badge the designers meant to drop.',
    failing: {
      description: 'The advanced badge lists basics, which intermediate already requires.',
      files: {
        'badges.yaml': [
          'badges:',
          '  - { id: basics, name: Basics, description: Basics., competencies: [] }',
          '  - { id: intermediate, name: Intermediate, description: Intermediate., competencies: [], prerequisites: [basics] }',
          '  - { id: advanced, name: Advanced, description: Advanced., competencies: [], prerequisites: [intermediate, basics] }',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'Each badge lists only the step just before it.',
      files: {
        'badges.yaml': [
          'badges:',
          '  - { id: basics, name: Basics, description: Basics., competencies: [] }',
          '  - { id: intermediate, name: Intermediate, description: Intermediate., competencies: [], prerequisites: [basics] }',
          '  - { id: advanced, name: Advanced, description: Advanced., competencies: [], prerequisites: [intermediate] }',
          '',
        ].join('\n'),
      },
    },
    notes:
      'Only required steps imply others: a plain badge id, or a group whose `minimum` equals the number of its badges. A group with ' +
      'a choice implies nothing. Cycles are reported by `prerequisite-cycle` and do not stop this rule.',
  },
});

/** The badges each badge requires for certain, directly and through chains. */
class RequirementGraph {
  private readonly directCache = new Map<Badge, string[]>();
  /** Each badge's place in an order where prerequisites come first; badges on a cycle have none. */
  private readonly rank = new Map<string, number>();

  constructor(private readonly model: Model) {
    this.rankBadges();
  }

  /** Returns the badges a badge requires for certain: plain ids, and every member of a group that needs all its members. */
  direct(badge: Badge): string[] {
    const cached = this.directCache.get(badge);
    if (cached !== undefined) return cached;
    const ids: string[] = [];
    for (const entry of badge.prerequisites) {
      let members = [entry as string];
      if (isGroup(entry)) members = this.groupRequired(entry) ? entry.anyOf : [];
      for (const id of members) if (this.model.has('badge', id) && !ids.includes(id)) ids.push(id);
    }
    this.directCache.set(badge, ids);
    return ids;
  }

  groupRequired(group: { anyOf: string[]; minimum: number }): boolean {
    return group.minimum >= new Set(group.anyOf).size;
  }

  reachable(id: string): Iterable<string> {
    return this.search(id).keys();
  }

  /** Returns the chain from `from` to `to` through required prerequisites, both included, or `undefined`. */
  pathBetween(from: string, to: string): string[] | undefined {
    const parents = this.search(from, to);
    if (!parents.has(to)) return undefined;
    const path = [to];
    let current = to;
    while (current !== from) {
      current = parents.get(current) as string;
      path.unshift(current);
    }
    return path;
  }

  /**
   * Searches breadth-first from `start`, stopping once `goal` is reached; returns each reached
   * badge with the badge it was reached from. Results are not cached: on a long pathway the
   * full reachable sets of every badge would take memory quadratic in its length.
   */
  private search(start: string, goal?: string): Map<string, string> {
    const parents = new Map<string, string>();
    // A badge only requires badges ranked before it, so a goal ranked later cannot be reached,
    // and a badge ranked before the goal cannot lead to it.
    const goalRank = goal === undefined ? undefined : this.rank.get(goal);
    const startRank = this.rank.get(start);
    if (goalRank !== undefined && startRank !== undefined && goalRank >= startRank) return parents;
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head] as string;
      const badge = this.model.get('badge', current);
      if (badge === undefined) continue;
      for (const next of this.direct(badge)) {
        if (next === start || parents.has(next)) continue;
        parents.set(next, current);
        if (next === goal) return parents;
        const nextRank = this.rank.get(next);
        if (goalRank !== undefined && nextRank !== undefined && nextRank < goalRank) continue;
        queue.push(next);
      }
    }
    return parents;
  }

  /** Ranks the badges by Kahn's algorithm; badges on or behind a cycle stay unranked and are searched in full. */
  private rankBadges(): void {
    const waiting = new Map<string, number>();
    const dependants = new Map<string, string[]>();
    for (const badge of this.model.badges) {
      if (this.model.get('badge', badge.id) !== badge) continue;
      const prerequisites = this.direct(badge);
      waiting.set(badge.id, prerequisites.length);
      for (const id of prerequisites) {
        const list = dependants.get(id);
        if (list === undefined) dependants.set(id, [badge.id]);
        else list.push(badge.id);
      }
    }

    const ready = [...waiting].filter(([, count]) => count === 0).map(([id]) => id);
    for (let head = 0; head < ready.length; head++) {
      const id = ready[head] as string;
      this.rank.set(id, head);
      for (const dependant of dependants.get(id) ?? []) {
        const count = (waiting.get(dependant) ?? 0) - 1;
        waiting.set(dependant, count);
        if (count === 0) ready.push(dependant);
      }
    }
  }
}
