import { locate, type Definition } from '../model/types.js';
import type { PathSegment } from '../finding.js';
import { didYouMean } from '../util/suggest.js';
import { ASSESSMENT_METHODS, EVIDENCE_TYPES } from './lexicon/assessment.js';
import { EXAMPLE_CONFIG, lines, triageBadge } from './examples.js';
import { defineRule } from './types.js';

export const vocabularyRule = defineRule({
  id: 'vocabulary',
  defaultSeverity: 'warn',
  description: 'An evidence type or assessment method outside the built-in vocabulary and the config\'s additions.',
  defaultOptions: {},
  messages: {
    evidenceType: 'Unknown evidence type "{value}".{hint}',
    assessmentMethod: 'Unknown assessment method "{value}".{hint}',
  },
  check(context) {
    const evidenceTypes = new Set<string>([...EVIDENCE_TYPES, ...context.config.vocabulary.evidenceTypes]);
    const methods = new Set<string>([...ASSESSMENT_METHODS, ...context.config.vocabulary.assessmentMethods]);

    const checkValue = (definition: Definition, value: string, known: Set<string>, messageId: 'evidenceType' | 'assessmentMethod', path: PathSegment[]) => {
      if (known.has(value)) return;
      const listKey = messageId === 'evidenceType' ? 'evidenceTypes' : 'assessmentMethods';
      const hint = didYouMean(value, known) || ` Use one of ${[...known].join(', ')}, or add it under vocabulary.${listKey} in the config.`;
      context.report(messageId, { value, hint }, locate(definition, ...path), { definitionId: definition.id });
    };

    for (const badge of context.model.badges) {
      badge.evidence.forEach((evidence, index) => checkValue(badge, evidence.type, evidenceTypes, 'evidenceType', ['evidence', index, 'type']));
      (badge.assessment?.methods ?? []).forEach((method, index) => checkValue(badge, method, methods, 'assessmentMethod', ['assessment', 'methods', index]));
    }
    for (const module of context.model.modules) {
      module.produces.forEach((type, index) => checkValue(module, type, evidenceTypes, 'evidenceType', ['produces', index]));
    }
  },
  docs: {
    finds:
      'An evidence `type` of a badge, an evidence type a module `produces`, or an assessment method of a badge that is neither built in ' +
      'nor listed under `vocabulary.evidenceTypes` or `vocabulary.assessmentMethods` in the config. Built-in evidence types: ' +
      `${EVIDENCE_TYPES.join(', ')}. Built-in assessment methods: ${ASSESSMENT_METHODS.join(', ')}.`,
    why:
      'Other rules reason about these values: `weak-criteria` and `knowledge-only-assessment` know which ones show performance. ' +
      'A misspelt or ad-hoc value slips past them, and makes reports and the competency matrix inconsistent.',
    failing: {
      description: 'A misspelt evidence type and a method of the program\'s own.',
      files: {
        'badge.yaml': triageBadge(
          'evidence:',
          '  - { type: recordng, description: A recorded triage of three simulated incidents }',
          'assessment: { methods: [tabletop-exercise] }',
        ),
      },
    },
    passing: {
      description: 'The program\'s own method is declared in the config.',
      files: {
        'badgemap.yaml': lines(...EXAMPLE_CONFIG, 'vocabulary:', '  assessmentMethods: [tabletop-exercise]'),
        'badge.yaml': triageBadge(
          'evidence:',
          '  - { type: recording, description: A recorded triage of three simulated incidents }',
          'assessment: { methods: [tabletop-exercise] }',
        ),
      },
    },
    notes: 'Values are compared exactly, letter case included; a near miss gets a "did you mean".',
  },
});
