import { compareText } from '../finding.js';
import type { Model } from '../model/model.js';
import { locate, prerequisiteTargets, type Badge } from '../model/types.js';
import { listNames } from '../util/text.js';
import { defineRule, type RuleContext } from './types.js';

export interface BadgeOverlapOptions {
  /** `type` compares the required evidence types; `ignore` compares competencies alone. */
  evidence: 'type' | 'ignore';
  /** Whether a badge whose requirements lie inside another's is reported, besides equal ones. */
  contained: boolean;
  /** Whether a pair is reported when one badge requires the other, directly or through others. */
  includePrerequisites: boolean;
}

const MESSAGES = {
  same: 'Badge "{id}" requires the same {what} as {others} ({requirements}). A learner who earns one has shown everything the other asks for; merge them, or give each a requirement of its own.',
  contained:
    'Everything badge "{id}" requires is also required by badge "{other}" ({requirements}). Earning "{other}" shows everything "{id}" asks for; make "{id}" a prerequisite of "{other}" if it is a step towards it, or give it a requirement of its own.',
  contains:
    'Badge "{id}" requires everything badge "{other}" requires ({requirements}), plus {extra}. Make "{other}" a prerequisite of "{id}" if it is a step towards it, or give "{other}" a requirement of its own.',
};

type MessageId = keyof typeof MESSAGES;

/** The first badge of both docs examples, which differ in the second. */
const BASICS_BADGE = [
  '  - id: web-security-basics',
  '    name: Web Security Basics',
  '    description: Finds injection flaws.',
  '    competencies: [sqli-detect]',
  '    evidence:',
  '      - { type: report, description: Annotated findings }',
];
type Context = RuleContext<BadgeOverlapOptions, MessageId>;

/** The competencies and evidence a learner must show to earn a badge. */
interface Requirement {
  badges: Badge[];
  competencies: Set<string>;
  /** Required evidence type → how many items of it. */
  evidence: Map<string, number>;
}

/**
 * Badges that certify the same thing: equal requirements, or one badge's requirements inside
 * another's. A requirement is the set of competency ids and the required evidence, counted by
 * type (see docs/rules/badge-overlap.md for why descriptions are not compared).
 */
