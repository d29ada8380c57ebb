import { defineRule } from './types.js';
import { SCHEMA_MESSAGES } from './schema-messages.js';

/** Reported by the loader, which validates every definition against its kind's JSON Schema. */
export const schemaRule = defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  description: 'Definitions whose shape or types break the schema of their kind.',
  defaultOptions: {},
  messages: {
    ...SCHEMA_MESSAGES,
    nearMissKind: 'Unknown kind "{value}".{hint}',
    nearMissKey: 'Unknown key "{value}".{hint}',
    notMapping: 'A definition must be a mapping of fields, not {actual}.',
    level: '"{field}" cannot be "{value}": use {allowed}.{hint}',
    date: '"{field}" is not a real date: "{value}".',
  },
  docs: {
    finds:
      'A definition whose shape breaks the schema of its kind: a missing required field, a value of the wrong type, an unknown field ' +
      '(with "did you mean"), an empty text, a level that is neither a Bloom level nor one of `competencyLevels`, a date that does not ' +
      'exist. Also a `kind` or plural key that is a near miss of a badgemap one (`Badge`, `competences`), which would otherwise be ' +
      'skipped as someone else\'s YAML.',
    why:
      'Every other rule and every export relies on the shape. A misspelt field is not an error in YAML, so without this rule ' +
      '`statment:` would silently leave a competency without its statement.',
    failing: {
      description: 'A misspelt field, and a level that is not a number.',
      files: {
        'definitions.yaml': [
          'competencies:',
          '  - id: tls-configure',
          '    statment: Configures TLS on a web server',
          'badges:',
          '  - { id: tls, name: TLS, description: TLS., competencies: [tls-configure], level: two }',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The fields as the schema names them.',
      files: {
        'definitions.yaml': [
          'competencies:',
          '  - id: tls-configure',
          '    statement: Configures TLS on a web server',
          'badges:',
          '  - { id: tls, name: TLS, description: TLS., competencies: [tls-configure], level: 2 }',
          '',
        ].join('\n'),
      },
    },
    notes: 'Fields whose name starts with `x-` are allowed anywhere. `badgemap schema --out DIR` writes the schemas for editors.',
  },
});
