import type { PathSegment } from '../finding.js';
import type { Model } from '../model/model.js';
import { locate, prerequisiteTargets, type Definition, type Kind } from '../model/types.js';
import { SuggestionIndex } from '../util/suggest.js';
import { defineRule } from './types.js';

interface Reference {
  kind: Kind;
  id: string;
  path: PathSegment[];
}

/** Every id a definition refers to, with the kind it must exist in. */
function referencesOf(definition: Definition): Reference[] {
  const to = (kind: Kind, ids: string[], ...path: PathSegment[]): Reference[] =>
    ids.map((id, index) => ({ kind, id, path: [...path, index] }));

  switch (definition.kind) {
    case 'competency':
      return to('competency', definition.distinctFrom, 'distinctFrom');
    case 'badge':
      return [
        ...to('competency', definition.competencies, 'competencies'),
        ...(definition.rubric === undefined ? [] : [{ kind: 'rubric' as const, id: definition.rubric, path: ['rubric'] }]),
        ...prerequisiteTargets(definition).map(({ id, path }) => ({ kind: 'badge' as const, id, path })),
      ];
    case 'rubric':
      return definition.criteria.map((criterion, index) => ({
        kind: 'competency' as const,
        id: criterion.competency,
        path: ['criteria', index, 'competency'],
      }));
    default:
      return to('competency', definition.competencies, 'competencies');
  }
}

export const unknownReferenceRule = defineRule({
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'A competency, rubric or badge id that no definition has.',
  defaultOptions: {},
  messages: {
    unknown: 'No {kind} has id "{id}".{hint}',
  },
  docs: {
    finds:
      'An id that names no definition of the kind it must be: a badge\'s competencies, rubric and prerequisites (inside groups too), ' +
      'a rubric criterion\'s competency, a module\'s competencies, a competency\'s `distinctFrom`. A near miss gets "did you mean".',
    why:
      'A dangling reference is a badge that certifies nothing, or a pathway step that does not exist. It usually comes from a ' +
      'renamed id, and export would publish criteria that point nowhere.',
    failing: {
      description: 'The badge names a competency id with a typo.',
      files: {
        'definitions.yaml': [
          'competencies:',
          '  - { id: tls-configure, statement: Configures TLS on a web server }',
          'badges:',
          '  - { id: tls, name: TLS, description: TLS., competencies: [tls-configur] }',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The reference matches the id.',
      files: {
        'definitions.yaml': [
          'competencies:',
          '  - { id: tls-configure, statement: Configures TLS on a web server }',
          'badges:',
          '  - { id: tls, name: TLS, description: TLS., competencies: [tls-configure] }',
          '',
        ].join('\n'),
      },
    },
  },
  check(context) {
    const suggestions = new SuggestionCache(context.model);
    for (const definition of context.model.all()) {
      for (const reference of referencesOf(definition)) {
        if (context.model.has(reference.kind, reference.id)) continue;
        const data = { kind: reference.kind, id: reference.id, hint: suggestions.hint(reference.kind, reference.id) };
        context.report('unknown', data, locate(definition, ...reference.path), { definitionId: definition.id });
      }
    }
  },
});

/** Suggestions for unknown ids, from one index per kind, each answer computed once. */
class SuggestionCache {
  private readonly indexes = new Map<Kind, SuggestionIndex>();
  private readonly cache = new Map<string, string>();

  constructor(private readonly model: Model) {}

  hint(kind: Kind, id: string): string {
    const key = `${kind}\u0000${id}`;
    let hint = this.cache.get(key);
    if (hint === undefined) {
      let index = this.indexes.get(kind);
      if (index === undefined) {
        index = new SuggestionIndex(this.model.ids(kind));
        this.indexes.set(kind, index);
      }
      hint = index.hint(id);
      this.cache.set(key, hint);
    }
    return hint;
  }
}
