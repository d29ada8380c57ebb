import { locate, KIND_LABELS, KINDS, type Definition } from '../model/types.js';
import { defineRule } from './types.js';

/**
 * Ids must be unique per kind, and also up to letter case, because export turns ids into
 * file names and `Intro` and `intro` would collide on case-insensitive file systems.
 */
export const duplicateIdRule = defineRule({
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'An id defined twice in one kind, or twice up to letter case.',
  defaultOptions: {},
  messages: {
    duplicate: '{kind} id "{id}" is defined {count} times.',
    caseDuplicate: '{kind} id "{id}" differs from "{other}" only in letter case; exported file names would collide.',
    otherPlace: 'Also defined here.',
  },
  docs: {
    finds:
      'Two definitions of one kind with the same id, or with ids that differ only in letter case (`Intro` and `intro`). Each place is ' +
      'reported, and each finding shows the others.',
    why:
      'References resolve to the first definition, so the second is silently ignored by every badge that names the id. Ids also ' +
      'become exported file names and URLs, where ids differing in case collide on case-insensitive file systems.',
    failing: {
      description: 'The same competency id in two files.',
      files: {
        'a.yaml': ['kind: competency', 'id: tls-configure', 'statement: Configures TLS on a web server', ''].join('\n'),
        'b.yaml': ['kind: competency', 'id: TLS-configure', 'statement: Configures TLS 1.3 on nginx', ''].join('\n'),
      },
    },
    passing: {
      description: 'Distinct ids.',
      files: {
        'a.yaml': ['kind: competency', 'id: tls-configure', 'statement: Configures TLS on a web server', ''].join('\n'),
        'b.yaml': ['kind: competency', 'id: tls-configure-nginx', 'statement: Configures TLS 1.3 on nginx', ''].join('\n'),
      },
    },
    notes: 'Ids are unique per kind: a badge and a competency may share an id.',
  },
  check(context) {
    for (const kind of KINDS) {
      const groups = new Map<string, Definition[]>();
      for (const definition of context.model.listOf(kind)) {
        const key = definition.id.toLowerCase();
        const group = groups.get(key);
        if (group === undefined) groups.set(key, [definition]);
        else group.push(definition);
      }

      for (const group of groups.values()) {
        if (group.length < 2) continue;
        for (const definition of group) {
          const others = group.filter((other) => other !== definition);
          const related = others.map((other) => ({ message: `${KIND_LABELS[kind]} "${other.id}" is defined here.`, location: locate(other, 'id') }));
          const exact = others.find((other) => other.id === definition.id);
          const extras = { definitionId: definition.id, related };
          if (exact !== undefined) {
            const count = group.filter((other) => other.id === definition.id).length;
            context.report('duplicate', { kind: KIND_LABELS[kind], id: definition.id, count }, locate(definition, 'id'), extras);
          } else {
            const other = (others[0] as Definition).id;
            context.report('caseDuplicate', { kind: KIND_LABELS[kind], id: definition.id, other }, locate(definition, 'id'), extras);
          }
        }
      }
    }
  },
});
