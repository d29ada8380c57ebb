/**
 * The schema files badgemap ships: one per definition kind, one for a whole definitions
 * file in any of its shapes, and one for the config. Each is self-contained, with a stable
 * `$id`, so an editor can use it from a local path without resolving references.
 */
import { RULES } from '../rules/registry.js';
import { buildConfigSchema } from './config.js';
import { badgeSchema, competencySchema, moduleSchema, rubricSchema } from './definitions.js';
import { EXTENSION_FIELDS, SCHEMA_DRAFT, SCHEMA_ID_BASE, type JsonSchema } from './parts.js';

export interface SchemaFile {
  name: string;
  schema: JsonSchema;
}

const KIND_SCHEMAS: Record<string, JsonSchema> = {
  competency: competencySchema,
  badge: badgeSchema,
  rubric: rubricSchema,
  module: moduleSchema,
};

const PLURALS: Record<string, string> = {
  competency: 'competencies',
  badge: 'badges',
  rubric: 'rubrics',
  module: 'modules',
};

export function schemaFiles(): SchemaFile[] {
  const files: SchemaFile[] = [
    withHeader('config.schema.json', 'badgemap configuration', buildConfigSchema(RULES)),
    withHeader('definitions.schema.json', 'badgemap definitions file', definitionsFileSchema()),
  ];
  for (const [kind, schema] of Object.entries(KIND_SCHEMAS)) {
    files.push(withHeader(`${kind}.schema.json`, `badgemap ${kind}`, schema));
  }
  return files;
}

function withHeader(name: string, title: string, schema: JsonSchema): SchemaFile {
  const { $schema: _draft, ...body } = schema;
  return { name, schema: { $schema: SCHEMA_DRAFT, $id: `${SCHEMA_ID_BASE}${name}`, title, ...body } };
}

/** A document with `kind` is validated as that kind; one without, as lists under plural keys. */
function definitionsFileSchema(): JsonSchema {
  const byKind = Object.keys(KIND_SCHEMAS).map((kind) => ({
    if: { required: ['kind'], properties: { kind: { const: kind } } },
    then: { $ref: `#/definitions/${kind}` },
  }));

  const listProperties = Object.fromEntries(
    Object.entries(PLURALS).map(([kind, plural]) => [
      plural,
      { type: 'array', items: { $ref: `#/definitions/${kind}` } },
    ]),
  );

  return {
    description: 'A YAML document holding one definition with a kind, or lists of definitions under plural keys.',
    type: 'object',
    definitions: KIND_SCHEMAS,
    if: { required: ['kind'] },
    then: {
      properties: { kind: { enum: Object.keys(KIND_SCHEMAS) } },
      allOf: byKind,
    },
    else: {
      properties: listProperties,
      patternProperties: EXTENSION_FIELDS,
      additionalProperties: false,
    },
  };
}
