import { locate, locateKey, type Rubric } from '../model/types.js';
import { plural } from '../util/text.js';
import { lines } from './examples.js';
import { defineRule, type RuleContext } from './types.js';

const MESSAGES = {
  noCriteria: 'Rubric "{id}" has no criteria, so it scores nothing. Add a criterion for each competency it assesses.',
  fewLevels: 'Criterion "{criterion}" has {count}; a criterion needs at least two levels to tell performances apart.',
  notIncreasing: 'Level "{level}" of criterion "{criterion}" has {points}, not more than "{previous}" before it ({previousPoints}). List levels from low to high with strictly increasing points.',
  duplicateLevel: 'Criterion "{criterion}" has level id "{level}" more than once.',
  duplicateCriterion: 'Rubric "{id}" has criterion id "{criterion}" more than once.',
  missingPassingLevel: 'Criterion "{criterion}" has no level "{level}", which passing.everyCriterionAtLeast requires of every criterion. Levels: {levels}.',
  unreachablePoints: 'passing.minimumPoints is {minimum}, but the highest total rubric "{id}" can award is {maximum}; no submission can pass.',
  passesEveryone: 'Rubric "{id}" passes every submission: the lowest levels already total {minimum} points and meet every requirement. Raise minimumPoints or set everyCriterionAtLeast.',
} as const;

type MessageId = keyof typeof MESSAGES;

/** The start of the docs examples' rubric, up to the levels of its first criterion. */
const REPORT_RUBRIC = ['kind: rubric', 'id: report-review', 'name: Report review', 'criteria:', '  - id: clarity', '    competency: report-write', '    levels:'];

export const rubricLevelsRule = defineRule({
  id: 'rubric-levels',
  defaultSeverity: 'error',
  description: 'Rubric criteria with fewer than two levels, points not strictly increasing, duplicate ids, or a passing rule no submission can meet.',
  defaultOptions: {},
  messages: MESSAGES,
  check(context) {
    for (const rubric of context.model.rubrics) {
      const extras = { definitionId: rubric.id };
      if (rubric.criteria.length === 0) {
        context.report('noCriteria', { id: rubric.id }, locate(rubric, 'id'), extras);
        continue;
      }
      checkCriterionIds(context, rubric);
      rubric.criteria.forEach((_, index) => checkLevels(context, rubric, index));
      checkPassing(context, rubric);
    }
  },
  docs: {
    finds:
      'In a rubric: no criteria; a criterion with fewer than two levels; levels whose points do not strictly increase from first to ' +
      'last; the same level id twice in a criterion or the same criterion id twice in a rubric; an `everyCriterionAtLeast` level that ' +
      'a criterion lacks; a `minimumPoints` above the highest total the rubric can award. A passing rule that every submission meets ' +
      'is a warning.',
    why:
      'A rubric that cannot be applied consistently makes the badge arbitrary. Levels listed low to high with increasing points are ' +
      'what export turns into Open Badges 3.0 result descriptions, and a passing rule no one can meet (or everyone meets) certifies ' +
      'nothing.',
    failing: {
      description: 'One criterion has a single level, another lists points downwards, and the passing rule names a missing level.',
      files: {
        'rubric.yaml': lines(
          ...REPORT_RUBRIC,
          '      - { id: meets, name: Meets, points: 1 }',
          '  - id: accuracy',
          '    competency: report-write',
          '    levels:',
          '      - { id: meets, name: Meets, points: 2 }',
          '      - { id: not-yet, name: Not yet, points: 0 }',
          'passing: { everyCriterionAtLeast: proficient }',
        ),
      },
    },
    passing: {
      description: 'Every criterion has two or more levels, low to high, and the passing level exists in each.',
      files: {
        'rubric.yaml': lines(
          ...REPORT_RUBRIC,
          '      - { id: not-yet, name: Not yet, points: 0 }',
          '      - { id: meets, name: Meets, points: 1 }',
          '  - id: accuracy',
          '    competency: report-write',
          '    levels:',
          '      - { id: not-yet, name: Not yet, points: 0 }',
          '      - { id: meets, name: Meets, points: 2 }',
          'passing: { everyCriterionAtLeast: meets }',
        ),
      },
    },
    notes:
      'The `passesEveryone` check is reported as a warning, not an error, unless the config sets a severity for the rule, which then ' +
      'applies to every check. A rubric without a `passing` rule is not checked for it.',
  },
});

