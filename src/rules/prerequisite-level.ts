import { hadInvalidValue, isGroup, locate, prerequisiteTargets } from '../model/types.js';
import { defineRule } from './types.js';

export const prerequisiteLevelRule = defineRule({
  id: 'prerequisite-level',
  defaultSeverity: 'warn',
  description: 'A prerequisite whose level is higher than the badge\'s, or a group whose minimum exceeds its size.',
  defaultOptions: {},
  messages: {
    higher: 'Prerequisite "{id}" is level {prerequisiteLevel}, higher than this badge\'s level {level}. A pathway leads from lower levels to higher ones; check both levels.',
    groupMinimum: 'The group needs {minimum} of its badges but lists {size}, so it can never be satisfied. Lower the minimum or add badges.',
  },
  check(context) {
    for (const badge of context.model.badges) {
      const extras = { definitionId: badge.id };
      badge.prerequisites.forEach((entry, index) => {
        if (!isGroup(entry) || hadInvalidValue(badge, 'prerequisites', index)) return;
        const size = new Set(entry.anyOf).size;
        if (entry.minimum > size) context.report('groupMinimum', { minimum: entry.minimum, size }, locate(badge, 'prerequisites', index, 'minimum'), extras);
      });

      if (badge.level === undefined) continue;
      for (const target of prerequisiteTargets(badge)) {
        const prerequisite = context.model.get('badge', target.id);
        if (prerequisite?.level === undefined || prerequisite.level <= badge.level) continue;
        const data = { id: target.id, prerequisiteLevel: prerequisite.level, level: badge.level };
        context.report('higher', data, locate(badge, ...target.path), extras);
      }
    }
  },
  docs: {
    finds:
      'A prerequisite (plain or inside an `anyOf` group) whose `level` is higher than the level of the badge that requires it. Also a ' +
      'group whose `minimum` is larger than the number of distinct badges it lists.',
    why:
      'Levels place badges along a pathway. A level-3 badge required for a level-1 badge inverts the pathway, which usually means a ' +
      'level or a prerequisite was copied wrongly; a group that needs more badges than it lists can never be met.',
    failing: {
      description: 'A level-1 badge requires a level-2 badge, and a group needs three of two badges.',
      files: {
        'badges.yaml': [
          'badges:',
          '  - { id: secure-coding, name: Secure Coding, description: Secure coding., competencies: [], level: 2 }',
          '  - { id: code-review, name: Code Review, description: Code review., competencies: [], level: 1 }',
          '  - id: injection-detection',
          '    name: Injection Detection',
          '    description: Injection detection.',
          '    competencies: []',
          '    level: 1',
          '    prerequisites: [secure-coding, { anyOf: [secure-coding, code-review], minimum: 3 }]',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The pathway leads upwards, and the group can be met.',
      files: {
        'badges.yaml': [
          'badges:',
          '  - { id: injection-detection, name: Injection Detection, description: Injection detection., competencies: [], level: 1 }',
          '  - { id: code-review, name: Code Review, description: Code review., competencies: [], level: 1 }',
          '  - id: secure-coding',
          '    name: Secure Coding',
          '    description: Secure coding.',
          '    competencies: []',
          '    level: 2',
          '    prerequisites: [{ anyOf: [injection-detection, code-review], minimum: 1 }]',
          '',
        ].join('\n'),
      },
    },
    notes: 'Badges without a `level` are not compared. An equal level is allowed.',
  },
});
