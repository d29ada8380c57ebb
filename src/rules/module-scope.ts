import { locate } from '../model/types.js';
import { defineRule } from './types.js';

export const moduleScopeRule = defineRule({
  id: 'module-scope',
  defaultSeverity: 'warn',
  description: 'A module longer or shorter than a short learning unit, targeting more than one competency, or producing no evidence.',
  optionsSchema: {
    minMinutes: { type: 'integer', minimum: 1, description: 'The shortest duration, in minutes (default 15).' },
    maxMinutes: { type: 'integer', minimum: 1, description: 'The longest duration, in minutes (default 45).' },
    maxCompetencies: { type: 'integer', minimum: 1, description: 'How many competencies a module may target (default 1).' },
  },
  defaultOptions: { minMinutes: 15, maxMinutes: 45, maxCompetencies: 1 },
  messages: {
    tooLong: 'Module "{id}" takes {minutes} minutes, more than {limit}. Split it into modules that each fit one sitting.',
    tooShort: 'Module "{id}" takes {minutes} minutes, less than {limit}; that is too short to practise a competency. Merge it with a neighbouring module.',
    tooManyCompetencies: 'Module "{id}" targets {count} competencies; a module targets at most {limit}. Split it so each module practises one.',
    noEvidence: 'Module "{id}" produces no evidence. List under "produces" the evidence types the learner leaves the module with.',
  },
  check(context) {
    for (const module of context.model.modules) {
      const options = context.optionsFor(module);
      const extras = { definitionId: module.id };
      const minutes = module.durationMinutes;
      if (minutes !== undefined && minutes > options.maxMinutes) {
        context.report('tooLong', { id: module.id, minutes, limit: options.maxMinutes }, locate(module, 'durationMinutes'), extras);
      }
      if (minutes !== undefined && minutes < options.minMinutes) {
        context.report('tooShort', { id: module.id, minutes, limit: options.minMinutes }, locate(module, 'durationMinutes'), extras);
      }
      if (module.competencies.length > options.maxCompetencies) {
        const data = { id: module.id, count: module.competencies.length, limit: options.maxCompetencies };
        context.report('tooManyCompetencies', data, locate(module, 'competencies'), extras);
      }
      if (module.produces.length === 0) {
        context.report('noEvidence', { id: module.id }, locate(module, 'id'), extras);
      }
    }
  },
  docs: {
    finds:
      'A module whose `durationMinutes` is above 45 or below 15, that lists more than one competency, or whose `produces` list is ' +
      'missing or empty. The limits are options.',
    why:
      'A module is a short learning unit that practises one competency and leaves evidence behind. One that runs for hours or spreads ' +
      'over several competencies cannot be slotted into a pathway or tied to one rubric criterion; one that produces nothing leaves ' +
      'the learner with nothing to submit for the badge.',
    failing: {
      description: 'Ninety minutes, two competencies, and no evidence.',
      files: {
        'module.yaml': [
          'kind: module',
          'id: injection-lab',
          'name: Injection lab',
          'competencies: [sqli-detect, sqli-prevent]',
          'durationMinutes: 90',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'Thirty minutes, one competency, a report.',
      files: {
        'module.yaml': [
          'kind: module',
          'id: injection-lab',
          'name: Injection lab',
          'competencies: [sqli-detect]',
          'durationMinutes: 30',
          'produces: [report]',
          '',
        ].join('\n'),
      },
    },
    notes: 'A module without `durationMinutes` is not checked for its length.',
  },
});
