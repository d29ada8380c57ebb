import { locate } from '../model/types.js';
import { lines } from './examples.js';
import { defineRule } from './types.js';

/** A badge with two competencies and a rubric that scores the first; the passing example adds a criterion. */
const INJECTION_DEFINITIONS = [
  'competencies:',
  '  - { id: sqli-detect, statement: Detects SQL injection flaws in a sample web application }',
  '  - { id: sqli-explain, statement: Explains the impact of an injection flaw to a product owner }',
  'badges:',
  '  - id: injection',
  '    name: Injection Detection',
  '    description: Finds and explains injection flaws.',
  '    competencies: [sqli-detect, sqli-explain]',
  '    rubric: injection-review',
  'rubrics:',
  '  - id: injection-review',
  '    name: Injection review',
  '    criteria:',
  '      - id: finds',
  '        competency: sqli-detect',
  '        levels: [{ id: no, name: Not yet, points: 0 }, { id: yes, name: Meets, points: 1 }]',
];

export const rubricCoverageRule = defineRule({
  id: 'rubric-coverage',
  defaultSeverity: 'warn',
  description: 'A badge competency that no criterion of the badge\'s rubric scores, or a criterion that scores none of its badges\' competencies.',
  defaultOptions: {},
  messages: {
    unscored: 'Competency "{competency}" of badge "{badge}" is scored by no criterion of rubric "{rubric}". Add a criterion with competency: {competency}.',
    foreign: 'Criterion "{criterion}" scores competency "{competency}", which no badge using rubric "{rubric}" certifies ({badges}).',
  },
  check(context) {
    const { model } = context;
    const badgesByRubric = new Map<string, string[]>();

    for (const badge of model.badges) {
      if (badge.rubric === undefined) continue;
      const rubric = model.get('rubric', badge.rubric);
      if (rubric === undefined) continue;
      badgesByRubric.set(rubric.id, [...(badgesByRubric.get(rubric.id) ?? []), badge.id]);

      const scored = new Set(rubric.criteria.map((criterion) => criterion.competency));
      badge.competencies.forEach((competency, index) => {
        if (scored.has(competency)) return;
        const data = { competency, badge: badge.id, rubric: rubric.id };
        context.report('unscored', data, locate(badge, 'competencies', index), { definitionId: badge.id });
      });
    }

    for (const rubric of model.rubrics) {
      const badgeIds = badgesByRubric.get(rubric.id);
      if (badgeIds === undefined || model.get('rubric', rubric.id) !== rubric) continue;
      const certified = new Set(badgeIds.flatMap((id) => model.get('badge', id)?.competencies ?? []));
      rubric.criteria.forEach((criterion, index) => {
        if (certified.has(criterion.competency)) return;
        const data = { criterion: criterion.id, competency: criterion.competency, rubric: rubric.id, badges: badgeIds.join(', ') };
        context.report('foreign', data, locate(rubric, 'criteria', index, 'competency'), { definitionId: rubric.id });
      });
    }
  },
  docs: {
    finds:
      'A competency that a badge certifies but that no criterion of the badge\'s rubric scores. Also a rubric criterion whose ' +
      'competency none of the badges that use the rubric certifies.',
    why:
      'A badge certifies each of its competencies. If the rubric never scores one, a learner can earn the badge without anyone ' +
      'judging that competency; a criterion for a competency the badge does not certify scores work that the badge does not claim.',
    failing: {
      description: 'The badge certifies two competencies; its rubric scores one.',
      files: { 'definitions.yaml': lines(...INJECTION_DEFINITIONS) },
    },
    passing: {
      description: 'Every competency has a criterion.',
      files: {
        'definitions.yaml': lines(
          ...INJECTION_DEFINITIONS,
          '      - id: explains',
          '        competency: sqli-explain',
          '        levels: [{ id: no, name: Not yet, points: 0 }, { id: yes, name: Meets, points: 1 }]',
        ),
      },
    },
    notes: 'A badge without a rubric is reported by `missing-rubric`, and a rubric id that does not exist by `unknown-reference`.',
  },
});
