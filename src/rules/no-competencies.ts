import { locate } from '../model/types.js';
import { triageBadge } from './examples.js';
import { defineRule } from './types.js';

export const noCompetenciesRule = defineRule({
  id: 'no-competencies',
  defaultSeverity: 'warn',
  description: 'A badge that certifies no competency.',
  defaultOptions: {},
  messages: {
    none: 'Badge "{id}" certifies no competency. List the ids of the competencies it certifies under "competencies".',
  },
  check(context) {
    for (const badge of context.model.badges) {
      if (badge.competencies.length === 0) context.report('none', { id: badge.id }, locate(badge, 'competencies'), { definitionId: badge.id });
    }
  },
  docs: {
    finds: 'A badge whose `competencies` list is empty (`competencies: []`).',
    why:
      'A badge certifies competencies. One that lists none cannot be aligned, scored by a rubric, or placed in a matrix; it is usually ' +
      'a badge imported from Open Badges JSON whose criteria still need mapping.',
    failing: {
      description: 'An imported badge with no competencies yet.',
      files: { 'badge.yaml': triageBadge() },
    },
    passing: {
      description: 'The badge names the competency it certifies.',
      files: {
        'badge.yaml': [
          'kind: badge',
          'id: triage',
          'name: Incident Triage',
          'description: Triages security incidents.',
          'competencies: [triage-incidents]',
          '---',
          'kind: competency',
          'id: triage-incidents',
          'statement: Ranks reported security incidents by impact and assigns each to a responder',
          '',
        ].join('\n'),
      },
    },
    notes: 'A badge without the `competencies` field at all is a `schema` finding, since the field is required.',
  },
});