export const badgeOverlapRule = defineRule<BadgeOverlapOptions, MessageId>({
  id: 'badge-overlap',
  defaultSeverity: 'warn',
  description: 'Badges whose competencies and evidence are the same, or where one badge requires everything the other does.',
  optionsSchema: {
    evidence: {
      type: 'string',
      enum: ['type', 'ignore'],
      description: 'How evidence is compared: "type" counts required items by type; "ignore" compares competencies alone.',
    },
    contained: {
      type: 'boolean',
      description: 'Also report a badge whose requirements lie inside another badge\'s; false reports only equal ones.',
    },
    includePrerequisites: {
      type: 'boolean',
      description: 'Also report a pair where one badge requires the other, directly or through other badges.',
    },
  },
  defaultOptions: { evidence: 'type', contained: true, includePrerequisites: false },
  messages: MESSAGES,
  docs: {
    finds:
      'Two badges whose requirements are equal, or a badge whose requirements all lie inside another badge\'s. A requirement is the set ' +
      'of competency ids the badge certifies plus its required evidence, counted by type: a badge that asks for a `report` and two ' +
      '`code` items lies inside one that asks for two reports and two code items and certifies the same competencies or more. Evidence ' +
      'with `required: false` does not count. An equal pair is reported at both badges; a contained pair at the smaller badge (what ' +
      'the larger one already requires) and at the larger one (what it adds), each pointing at the other.',
    why:
      'If earning one badge shows everything another asks for, the other certifies nothing new: a learner collects two credentials ' +
      'for one achievement, and an employer reading them cannot tell what the second one adds. Either the two are one badge, or the ' +
      'smaller one is a step towards the larger and should be its prerequisite.',
    failing: {
      description: 'Two badges that certify the same competency with the same kind of evidence.',
      files: {
        'repository.yaml': [
          'competencies:',
          '  - { id: sqli-detect, statement: Detects SQL injection flaws in a web application }',
          'badges:',
          ...BASICS_BADGE,
          '  - id: injection-hunter',
          '    name: Injection Hunter',
          '    description: Finds and reports injection flaws.',
          '    competencies: [sqli-detect]',
          '    evidence:',
          '      - { type: report, description: A write-up of each flaw found }',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The second badge is the next step: it names the first as its prerequisite and adds a competency and evidence of its own.',
      files: {
        'repository.yaml': [
          'competencies:',
          '  - { id: sqli-detect, statement: Detects SQL injection flaws in a web application }',
          '  - { id: sqli-prevent, statement: Rewrites database queries with parameter binding }',
          'badges:',
          ...BASICS_BADGE,
          '  - id: injection-fixer',
          '    name: Injection Fixer',
          '    description: Finds and fixes injection flaws.',
          '    competencies: [sqli-detect, sqli-prevent]',
          '    prerequisites: [web-security-basics]',
          '    evidence:',
          '      - { type: report, description: A write-up of each flaw found }',
          '      - { type: code, description: The merged fix }',
          '',
        ].join('\n'),
      },
    },
    notes:
      'Evidence is compared by type and count, not by description: descriptions are free text that differ between two badges even ' +
      'when they ask for the same work, so comparing them would hide real overlaps. Types are compared without regard to letter case ' +
      'and surrounding space. Set `evidence: ignore` to compare competencies alone.\n\n' +
      'Badges on one prerequisite pathway (one requires the other, directly, through other badges, or as a member of a group) are not ' +
      'reported, because a later step that reassesses an earlier one is a design choice; `includePrerequisites: true` reports them too. ' +
      'Assessment methods, rubrics and passing rules are not compared: two levels of one skill that differ only in how strictly they ' +
      'are judged are still reported, and the fix is to make the lower one a prerequisite of the higher. A badge without competencies ' +
      'is left to `no-competencies`, and only the first definition of a duplicated id takes part.',
  },
  check(context) {
    const requirements = groupByRequirement(context.model, context.options);
    const exempt = context.options.includePrerequisites ? () => false : pathwayTest(context.model);

    const describe = (requirement: Requirement) => describeRequirement(requirement, context.options.evidence !== 'ignore');
    for (const requirement of requirements) reportSame(context, requirement, exempt, describe(requirement));
    if (!context.options.contained) return;

    for (const [smaller, larger] of containedPairs(requirements)) {
      for (const inner of smaller.badges) {
        for (const outer of larger.badges) {
          if (exempt(inner, outer)) continue;
          reportContained(context, inner, outer, describe(smaller), describeExtra(smaller, larger));
        }
      }
    }
  },
});

/** Badges with equal requirements, first definitions only and in model order; badges without competencies are left to no-competencies. */
function groupByRequirement(model: Model, options: BadgeOverlapOptions): Requirement[] {
  const groups = new Map<string, Requirement>();
  for (const badge of model.badges) {
    if (model.get('badge', badge.id) !== badge || badge.competencies.length === 0) continue;
    const competencies = new Set(badge.competencies);
    const evidence = options.evidence === 'ignore' ? new Map<string, number>() : evidenceCounts(badge);
    const key = `${[...competencies].sort(compareText).join('\u0000')}\u0001${describeEvidence(evidence)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { badges: [badge], competencies, evidence });
    else group.badges.push(badge);
  }
  return [...groups.values()];
}

/** Required evidence counted by type; the type is compared without regard to case and surrounding space. */
function evidenceCounts(badge: Badge): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of badge.evidence) {
    if (!item.required || typeof item.type !== 'string') continue;
    const type = item.type.trim().toLowerCase();
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/**
 * Pairs of requirement groups where the first lies strictly inside the second. Candidates
 * come from the badges that certify the first group's rarest competency, so badges that
 * share nothing are never compared.
 */
function containedPairs(requirements: readonly Requirement[]): [Requirement, Requirement][] {
  const byCompetency = new Map<string, Requirement[]>();
  for (const requirement of requirements) {
    for (const id of requirement.competencies) byCompetency.set(id, [...(byCompetency.get(id) ?? []), requirement]);
  }

  const pairs: [Requirement, Requirement][] = [];
  for (const smaller of requirements) {
    let candidates: Requirement[] | undefined;
    for (const id of smaller.competencies) {
      const holders = byCompetency.get(id) ?? [];
      if (candidates === undefined || holders.length < candidates.length) candidates = holders;
    }
    for (const larger of candidates ?? []) {
      if (larger !== smaller && contains(larger, smaller)) pairs.push([smaller, larger]);
    }
  }
  return pairs;
}

function contains(larger: Requirement, smaller: Requirement): boolean {
  for (const id of smaller.competencies) if (!larger.competencies.has(id)) return false;
  for (const [type, count] of smaller.evidence) if ((larger.evidence.get(type) ?? 0) < count) return false;
  return true;
}

/** Builds a test of whether two badges lie on one pathway: either requires the other, through any number of badges or groups. */
function pathwayTest(model: Model): (a: Badge, b: Badge) => boolean {
  const reachable = new Map<string, Set<string>>();
  const reach = (start: string): Set<string> => {
    const known = reachable.get(start);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const badge = model.get('badge', stack.pop() as string);
      for (const target of badge === undefined ? [] : prerequisiteTargets(badge)) {
        if (seen.has(target.id)) continue;
        seen.add(target.id);
        stack.push(target.id);
      }
    }
    reachable.set(start, seen);
    return seen;
  };
  return (a, b) => reach(a.id).has(b.id) || reach(b.id).has(a.id);
}

function reportSame(context: Context, requirement: Requirement, exempt: (a: Badge, b: Badge) => boolean, requirements: string): void {
  const what = context.options.evidence === 'ignore' ? 'competencies' : 'competencies and evidence';
  for (const badge of requirement.badges) {
    const others = requirement.badges.filter((other) => other !== badge && !exempt(badge, other));
    if (others.length === 0) continue;
    const names = others.map((other) => `"${other.id}"`);
    const data = { id: badge.id, what, others: `${others.length === 1 ? 'badge' : 'badges'} ${listNames(names)}`, requirements };
    context.report('same', data, locate(badge, 'id'), { definitionId: badge.id, related: others.map(relatedBadge) });
  }
}

function reportContained(context: Context, inner: Badge, outer: Badge, requirements: string, extra: string): void {
  context.report('contained', { id: inner.id, other: outer.id, requirements }, locate(inner, 'id'), {
    definitionId: inner.id,
    related: [relatedBadge(outer)],
  });
  context.report('contains', { id: outer.id, other: inner.id, requirements, extra }, locate(outer, 'id'), {
    definitionId: outer.id,
    related: [relatedBadge(inner)],
  });
}

function relatedBadge(badge: Badge) {
  return { message: `Badge "${badge.id}" is defined here.`, location: locate(badge, 'id') };
}

/** `competencies: a, b; required evidence: code ×2, report`. */
function describeRequirement(requirement: Requirement, withEvidence: boolean): string {
  const competencies = `competencies: ${[...requirement.competencies].sort(compareText).join(', ')}`;
  return withEvidence ? `${competencies}; required evidence: ${describeEvidence(requirement.evidence) || 'none'}` : competencies;
}

/** Describes what the larger requirement adds: competencies, then evidence. */
function describeExtra(smaller: Requirement, larger: Requirement): string {
  const competencies = [...larger.competencies].filter((id) => !smaller.competencies.has(id)).sort(compareText);
  const evidence = new Map<string, number>();
  for (const [type, count] of larger.evidence) {
    const extra = count - (smaller.evidence.get(type) ?? 0);
    if (extra > 0) evidence.set(type, extra);
  }
  const parts: string[] = [];
  if (competencies.length > 0) parts.push(`${competencies.length === 1 ? 'competency' : 'competencies'} ${competencies.join(', ')}`);
  if (evidence.size > 0) parts.push(`required evidence ${describeEvidence(evidence)}`);
  return parts.join(' and ');
}

function describeEvidence(evidence: ReadonlyMap<string, number>): string {
  return [...evidence.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([type, count]) => (count === 1 ? type : `${type} ×${count}`))
    .join(', ');
}
