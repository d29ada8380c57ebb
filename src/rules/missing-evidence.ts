import { hadInvalidValue, locate } from '../model/types.js';
import { triageBadge } from './examples.js';
import { defineRule } from './types.js';

export const missingEvidenceRule = defineRule({
  id: 'missing-evidence',
  defaultSeverity: 'warn',
  description: 'A badge that names no evidence, or none that is required.',
  defaultOptions: {},
  messages: {
    none: 'Badge "{id}" names no evidence. Add an evidence list that says what the learner submits, such as a project or a recording.',
    noneRequired: 'Every evidence item of badge "{id}" is optional, so the badge can be earned with nothing. Make at least one required.',
  },
  check(context) {
    for (const badge of context.model.badges) {
      const extras = { definitionId: badge.id };
      if (hadInvalidValue(badge, 'evidence')) continue;
      if (badge.evidence.length === 0) context.report('none', { id: badge.id }, locate(badge, 'id'), extras);
      else if (badge.evidence.every((evidence) => !evidence.required)) context.report('noneRequired', { id: badge.id }, locate(badge, 'id'), extras);
    }
  },
  docs: {
    finds: 'A badge with no `evidence` list, an empty one, or one in which every item has `required: false`.',
    why:
      'Evidence is what a learner hands in and what an assessor judges. Without it, the badge says nothing about how it is earned, ' +
      'and the generated criteria cannot tell learners what to submit.',
    failing: {
      description: 'No evidence at all.',
      files: { 'badge.yaml': triageBadge() },
    },
    passing: {
      description: 'One required piece of evidence.',
      files: {
        'badge.yaml': triageBadge('evidence:', '  - { type: recording, description: A recorded triage of three simulated incidents }'),
      },
    },
  },
});
