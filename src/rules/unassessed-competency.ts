import { locate } from '../model/types.js';
import { lines } from './examples.js';
import { defineRule } from './types.js';

/** Two competencies, then the badges key, for the docs examples to finish. */
const DETECTION_COMPETENCIES = [
  'competencies:',
  '  - { id: sqli-detect, statement: Detects SQL injection flaws in a sample web application }',
  '  - { id: xss-detect, statement: Detects stored cross-site scripting in a sample web application }',
  'badges:',
];

export const unassessedCompetencyRule = defineRule({
  id: 'unassessed-competency',
  defaultSeverity: 'warn',
  description: 'A competency that no badge certifies.',
  defaultOptions: {},
  messages: {
    unassessed: 'No badge certifies competency "{id}". Add it to a badge\'s competencies, or remove it if it is no longer taught.',
  },
  check(context) {
    const certified = new Set(context.model.badges.flatMap((badge) => badge.competencies));
    for (const competency of context.model.competencies) {
      if (certified.has(competency.id)) continue;
      context.report('unassessed', { id: competency.id }, locate(competency, 'id'), { definitionId: competency.id });
    }
  },
  docs: {
    finds: 'A competency whose id appears in no badge\'s `competencies` list. Modules and rubric criteria do not count: they teach and score, badges certify.',
    why:
      'A competency that nothing certifies is either dead weight from an old version of the program, or a gap: something the ' +
      'program means to teach that no learner can earn recognition for.',
    failing: {
      description: 'The second competency is certified by no badge.',
      files: {
        'definitions.yaml': lines(...DETECTION_COMPETENCIES, '  - { id: injection, name: Injection Detection, description: Finds injection flaws., competencies: [sqli-detect] }'),
      },
    },
    passing: {
      description: 'Every competency is certified by a badge.',
      files: {
        'definitions.yaml': lines(
          ...DETECTION_COMPETENCIES,
          '  - { id: injection, name: Injection Detection, description: Finds injection flaws., competencies: [sqli-detect, xss-detect] }',
        ),
      },
    },
    notes:
      'A whole framework read from a sheet is often mostly unassessed on purpose; turn the rule off for it with an override: ' +
      '`overrides: [{ files: ["frameworks/**"], rules: { unassessed-competency: off } }]`.',
  },
});
