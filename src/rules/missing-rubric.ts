import { locate } from '../model/types.js';
import { triageBadge } from './examples.js';
import { defineRule } from './types.js';

export const missingRubricRule = defineRule({
  id: 'missing-rubric',
  defaultSeverity: 'warn',
  description: 'A badge with no rubric to score its evidence.',
  defaultOptions: {},
  messages: {
    none: 'Badge "{id}" has no rubric, so two assessors may judge the same evidence differently. Add rubric: with the id of a rubric whose criteria score its competencies.',
  },
  check(context) {
    for (const badge of context.model.badges) {
      if (badge.rubric === undefined) context.report('none', { id: badge.id }, locate(badge, 'id'), { definitionId: badge.id });
    }
  },
  docs: {
    finds: 'A badge without a `rubric` field.',
    why:
      'A rubric states what each level of performance looks like, so that assessors agree and learners know the bar before they ' +
      'submit. Without one, the badge depends on whoever happens to assess it.',
    failing: {
      description: 'The badge names no rubric.',
      files: { 'badge.yaml': triageBadge() },
    },
    passing: {
      description: 'The badge names its rubric.',
      files: {
        'badge.yaml': triageBadge('rubric: triage-review', '---', 'kind: rubric', 'id: triage-review', 'name: Triage review', 'criteria: []'),
      },
    },
    notes: 'A rubric id that does not exist is reported by `unknown-reference`; whether the rubric scores every competency, by `rubric-coverage`.',
  },
});