function checkCriterionIds(context: RuleContext<object, MessageId>, rubric: Rubric): void {
  const seen = new Set<string>();
  rubric.criteria.forEach((criterion, index) => {
    if (seen.has(criterion.id)) {
      context.report('duplicateCriterion', { id: rubric.id, criterion: criterion.id }, locate(rubric, 'criteria', index, 'id'), { definitionId: rubric.id });
    }
    seen.add(criterion.id);
  });
}

function checkLevels(context: RuleContext<object, MessageId>, rubric: Rubric, index: number): void {
  const criterion = rubric.criteria[index];
  if (criterion === undefined) return;
  const extras = { definitionId: rubric.id };

  if (criterion.levels.length < 2) {
    const location = criterion.levels.length === 0 ? locateKey(rubric, 'criteria', index, 'levels') : locate(rubric, 'criteria', index, 'levels');
    const count = criterion.levels.length === 0 ? 'no levels' : 'only one level';
    context.report('fewLevels', { criterion: criterion.id, count }, location, extras);
  }

  const seen = new Set<string>();
  criterion.levels.forEach((level, position) => {
    if (seen.has(level.id)) {
      context.report('duplicateLevel', { criterion: criterion.id, level: level.id }, locate(rubric, 'criteria', index, 'levels', position, 'id'), extras);
    }
    seen.add(level.id);

    const previous = criterion.levels[position - 1];
    if (previous !== undefined && level.points <= previous.points) {
      const data = { level: level.id, criterion: criterion.id, points: plural(level.points, 'point'), previous: previous.id, previousPoints: previous.points };
      context.report('notIncreasing', data, locate(rubric, 'criteria', index, 'levels', position, 'points'), extras);
    }
  });
}

function checkPassing(context: RuleContext<object, MessageId>, rubric: Rubric): void {
  const passing = rubric.passing;
  if (passing === undefined) return;
  const extras = { definitionId: rubric.id };
  const required = passing.everyCriterionAtLeast;

  let levelMissing = false;
  if (required !== undefined) {
    rubric.criteria.forEach((criterion, index) => {
      if (criterion.levels.some((level) => level.id === required)) return;
      levelMissing = true;
      const levels = criterion.levels.map((level) => level.id).join(', ') || 'none';
      context.report('missingPassingLevel', { criterion: criterion.id, level: required, levels }, locate(rubric, 'criteria', index, 'id'), extras);
    });
  }

  const scored = rubric.criteria.filter((criterion) => criterion.levels.length > 0);
  const maximum = sum(scored.map((criterion) => Math.max(...criterion.levels.map((level) => level.points))));
  const minimum = sum(scored.map((criterion) => Math.min(...criterion.levels.map((level) => level.points))));
  if (passing.minimumPoints !== undefined && passing.minimumPoints > maximum) {
    context.report('unreachablePoints', { id: rubric.id, minimum: passing.minimumPoints, maximum }, locate(rubric, 'passing', 'minimumPoints'), extras);
    return;
  }

  const lowestMeetsLevel = required === undefined || (!levelMissing && scored.every((criterion) => lowestLevel(criterion.levels)?.id === required));
  const lowestMeetsPoints = (passing.minimumPoints ?? 0) <= minimum;
  if (lowestMeetsLevel && lowestMeetsPoints) {
    context.report('passesEveryone', { id: rubric.id, minimum }, locateKey(rubric, 'passing'), { ...extras, severity: 'warn' });
  }
}

function lowestLevel<T extends { points: number }>(levels: readonly T[]): T | undefined {
  return levels.reduce<T | undefined>((lowest, level) => (lowest === undefined || level.points < lowest.points ? level : lowest), undefined);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
